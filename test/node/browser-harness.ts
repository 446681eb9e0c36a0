/**
 * Shared by the page-level browser tests in test/node (CSP, hostile host pages, two copies, leaks,
 * keyboard): a tiny static server over the project folder and a headless Chromium (puppeteer-core,
 * the browser scripts/find-browser.mjs finds). The pages under test load the CDN build, so
 * `node scripts/build-lib.mjs` must have run (`npm test` runs it before `test:node`).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';
import { ROOT } from './helpers.js';

/** The strict policy a cautious municipal site sends. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

export const CDN_FILE = join(ROOT, 'dist', 'cdn', 'plan-compare.js');

/** Fail with a clear message when the CDN build is missing (run `node scripts/build-lib.mjs`). */
export function requireCdnBuild(): void {
  if (!existsSync(CDN_FILE)) throw new Error(`${CDN_FILE} is missing: run \`node scripts/build-lib.mjs\` first (npm test does).`);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  origin: string;
  /** Paths requested so far (without query). */
  requests: string[];
  close(): Promise<void>;
}

/** A generated response (a page variant, a renamed copy of a file). */
export interface Override {
  body: string | Buffer;
  /** Extension for the content type; default: the path's. */
  ext?: string;
}

/**
 * Serve the project folder on 127.0.0.1 (a free port). `headers(pathname)` adds response headers
 * per path (e.g. a Content-Security-Policy for one page); `override(url)` answers a request with
 * generated content instead of a file. Query strings are ignored for the file lookup, so
 * `plan-compare.js?copy=2` is the same file as a second module instance.
 */
export async function serveProject(
  headers: (pathname: string) => Record<string, string> = () => ({}),
  override: (url: URL) => Override | undefined = () => undefined,
): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    requests.push(pathname);
    const generated = override(url);
    if (generated) {
      const type = TYPES[generated.ext ?? extname(pathname)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers(pathname) }).end(generated.body);
      return;
    }
    const file = normalize(join(ROOT, pathname));
    if (!file.startsWith(ROOT + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers(pathname) });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface FoundBrowser {
  executablePath: string;
  env: NodeJS.ProcessEnv;
  source: string;
}

/** Headless Chromium with the project's flags (plus `extraArgs`). */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const finder = (await import('../../scripts/find-browser.mjs' as string)) as { findBrowser(): Promise<FoundBrowser>; CHROME_ARGS: string[] };
  const found = await finder.findBrowser();
  return puppeteer.launch({
    executablePath: found.executablePath,
    env: found.env as Record<string, string>,
    headless: true,
    args: [...finder.CHROME_ARGS, ...extraArgs],
  });
}

/**
 * A new page. Functions handed to `page.evaluate` are serialised from this test's compiled code, in
 * which tsx (esbuild keepNames) wraps named inner functions in `__name(fn, "name")`; the page gets a
 * no-op `__name` so that such functions run there too.
 */
export async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  return page;
}

/**
 * Error events that are known and harmless: @lit-labs/virtualizer (the initiative list above 200
 * rows) sets its own size from inside its ResizeObserver callback, so Chromium reports this on
 * window at widths ≥ 768 px (lit/lit uni-virtualizer issue 112). Counted and printed, not failed on.
 */
export const BENIGN_ERRORS = [/^ResizeObserver loop completed with undelivered notifications\.$/];
export const isBenign = (message: string): boolean => BENIGN_ERRORS.some((re) => re.test(message));

/** Page errors and console messages of one page, collected from the start. */
export interface PageLog {
  errors: string[];
  warnings: string[];
  consoleErrors: string[];
}

export function collectLog(page: Page): PageLog {
  const log: PageLog = { errors: [], warnings: [], consoleErrors: [] };
  page.on('pageerror', (e) => log.errors.push(e instanceof Error ? e.message : String(e)));
  page.on('console', (m) => {
    if (m.type() === 'warn') log.warnings.push(m.text());
    if (m.type() === 'error') log.consoleErrors.push(m.text());
  });
  return log;
}

/** Wait until the comparison on the page shows its sections (the seed data has loaded). */
export async function waitForComparison(page: Page, selector = 'plan-comparison', timeout = 20000): Promise<void> {
  await page.waitForFunction(
    (sel: string) => {
      const el = document.querySelector(sel);
      const root = el?.shadowRoot;
      if (!root?.querySelector('section[data-section="matrix"]')) return false;
      // Every child element has rendered its ready state (no loading placeholder left).
      return [...root.querySelectorAll('section[data-section] > *')].every((child) => {
        const r = (child as Element).shadowRoot;
        return child.tagName === 'H2' || (r !== null && r.childElementCount > 0 && !r.querySelector('[data-state="loading"]'));
      });
    },
    { timeout, polling: 100 },
    selector,
  );
}

/** A project file as text. */
export const projectText = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
