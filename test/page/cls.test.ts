// No layout jump: the example municipal page (examples/index.html, the embed snippet) measured for
// cumulative layout shift in Chromium with classic scrollbars — the kind that take room, as on Windows
// and Linux desktops, so that the scrollbar appearing mid-load would shift the page sideways — at a
// desktop and a phone width, under the strict CSP. A control page that pushes its footer down after
// load proves the instrument sees a shift.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { layoutShift } from '../../scripts/page-harness.mjs';
import {
  STRICT_CSP,
  collectLog,
  launchBrowser,
  newPage,
  requireCdnBuild,
  serveProject,
  sleep,
  waitForComparison,
  type StaticServer,
} from './harness.js';

const CONTROL_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>control</title>
<script src="/control-grow.js" defer></script></head>
<body><h1>Control</h1><p>Text above.</p><div id="slot"></div><footer><p>Footer text that is in view.</p></footer></body></html>`;
// After the first paint, a block appears above the footer (as an element that reserves no room would).
const CONTROL_JS = `requestAnimationFrame(() => setTimeout(() => {
  const d = document.createElement('div'); d.textContent = 'late content'; d.className = 'late';
  document.getElementById('slot').append(d);
}, 200));`;
const CONTROL_CSS = '.late { height: 400px; } footer { height: 300px; background: #eee; }';

let server: StaticServer;
let browser: Browser;
before(async () => {
  requireCdnBuild();
  server = await serveProject(
    (path): Record<string, string> => (path.endsWith('.html') ? { 'content-security-policy': STRICT_CSP } : {}),
    (url) => {
      if (url.pathname === '/control.html')
        return { body: CONTROL_HTML.replace('</head>', '<link rel="stylesheet" href="/control.css"></head>') };
      if (url.pathname === '/control-grow.js') return { body: CONTROL_JS };
      if (url.pathname === '/control.css') return { body: CONTROL_CSS };
      return undefined;
    },
  );
  browser = await launchBrowser([], { classicScrollbars: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`examples/index.html at ${width}×${height} with classic scrollbars: CLS < 0.1`, async (t) => {
    const page = await newPage(browser);
    const log = collectLog(page);
    await page.setViewport({ width, height });
    await page.goto(`${server.origin}/examples/index.html`, { waitUntil: 'load' });
    await waitForComparison(page, 'plan-comparison', 45000);
    await sleep(1500);
    const scrollbar = await page.evaluate(() => window.innerWidth - document.documentElement.clientWidth);
    const { cls, shifts } = await layoutShift(page);
    t.diagnostic(`CLS ${cls.toFixed(4)} (${shifts.length} shifts), scrollbar ${scrollbar} px`);
    for (const s of shifts) t.diagnostic(`  at ${s.at} ms: ${s.value.toFixed(4)} ${JSON.stringify(s.sources)}`);
    assert.ok(scrollbar > 0, 'the page shows a classic scrollbar (the condition under test)');
    assert.ok(cls < 0.1, `CLS ${cls.toFixed(3)} must stay under 0.1`);
    assert.deepEqual(log.problems, []);
    await page.close();
  });
}

test('control: a page whose footer is pushed down after its first paint scores a shift', async (t) => {
  const page = await newPage(browser);
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`${server.origin}/control.html`, { waitUntil: 'load' });
  await page.waitForSelector('.late');
  await sleep(500);
  const { cls } = await layoutShift(page);
  t.diagnostic(`control CLS ${cls.toFixed(4)}`);
  assert.ok(cls >= 0.1, `the instrument sees the footer move (CLS ${cls})`);
  await page.close();
});
