// Shared by bench/run.mjs and bench/profile.mjs: build the bench pages, serve them, drive Chromium.
import { build } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, serveFiles, watchPage } from '../scripts/page-harness.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));
const pagesDir = join(root, 'bench/pages');

/** Vite production build of bench/pages/*.html into `outDir` (minified unless told otherwise). Fails when Lit's development build got in. */
export async function buildPages(outDir, { minify = true } = {}) {
  const input = Object.fromEntries(
    readdirSync(pagesDir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f.slice(0, -5), join(pagesDir, f)]),
  );
  await build({
    configFile: false,
    root: pagesDir,
    base: './',
    mode: 'production',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify,
      sourcemap: !minify,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
      rollupOptions: { input },
    },
  });
  assertProductionLit(outDir);
}

/** Lit's development build logs "Lit is in dev mode"; the production build does not contain that text. */
export function assertProductionLit(outDir) {
  const assets = join(outDir, 'assets');
  const dev = readdirSync(assets).filter(
    (f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes('Lit is in dev mode'),
  );
  if (dev.length) throw new Error(`Lit development build in the bench pages: ${dev.join(', ')}`);
}

/** A static file server for `dir` on 127.0.0.1 (a free port), as every page harness serves (scripts/page-harness.mjs). */
export async function serve(dir) {
  const server = await serveFiles(dir);
  return { base: server.origin, close: () => server.close() };
}

export async function launch() {
  const { browser, source, version } = await launchBrowser({
    extraArgs: ['--enable-precise-memory-info'],
    protocolTimeout: 900_000,
  });
  return { browser, source, version };
}

/**
 * A fresh page (new tab) on `<name>.html<query>`, loaded, with `window.bench` ready. `check()` throws on
 * anything that breaks a page (uncaught errors, console errors, a missing resource of the page — not the
 * browser's own favicon request) or a Lit dev-mode warning.
 */
export async function openPage(browser, base, name, query = '') {
  const page = await browser.newPage();
  const log = watchPage(page);
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  await page.goto(`${base}/${name}.html${query}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench?.ready === true, { timeout: 120_000 });
  const cdp = await page.createCDPSession();
  const check = () => {
    const problems = [...log.problems, ...log.warnings.filter((m) => m.includes('dev mode'))];
    if (problems.length) throw new Error(`${name}.html${query}: ${problems.join('\n')}`);
  };
  return { page, cdp, check };
}

/** Used JS heap of the page after two forced garbage collections (bytes). */
export async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}
