// The DKFDS theme on a page (examples/dkfds.html) under the strict CSP a municipal site sends: the
// theme's style sheet is a file, so the policy lets it in; its --plan-* values reach inside every shadow
// root (text, accent, borders, corners, the focus outline), and nothing is blocked or broken.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import { DKFDS_THEME } from '../../src/themes/dkfds.js';
import {
  STRICT_CSP,
  collectLog,
  launchBrowser,
  newPage,
  requireCdnBuild,
  serveProject,
  waitForComparison,
  type StaticServer,
} from './harness.js';

let server: StaticServer;
let browser: Browser;
before(async () => {
  requireCdnBuild();
  server = await serveProject((path): Record<string, string> =>
    path.endsWith('.html') ? { 'content-security-policy': STRICT_CSP } : {},
  );
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** rgb() of a hex colour, as getComputedStyle gives it. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** Computed styles of the first element matching `selector` inside the matrix's shadow root. */
const inMatrix = (page: Page, selector: string, props: string[]) =>
  page.evaluate(
    (sel: string, names: string[]) => {
      const matrix = document.querySelector('plan-comparison')!.shadowRoot!.querySelector('plan-track-matrix')!;
      const el = matrix.shadowRoot!.querySelector(sel)!;
      const cs = getComputedStyle(el);
      return Object.fromEntries(names.map((n) => [n, cs.getPropertyValue(n)]));
    },
    selector,
    props,
  );

test('theme="dkfds" with the theme’s style sheet: DKFDS colours, corners and focus inside the shadow roots, no CSP violation', async () => {
  const page = await newPage(browser);
  const log = collectLog(page);
  const blocked: string[] = [];
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && blocked.push(m.text()));
  await page.goto(`${server.origin}/examples/dkfds.html`, { waitUntil: 'load' });
  await waitForComparison(page);

  const host = await inMatrix(page, 'table', ['color', 'font-family']);
  assert.equal(host['color'], rgb(DKFDS_THEME['--plan-color-text']), 'DKFDS text colour in the matrix');
  assert.match(host['font-family']!, /^"?IBM Plex Sans"?/, 'IBM Plex Sans first');

  // The element's own tokens (set on :host from --plan-*) take the theme's values.
  const tokens = await page.evaluate(() => {
    const matrix = document.querySelector('plan-comparison')!.shadowRoot!.querySelector('plan-track-matrix')!;
    const cs = getComputedStyle(matrix);
    return { radius: cs.getPropertyValue('--_radius').trim(), accent: cs.getPropertyValue('--_accent').trim() };
  });
  assert.equal(tokens.radius, DKFDS_THEME['--plan-radius']);
  assert.equal(tokens.accent, DKFDS_THEME['--plan-color-accent']);

  // The first tab stop of the page is the comparison's first control: DKFDS's outline, no ring around it.
  await page.keyboard.press('Tab');
  const focus = await page.evaluate(() => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    const cs = getComputedStyle(a!);
    return {
      host: document.activeElement?.tagName,
      color: cs.outlineColor,
      offset: cs.outlineOffset,
      shadow: cs.boxShadow,
      width: cs.outlineWidth,
    };
  });
  assert.equal(focus.host, 'PLAN-COMPARISON', 'focus is inside the comparison');
  assert.equal(focus.color, rgb(DKFDS_THEME['--plan-color-focus']));
  assert.equal(focus.offset, DKFDS_THEME['--plan-focus-offset']);
  assert.equal(focus.width, '3px');
  assert.equal(focus.shadow, 'none');

  assert.deepEqual(blocked, [], 'no CSP violation');
  assert.deepEqual(log.problems, []);
  await page.close();
});

test('without theme="dkfds" the same page keeps the default look (the theme does not leak)', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.origin}/examples/dkfds.html`, { waitUntil: 'load' });
  await page.evaluate(() => document.querySelector('plan-comparison')!.removeAttribute('theme'));
  await waitForComparison(page);
  const host = await inMatrix(page, 'table', ['color']);
  assert.notEqual(host['color'], rgb(DKFDS_THEME['--plan-color-text']));
  await page.close();
});
