// Shared by bench/run.mjs and bench/profile.mjs: build the bench pages, serve them, drive Chromium.
import { build } from 'vite';
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findBrowser, CHROME_ARGS } from '../scripts/find-browser.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));
const pagesDir = join(root, 'bench/pages');

/** Vite production build of bench/pages/*.html into `outDir` (minified unless told otherwise). Fails when Lit's development build got in. */
export async function buildPages(outDir, { minify = true } = {}) {
  const input = Object.fromEntries(readdirSync(pagesDir).filter((f) => f.endsWith('.html')).map((f) => [f.slice(0, -5), join(pagesDir, f)]));
  await build({
    configFile: false,
    root: pagesDir,
    base: './',
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', minify, sourcemap: !minify, reportCompressedSize: false, chunkSizeWarningLimit: 4096, rollupOptions: { input } },
  });
  assertProductionLit(outDir);
}

/** Lit's development build logs "Lit is in dev mode"; the production build does not contain that text. */
export function assertProductionLit(outDir) {
  const assets = join(outDir, 'assets');
  const dev = readdirSync(assets).filter((f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes('Lit is in dev mode'));
  if (dev.length) throw new Error(`Lit development build in the bench pages: ${dev.join(', ')}`);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.map': 'application/json' };

/** A static file server for `dir` on 127.0.0.1 (a free port). */
export async function serve(dir) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

export async function launch() {
  const chrome = await findBrowser();
  const browser = await puppeteer.launch({
    executablePath: chrome.executablePath,
    env: chrome.env,
    headless: true,
    args: [...CHROME_ARGS, '--enable-precise-memory-info'],
    protocolTimeout: 900_000,
  });
  return { browser, source: chrome.source, version: await browser.version() };
}

/** A fresh page (new tab) on `<name>.html<query>`, loaded, with `window.bench` ready. `check()` throws on console errors or a Lit dev-mode warning. */
export async function openPage(browser, base, name, query = '') {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.text().includes('dev mode')) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  await page.goto(`${base}/${name}.html${query}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench?.ready === true, { timeout: 120_000 });
  const cdp = await page.createCDPSession();
  const check = () => {
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
