// Page-level measures of the example municipal page (examples/index.html: the embed snippet and the CDN
// build), as a reader gets it: interaction to next paint at 4× CPU slowdown on a phone-sized viewport (a
// plan toggle in the picker, a tap on a matrix cell; Event Timing API), and cumulative layout shift with
// classic scrollbars at a desktop and a phone width. Used by bench/run.mjs.
import { launchBrowser, layoutShift, serveFiles, watchPage } from '../scripts/page-harness.mjs';

const PAGE = '/examples/index.html';
const PICKER_INPUT = 'plan-comparison >>> fieldset[part="picker"] li:first-child input';
const MATRIX_CELL = 'plan-comparison >>> plan-track-matrix >>> td[data-level="initiatives"] > button';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function comparisonReady(page) {
  await page.waitForFunction(
    () => {
      const c = document.querySelector('plan-comparison');
      return !!c?.shadowRoot?.querySelector('plan-track-matrix')?.shadowRoot?.querySelector('td[data-level] > button');
    },
    { timeout: 120_000, polling: 100 },
  );
}

/** Start recording Event Timing entries of interactions (durationThreshold 16 ms, the smallest allowed). */
async function recordInteractions(page) {
  await page.evaluate(() => {
    window.__interactions = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.interactionId) window.__interactions.push(e);
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
}

/** The longest duration (input → next paint, ms) of the interactions recorded since the last call. */
async function takeInteraction(page) {
  await sleep(400); // the entry is reported after the next paint
  return page.evaluate(() => {
    const entries = window.__interactions.splice(0);
    const byId = new Map();
    for (const e of entries) byId.set(e.interactionId, Math.max(byId.get(e.interactionId) ?? 0, e.duration));
    return byId.size ? Math.max(...byId.values()) : 0;
  });
}

/**
 * `runs` plan toggles and `runs` matrix taps on the example page at 390×844 with the CPU slowed `slowdown`×.
 * Returns the durations (ms) per kind; an interaction faster than 16 ms is reported by no entry and counts as 16.
 */
export async function interactions(origin, browser, { runs = 5, slowdown = 4 } = {}) {
  const page = await browser.newPage();
  const log = watchPage(page);
  try {
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: false });
    await page.goto(`${origin}${PAGE}`, { waitUntil: 'load' });
    await comparisonReady(page);
    await sleep(1000);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await recordInteractions(page);
    const out = { toggle: [], matrix: [] };
    for (let i = 0; i < runs; i++) {
      await (await page.waitForSelector(PICKER_INPUT)).click();
      out.toggle.push(Math.max(16, await takeInteraction(page)));
      await (await page.waitForSelector(PICKER_INPUT)).click(); // and back, so every run toggles the same plan
      out.toggle.push(Math.max(16, await takeInteraction(page)));
      const cell = await page.waitForSelector(MATRIX_CELL);
      await cell.scrollIntoView();
      await sleep(300);
      await takeInteraction(page); // scrolling is no interaction, but drop anything recorded meanwhile
      await cell.click();
      out.matrix.push(Math.max(16, await takeInteraction(page)));
      await page.keyboard.press('Escape');
      await takeInteraction(page);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if (log.problems.length) throw new Error(`${PAGE}: ${log.problems.join('\n')}`);
    return out;
  } finally {
    await page.close();
  }
}

/** CLS of the example page with classic scrollbars at each viewport (after the comparison has settled). */
export async function exampleLayoutShift(
  origin,
  viewports = [
    [1280, 800],
    [390, 844],
  ],
) {
  const { browser } = await launchBrowser({ classicScrollbars: true });
  try {
    const out = [];
    for (const [width, height] of viewports) {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      await page.goto(`${origin}${PAGE}`, { waitUntil: 'load' });
      await comparisonReady(page);
      await sleep(1500);
      const { cls, shifts } = await layoutShift(page);
      out.push({ width, height, cls, shifts: shifts.length });
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

/** Serve the project folder (the example page loads ../dist/cdn). */
export const serveProject = (root) => serveFiles(root);
