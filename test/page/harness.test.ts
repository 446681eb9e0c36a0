// The page harness itself (scripts/page-harness.mjs): a page's own missing resource is a problem, the
// browser's own favicon request is not — with whichever Chromium runs (Debian's asks every page for
// /favicon.ico, the @sparticuz headless shell never does).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { launchBrowser, serveFiles, watchPage, type StaticServer } from '../../scripts/page-harness.mjs';
import { ROOT } from '../node/helpers.js';

const PAGES: Record<string, string> = {
  '/ok.html': '<!doctype html><html lang="en"><title>ok</title><p>fine</p></html>',
  '/missing-script.html':
    '<!doctype html><html lang="en"><title>missing</title><script src="/no-such-file.js"></script></html>',
  '/missing-icon.html':
    '<!doctype html><html lang="en"><title>icon</title><link rel="icon" href="/no-such-icon.png"></html>',
  '/throws.html': '<!doctype html><html lang="en"><title>throws</title><script src="/throws.js"></script></html>',
  '/throws.js': 'throw new Error("boom from the page");',
};

let server: StaticServer;
let browser: Browser;
before(async () => {
  server = await serveFiles(ROOT, {
    override: (url) => (url.pathname in PAGES ? { body: PAGES[url.pathname]! } : undefined),
  });
  ({ browser } = await launchBrowser());
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function problemsOf(path: string): Promise<string[]> {
  const page = await browser.newPage();
  const log = watchPage(page);
  await page.goto(server.origin + path, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 200));
  await page.close();
  return log.problems;
}

test('a page with all its resources: no problem, whether or not the browser asks for /favicon.ico', async () => {
  assert.deepEqual(await problemsOf('/ok.html'), []);
});

test('the server answers the browser’s favicon request without an error', async () => {
  const res = await fetch(`${server.origin}/favicon.ico`);
  assert.ok(res.status < 400, `status ${res.status}`);
});

test('a missing script of the page is a problem', async () => {
  const problems = await problemsOf('/missing-script.html');
  assert.ok(
    problems.some((p) => p.includes('404') && p.includes('/no-such-file.js')),
    problems.join('\n'),
  );
});

test('a missing icon the page declares is a problem (only the browser’s own request is left out)', async (t) => {
  const problems = await problemsOf('/missing-icon.html');
  if (!server.requests.includes('/no-such-icon.png')) {
    // The @sparticuz headless shell loads no icons at all; Debian's Chromium does.
    t.skip('this Chromium does not load page icons');
    return;
  }
  assert.ok(
    problems.some((p) => p.includes('/no-such-icon.png')),
    problems.join('\n'),
  );
});

test('an uncaught error in the page is a problem', async () => {
  const problems = await problemsOf('/throws.html');
  assert.ok(
    problems.some((p) => p.startsWith('pageerror') && p.includes('boom from the page')),
    problems.join('\n'),
  );
});
