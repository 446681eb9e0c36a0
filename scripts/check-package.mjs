#!/usr/bin/env node
// Packs the package as npm would publish it and lints the tarball: publint (--strict: warnings
// fail) and @arethetypeswrong/cli (ESM-only profile: every entry resolves to types and code).
// Stylesheet exports (./themes/*.css) have no types by nature: they are left out of the types
// check and instead must be files in the tarball.
// Needs `npm run build:lib` first. Exit code non-zero on any problem.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(root, 'dist/lib/index.js')) || !existsSync(join(root, 'custom-elements.json'))) {
  console.error('check-package: no build found — run `npm run build:lib` first.');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'plan-compare-pack-'));
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
try {
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [info] = JSON.parse(out);
  const tarball = join(dir, info.filename);
  console.log(
    `packed ${info.filename}: ${info.entryCount} files, ${(info.size / 1024).toFixed(1)} KB packed, ${(info.unpackedSize / 1024).toFixed(1)} KB unpacked`,
  );
  execFileSync(process.execPath, [bin('publint', 'src/cli.js'), 'run', tarball, '--strict'], { stdio: 'inherit' });
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const styleEntries = Object.entries(exports).filter(([name]) => name.endsWith('.css'));
  const packed = new Set(info.files.map((f) => f.path));
  for (const [name, target] of styleEntries) {
    const file = String(target).replace(/^\.\//, '');
    if (!packed.has(file)) throw new Error(`stylesheet export ${name} → ${file} is not in the tarball`);
    console.log(`stylesheet export ${name} → ${file}: packed`);
  }
  const exclude = styleEntries.length ? ['--exclude-entrypoints', ...styleEntries.map(([name]) => name)] : [];
  execFileSync(
    process.execPath,
    [bin('@arethetypeswrong/cli', 'dist/index.js'), tarball, '--profile', 'esm-only', ...exclude],
    { stdio: 'inherit' },
  );
} catch (err) {
  console.error(`check-package: failed (${err instanceof Error ? err.message.split('\n')[0] : err})`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
