// Finds a Chromium for the browser tests, screenshots and benchmarks.
// Order: $CHROME_PATH → a Chrome/Chromium already installed → the Chromium shipped inside the
// @sparticuz/chromium npm package (unpacked to the temp folder; on a machine without libnss3 and
// friends, the libraries it ships are unpacked too and put on LD_LIBRARY_PATH for the browser only).
// PLAN_BROWSER=bundled skips the first two (CI runs the browser tests with both);
// PLAN_BROWSER=system requires an installed one.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for a headless Chromium on a closed network. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--font-render-hinting=none',
];

function missingLibraries(executable) {
  try {
    const out = execFileSync('ldd', [executable], { encoding: 'utf8' });
    return out
      .split('\n')
      .filter((l) => l.includes('not found'))
      .map((l) => l.trim().split(' ')[0]);
  } catch {
    return [];
  }
}

async function bundledChromium() {
  const require = createRequire(import.meta.url);
  // The package's exports map hides package.json; its CommonJS entry is at build/cjs/index.cjs.
  const pkgDir = join(dirname(require.resolve('@sparticuz/chromium')), '..', '..');
  const { default: Chromium } = await import(pathToFileURL(join(pkgDir, 'build/esm/index.js')).href);
  const executablePath = await Chromium.executablePath(join(pkgDir, 'bin'));
  const env = { ...process.env };
  const missing = missingLibraries(executablePath);
  if (missing.length) {
    const { inflate } = await import(pathToFileURL(join(pkgDir, 'build/esm/lambdafs.js')).href);
    await inflate(join(pkgDir, 'bin', 'al2023.tar.br'));
    const libDir = join(tmpdir(), 'al2023', 'lib');
    env.LD_LIBRARY_PATH = [env.LD_LIBRARY_PATH, libDir].filter(Boolean).join(':');
  }
  return { executablePath, env, source: '@sparticuz/chromium' + (missing.length ? ' (+ shipped libraries)' : '') };
}

/** @returns {Promise<{executablePath: string, env: NodeJS.ProcessEnv, source: string}>} */
export async function findBrowser() {
  const want = process.env.PLAN_BROWSER ?? '';
  if (want && want !== 'bundled' && want !== 'system')
    throw new Error(`PLAN_BROWSER=${want}: use "bundled" (the @sparticuz/chromium package) or "system"`);
  if (want === 'bundled') return bundledChromium();
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
    return { executablePath: fromEnv, env: process.env, source: 'CHROME_PATH' };
  }
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return { executablePath: system, env: process.env, source: 'system' };
  if (want === 'system')
    throw new Error(`PLAN_BROWSER=system: no Chrome/Chromium found (looked in ${SYSTEM_PATHS.join(', ')})`);
  return bundledChromium();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const b = await findBrowser();
  console.log(`${b.executablePath} (${b.source})`);
}
