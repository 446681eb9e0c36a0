/**
 * Shared by the page tests in test/page (CSP, hostile host pages, two copies, leaks, keyboard, the
 * prerendered page): the project folder served on 127.0.0.1 and a headless Chromium, both from
 * scripts/page-harness.mjs (which the benchmark and the screenshot script use too). The pages under
 * test load the CDN build, so `node scripts/build-lib.mjs` must have run (`npm test` runs it first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import {
  launchBrowser as launch,
  serveFiles,
  watchPage,
  type Override,
  type PageLog,
  type StaticServer,
} from '../../scripts/page-harness.mjs';
import { ROOT } from '../node/helpers.js';

export {
  isBenign,
  BENIGN_ERRORS,
  type Override,
  type PageLog,
  type StaticServer,
} from '../../scripts/page-harness.mjs';

/** The strict policy a cautious municipal site sends. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

export const CDN_FILE = join(ROOT, 'dist', 'cdn', 'plan-compare.js');

/** Fail with a clear message when the CDN build is missing (run `node scripts/build-lib.mjs`). */
export function requireCdnBuild(): void {
  if (!existsSync(CDN_FILE))
    throw new Error(`${CDN_FILE} is missing: run \`node scripts/build-lib.mjs\` first (npm test does).`);
}

/**
 * Serve the project folder on 127.0.0.1 (a free port): `headers(pathname)` adds response headers per
 * path (e.g. a Content-Security-Policy for one page); `override(url)` answers a request with generated
 * content instead of a file (see scripts/page-harness.mjs).
 */
export function serveProject(
  headers: (pathname: string) => Record<string, string> = () => ({}),
  override: (url: URL) => Override | undefined = () => undefined,
): Promise<StaticServer> {
  return serveFiles(ROOT, { headers, override });
}

/** Headless Chromium with the project's flags (plus `extraArgs`); `classicScrollbars` keeps scrollbars that take room. */
export async function launchBrowser(
  extraArgs: string[] = [],
  { classicScrollbars = false }: { classicScrollbars?: boolean } = {},
): Promise<Browser> {
  return (await launch({ extraArgs, classicScrollbars })).browser;
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

/** Page errors, console messages and failed requests of one page, collected from the start (the browser's own favicon request left out). */
export function collectLog(page: Page): PageLog {
  return watchPage(page);
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
        return (
          /^H[1-6]$/.test(child.tagName) ||
          (r !== null && r.childElementCount > 0 && !r.querySelector('[data-state="loading"]'))
        );
      });
    },
    { timeout, polling: 100 },
    selector,
  );
}

/** A project file as text. */
export const projectText = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
