// The example page with hostile host CSS (examples/hostile/*.css added after the site's stylesheet,
// or dir="rtl" on <html>), at 375 and 1280 px: the comparison stays visible and usable.
// Checked per variant and width: the element has a box; every section heading and the matrix table
// are displayed (a host rule like `table { display: none }` must not reach into the shadow roots);
// the smallest visible text is at least 12 px; a picker checkbox still toggles a plan with a real
// click; the text runs left to right (the interface languages do) even on a dir="rtl" page; the
// element's own typography survives a reset of its host; the element does not make the page scroll
// sideways (beyond what the host page does alone). Screenshots go to screenshots/hostile-*.png.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { ROOT } from '../node/helpers.js';
import {
  collectLog,
  launchBrowser,
  newPage,
  projectText,
  requireCdnBuild,
  serveProject,
  sleep,
  waitForComparison,
  type StaticServer,
} from './harness.js';

const VARIANTS = ['none', 'all-unset', 'no-tables', 'small-root', 'rtl', 'zoom'] as const;
type Variant = (typeof VARIANTS)[number];
const WIDTHS = [375, 1280];
const MIN_TEXT_PX = 12;
const SHOTS = join(ROOT, 'screenshots');

/** index.html with the variant's stylesheet after site.css (or dir="rtl"). */
function variantPage(variant: Variant): string {
  let html = projectText('examples/index.html');
  const site = '<link rel="stylesheet" href="site.css" />';
  assert.ok(html.includes(site));
  if (variant === 'rtl') html = html.replace('<html lang="da">', '<html lang="da" dir="rtl">');
  else if (variant !== 'none')
    html = html.replace(site, `${site}\n    <link rel="stylesheet" href="hostile/${variant}.css" />`);
  return html;
}

interface Measure {
  box: { width: number; height: number; left: number; right: number };
  headings: { text: string; width: number; height: number; display: string }[];
  table: { display: string; width: number; height: number };
  minText: { px: number; where: string };
  textSizes: number;
  overflow: { scrollWidth: number; clientWidth: number };
  hostDisplay: string;
  /** Font family of the comparison's own picker and of a nested element. */
  fonts: { own: string; nested: string };
  /** Writing direction of the comparison and of the chart inside it. */
  directions: string[];
  /** Elements inside the comparison that stick out of its box sideways (not inside a scroll container). */
  escapes: string[];
}

/** Runs in the page. */
function measure(): Measure {
  const el = document.querySelector('plan-comparison')!;
  const root = el.shadowRoot!;
  const rects = [...el.getClientRects()];
  const union = rects.reduce(
    (u, r) => ({
      left: Math.min(u.left, r.left),
      right: Math.max(u.right, r.right),
      top: Math.min(u.top, r.top),
      bottom: Math.max(u.bottom, r.bottom),
    }),
    { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity },
  );
  const zoom = (e: Element) => {
    // getComputedStyle gives unzoomed lengths; the effective size on screen includes CSS zoom.
    let z = 1;
    for (let n: Element | null = e; n; n = n.parentElement ?? (n.getRootNode() as ShadowRoot).host ?? null)
      z *= Number(getComputedStyle(n).zoom) || 1;
    return z;
  };
  // Each section's heading: the comparison's own, or the title of the element that heads its section itself.
  const sectionHeadings = [...root.querySelectorAll('section[data-section]')].map(
    (s) =>
      s.querySelector(':scope > .section-heading') ??
      s
        .querySelector(':scope > :is(plan-differences, plan-evolution, plan-figures, plan-theme-compare)')!
        .shadowRoot!.querySelector('.title')!,
  );
  const headings = [root.querySelector('header .title')!, ...sectionHeadings].map((h) => {
    const r = h.getBoundingClientRect();
    return {
      text: h.textContent!.trim(),
      width: Math.round(r.width),
      height: Math.round(r.height),
      display: getComputedStyle(h).display,
    };
  });
  const matrixTable = root.querySelector('plan-track-matrix')!.shadowRoot!.querySelector('table')!;
  const tr = matrixTable.getBoundingClientRect();
  // Smallest visible text: every element with its own text, in every shadow root of the comparison.
  let min = { px: Infinity, where: '' };
  let count = 0;
  const walk = (r: ShadowRoot | Element) => {
    for (const e of r.querySelectorAll('*')) {
      if (e.shadowRoot) walk(e.shadowRoot);
      const own = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim().length > 0);
      if (!own || e.closest('.visually-hidden, style, script')) continue;
      const b = e.getBoundingClientRect();
      if (b.width < 2 || b.height < 2) continue;
      const cs = getComputedStyle(e);
      if (cs.visibility !== 'visible' || Number(cs.opacity) === 0) continue;
      count++;
      const px = parseFloat(cs.fontSize) * zoom(e);
      if (px < min.px)
        min = {
          px,
          where: `${(e.getRootNode() as ShadowRoot).host?.tagName.toLowerCase() ?? ''} ${e.tagName.toLowerCase()}.${[...e.classList].join('.')} “${e.textContent!.trim().slice(0, 30)}”`,
        };
    }
  };
  walk(root);
  const escapes: string[] = [];
  const parentOf = (n: Element): Element | null => n.parentElement ?? (n.parentNode as ShadowRoot | null)?.host ?? null;
  const clipped = (n: Element) => {
    for (let x = parentOf(n); x && x !== el; x = parentOf(x))
      if (getComputedStyle(x).overflowX !== 'visible') return true;
    return false;
  };
  const scan = (r: ShadowRoot) => {
    for (const e of r.querySelectorAll('*')) {
      if (e.shadowRoot) scan(e.shadowRoot);
      const b = e.getBoundingClientRect();
      if (b.width === 0 || (b.right <= union.right + 1 && b.left >= union.left - 1)) continue;
      // Not shown: the content of a closed disclosure, visually hidden text (clipped to 1 px).
      const closed = e.closest('details:not([open])');
      if ((closed && !e.closest('summary')) || e.closest('.visually-hidden')) continue;
      if (!clipped(e))
        escapes.push(
          `${(e.getRootNode() as ShadowRoot).host.tagName.toLowerCase()} ${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${Math.round(b.left)}–${Math.round(b.right)}`,
        );
    }
  };
  scan(root);
  return {
    escapes,
    box: {
      width: Math.round(union.right - union.left),
      height: Math.round(union.bottom - union.top),
      left: Math.round(union.left),
      right: Math.round(union.right),
    },
    headings,
    table: {
      display: getComputedStyle(matrixTable).display,
      width: Math.round(tr.width),
      height: Math.round(tr.height),
    },
    minText: { px: Math.round(min.px * 10) / 10, where: min.where },
    textSizes: count,
    overflow: { scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth },
    hostDisplay: getComputedStyle(el).display,
    fonts: {
      own: getComputedStyle(root.querySelector('fieldset[part="picker"] legend')!).fontFamily,
      nested: getComputedStyle(root.querySelector('plan-summary')!).fontFamily,
    },
    directions: [getComputedStyle(el).direction, getComputedStyle(root.querySelector('plan-target-chart')!).direction],
  };
}

async function screenshots(page: Page, name: string): Promise<string[]> {
  mkdirSync(SHOTS, { recursive: true });
  const files: string[] = [];
  for (const part of ['top', 'matrix', 'targets', 'initiatives']) {
    await page.evaluate((p: string) => {
      const el = document.querySelector('plan-comparison')!;
      const target = p === 'top' ? el : el.shadowRoot!.querySelector(`section[data-section="${p}"]`)!;
      target.scrollIntoView({ block: 'start' });
    }, part);
    await sleep(150);
    const file = join(SHOTS, `hostile-${name}-${part}.png`);
    await page.screenshot({ path: file });
    files.push(file);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return files;
}

describe('hostile host pages', () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    requireCdnBuild();
    server = await serveProject(undefined, (url) => {
      if (url.pathname !== '/examples/index.html' || !url.searchParams.has('hostile')) return undefined;
      return { body: variantPage(url.searchParams.get('hostile') as Variant) };
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [320, 375, 768, 1024, 1280]) {
    it(`download menus open inside the element at ${width} px`, async () => {
      const page = await newPage(browser);
      await page.setViewport({ width, height: 900 });
      await page.goto(`${server.origin}/examples/index.html`);
      await waitForComparison(page);
      const seen: string[] = [];
      for (const host of ['plan-target-chart', 'plan-initiative-list']) {
        const summary = await page.$(`plan-comparison >>> ${host} >>> details.downloads > summary`);
        assert.ok(summary, `${host} has a download menu`);
        await summary.scrollIntoView();
        await summary.click();
        const r = await page.$eval(
          `plan-comparison >>> ${host} >>> details.downloads[open] .downloads-list`,
          (list) => {
            const el = document.querySelector('plan-comparison')!;
            const b = list.getBoundingClientRect();
            const e = el.getBoundingClientRect();
            return {
              left: Math.round(b.left),
              right: Math.round(b.right),
              min: Math.round(e.left),
              max: Math.round(e.right),
              vw: document.documentElement.clientWidth,
            };
          },
        );
        seen.push(`${host} ${r.left}–${r.right} in ${r.min}–${r.max}`);
        assert.ok(
          r.left >= r.min - 1 && r.right <= r.max + 1 && r.left >= 0 && r.right <= r.vw,
          `${host} menu ${r.left}–${r.right} outside ${r.min}–${r.max}`,
        );
        await summary.click();
      }
      console.log(`  menus@${width}: ${seen.join(', ')}`);
      await page.close();
    });
  }

  for (const variant of VARIANTS) {
    for (const width of WIDTHS) {
      it(`${variant} at ${width} px: visible, readable, usable, no sideways scroll`, async () => {
        const page = await newPage(browser);
        const log = collectLog(page);
        await page.setViewport({ width, height: 900 });
        await page.goto(`${server.origin}/examples/index.html?hostile=${variant}`);
        await waitForComparison(page);
        await sleep(300);
        const m = await page.evaluate(measure);
        await screenshots(page, `${variant}-${width}`);

        // A picker checkbox still toggles a plan with a real (coordinate) click.
        const checked = () =>
          page.$$eval('plan-comparison >>> fieldset[part="picker"] input:checked', (xs) => xs.length);
        const before = await checked();
        const box = await page.$('plan-comparison >>> fieldset[part="picker"] li:first-child input');
        await box!.scrollIntoView();
        await box!.click();
        const afterClick = await checked();
        // What the host page scrolls sideways by itself (e.g. an off-screen skip link that RTL makes
        // scrollable): the same page with the element taken out.
        const own = await page.evaluate(() => {
          const el = document.querySelector('plan-comparison')!;
          const mark = document.createComment('plan-comparison');
          el.replaceWith(mark);
          const w = document.documentElement.scrollWidth;
          mark.replaceWith(el);
          return w;
        });

        console.log(
          `  ${variant}@${width}: host ${m.hostDisplay} ${m.box.width}×${m.box.height}, ${m.headings.length} headings (min ${Math.min(...m.headings.map((h) => h.height))}px high), ` +
            `matrix table ${m.table.display} ${m.table.width}×${m.table.height}, smallest text ${m.minText.px}px of ${m.textSizes} (${m.minText.where}), ` +
            `${m.escapes.length} parts outside, scrollWidth ${m.overflow.scrollWidth}/${m.overflow.clientWidth} (page alone ${own}), picker ${before}→${afterClick}`,
        );
        assert.ok(m.box.width > 150 && m.box.height > 400, `element box ${m.box.width}×${m.box.height}`);
        assert.equal(m.headings.length, 9, 'title + eight section headings');
        for (const h of m.headings)
          assert.ok(
            h.width > 0 && h.height > 0 && h.display !== 'none',
            `heading “${h.text}” ${h.width}×${h.height} ${h.display}`,
          );
        assert.equal(m.fonts.own, m.fonts.nested, 'the picker keeps the element’s typography');
        // Danish and English read left to right, also on a right-to-left page.
        assert.deepEqual(m.directions, ['ltr', 'ltr']);
        assert.deepEqual(m.escapes, [], 'parts stick out of the element sideways');
        // Not hidden by the host's rules: a table, or on a narrow host a block (each theme a line of its own).
        assert.ok(['table', 'block'].includes(m.table.display), `matrix table display: ${m.table.display}`);
        assert.ok(m.table.width > 100 && m.table.height > 100, `matrix table ${m.table.width}×${m.table.height}`);
        assert.ok(m.minText.px >= MIN_TEXT_PX, `smallest text ${m.minText.px}px: ${m.minText.where}`);
        assert.equal(afterClick, before - 1, 'the picker checkbox toggled a plan');
        const allowed = Math.max(m.overflow.clientWidth, own);
        assert.ok(
          m.overflow.scrollWidth <= allowed + 1,
          `the element makes the page scroll sideways: ${m.overflow.scrollWidth} > ${allowed}`,
        );
        assert.deepEqual(log.errors, []);
        await page.close();
      });
    }
  }
});
