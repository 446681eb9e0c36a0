// One harness for every page driven in headless Chromium: the page tests (test/page), the benchmark
// (bench/) and scripts/screenshot.mjs. It judges a page as a visitor's browser would:
//
// - the static servers answer `/favicon.ico` (204, or the file when there is one), because some Chromium
//   builds (Debian's) ask every page for it and others (the @sparticuz headless shell) never do;
// - `watchPage` records what goes wrong in a page — uncaught errors, console errors and warnings, HTTP
//   errors and failed requests of the page's own resources — and leaves out the requests the page itself
//   never made (the browser's automatic favicon request), so a missing script, style sheet or data file
//   still fails, whichever Chromium runs.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findBrowser } from './find-browser.mjs';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Serve the files below `dir` on 127.0.0.1 (a free port).
 * - `headers(pathname)`: extra response headers per path (e.g. a Content-Security-Policy);
 * - `override(url)`: answer a request with generated content `{ body, ext? }` instead of a file;
 * - `index`: the file for a path that ends in `/` (default `index.html`).
 * Query strings are ignored for the file lookup. `/favicon.ico` without a file answers 204 (no content).
 */
export async function serveFiles(dir, { headers = () => ({}), override = () => undefined, index = 'index.html' } = {}) {
  const root = normalize(dir).replace(/[/\\]$/, '');
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad path');
      return;
    }
    requests.push(pathname);
    const generated = override(url);
    if (generated) {
      const type = CONTENT_TYPES[generated.ext ?? extname(pathname)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers(pathname) });
      res.end(generated.body);
      return;
    }
    const file = normalize(join(root, pathname.endsWith('/') ? pathname + index : pathname));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      if (pathname === '/favicon.ico') res.writeHead(204, { 'cache-control': 'no-store' }).end();
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers(pathname),
    });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Headless Chromium (the one scripts/find-browser.mjs finds) with the project's flags plus `extraArgs`.
 * `classicScrollbars`: keep the scrollbars that take up room, as on Windows and Linux desktops (headless
 * Chromium hides them by default, which hides the layout shift a page makes when its scrollbar appears).
 */
export async function launchBrowser({ extraArgs = [], protocolTimeout, classicScrollbars = false } = {}) {
  const found = await findBrowser();
  const browser = await puppeteer.launch({
    executablePath: found.executablePath,
    env: found.env,
    headless: true,
    args: [...CHROME_ARGS, ...extraArgs],
    ...(classicScrollbars ? { ignoreDefaultArgs: ['--hide-scrollbars'] } : {}),
    ...(protocolTimeout ? { protocolTimeout } : {}),
  });
  return { browser, source: found.source, executablePath: found.executablePath, version: await browser.version() };
}

/**
 * A request the page never made: the browser's own favicon request (Chromium builds differ in whether
 * they make it). A favicon the page declares with `<link rel="icon">` is the page's own (its initiator
 * is the parser), so a missing one still counts.
 */
export function isBrowserOwnRequest(request) {
  if (request.isNavigationRequest()) return false;
  const url = new URL(request.url());
  return url.pathname === '/favicon.ico' && request.initiator()?.type === 'other';
}

/**
 * Error events that are known and harmless: @lit-labs/virtualizer (the initiative list above 200
 * rows) sets its own size from inside its ResizeObserver callback, so Chromium reports this on
 * window at widths ≥ 768 px (lit/lit uni-virtualizer issue 112). Counted and printed, not failed on.
 */
export const BENIGN_ERRORS = [/^ResizeObserver loop completed with undelivered notifications\.$/];
export const isBenign = (message) => BENIGN_ERRORS.some((re) => re.test(message));

/**
 * Watch one page from now on. Returns the log it fills: `errors` (uncaught exceptions), `warnings` and
 * `consoleErrors` (console messages), `failedRequests` (`HTTP 404 <url>`, `failed net::… <url>`) — each
 * without the browser's own requests — and `problems`, everything that makes the page broken, in the
 * order it happened (benign errors left out; console warnings too with `warningsAreProblems`).
 */
export function watchPage(page, { warningsAreProblems = false } = {}) {
  const ownUrls = new Set();
  const log = { errors: [], warnings: [], consoleErrors: [], failedRequests: [], problems: [] };
  const problem = (kind, message) => {
    if (!isBenign(message)) log.problems.push(`${kind}: ${message}`);
  };
  page.on('request', (r) => {
    if (isBrowserOwnRequest(r)) ownUrls.add(r.url());
  });
  page.on('pageerror', (e) => {
    const message = e instanceof Error ? e.message : String(e);
    log.errors.push(message);
    problem('pageerror', message);
  });
  page.on('console', (m) => {
    const at = m.location()?.url;
    if (at && ownUrls.has(at)) return;
    if (m.type() === 'warn' || m.type() === 'warning') {
      log.warnings.push(m.text());
      if (warningsAreProblems) problem('warning', m.text());
    }
    if (m.type() === 'error') {
      log.consoleErrors.push(m.text());
      problem('console error', m.text());
    }
  });
  page.on('response', (r) => {
    if (r.status() < 400 || isBrowserOwnRequest(r.request())) return;
    const message = `${r.status()} ${r.url()}`;
    log.failedRequests.push(message);
    problem('HTTP', message);
  });
  page.on('requestfailed', (r) => {
    const reason = r.failure()?.errorText ?? 'failed';
    // A request cancelled on purpose (navigation, a download the page starts) is not a fault.
    if (isBrowserOwnRequest(r) || reason === 'net::ERR_ABORTED') return;
    const message = `${reason} ${r.url()}`;
    log.failedRequests.push(message);
    problem('request failed', message);
  });
  return log;
}

/**
 * Cumulative layout shift as Chromium reports it (PerformanceObserver 'layout-shift', buffered), grouped
 * into session windows as the metric defines (gaps under 1 s, windows at most 5 s; the largest window is
 * the score; shifts right after input do not count). Call after the page has settled. `shifts` lists each
 * shift with the nodes that moved, for finding the cause.
 */
export async function layoutShift(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const entries = [];
        const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
        observer.observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => {
          observer.disconnect();
          const counted = entries.filter((e) => !e.hadRecentInput);
          let best = 0;
          let current = 0;
          let start = 0;
          let last = -Infinity;
          for (const e of counted) {
            if (e.startTime - last > 1000 || e.startTime - start > 5000) {
              current = 0;
              start = e.startTime;
            }
            current += e.value;
            last = e.startTime;
            best = Math.max(best, current);
          }
          const describe = (node) =>
            !node
              ? '?'
              : node.nodeType === 1
                ? `${node.localName}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.split(' ')[0]}` : ''}`
                : `#${node.nodeName}`;
          resolve({
            cls: best,
            shifts: counted.map((e) => ({
              at: Math.round(e.startTime),
              value: e.value,
              sources: (e.sources ?? []).map((src) => ({
                node: describe(src.node),
                from: [src.previousRect.y, src.previousRect.height].map(Math.round),
                to: [src.currentRect.y, src.currentRect.height].map(Math.round),
              })),
            })),
          });
        }, 50);
      }),
  );
}
