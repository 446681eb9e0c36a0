// Two copies of the library on one page (a second script tag, a bundle that includes it again, an
// older version left in a template): nothing throws, the first copy's definitions are used and the
// elements work, and the page gets ONE console warning in total that names both versions.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import {
  collectLog,
  newPage,
  isBenign,
  launchBrowser,
  projectText,
  requireCdnBuild,
  serveProject,
  sleep,
  waitForComparison,
  type StaticServer,
} from './harness.js';

const VERSION = (JSON.parse(projectText('package.json')) as { version: string }).version;
const OTHER = '9.8.7-copy';
const SNIPPET = '<script type="module" src="../dist/cdn/plan-compare.js" blocking="render"></script>';

/** index.html with extra script tags after the snippet's. */
function pageWith(...extra: string[]): string {
  const index = projectText('examples/index.html');
  assert.ok(index.includes(SNIPPET), 'the example page has the snippet');
  return index.replace(SNIPPET, [SNIPPET, ...extra].join('\n    '));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Seen {
  errors: string[];
}

async function open(
  browser: Browser,
  origin: string,
  path: string,
): Promise<{ page: Page; log: ReturnType<typeof collectLog> }> {
  const page = await newPage(browser);
  const log = collectLog(page);
  await page.evaluateOnNewDocument(() => {
    const seen: Seen = ((window as unknown as { __seen: Seen }).__seen = { errors: [] });
    window.addEventListener('error', (e) => seen.errors.push(String(e.message)));
    window.addEventListener('unhandledrejection', (e) => seen.errors.push(String(e.reason)));
  });
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(origin + path);
  await waitForComparison(page);
  await sleep(100);
  return { page, log };
}

/** Error events seen on window, without the known harmless ones (counted in `benign`). */
async function windowErrors(page: Page): Promise<{ real: string[]; benign: number }> {
  const all = await page.evaluate(() => (window as unknown as { __seen: Seen }).__seen.errors);
  return { real: all.filter((m) => !isBenign(m)), benign: all.filter(isBenign).length };
}

/** The comparison still works: unpick a plan, pick a matrix cell. */
async function stillWorks(page: Page): Promise<void> {
  const checked = () => page.$$eval('plan-comparison >>> fieldset[part="picker"] input:checked', (xs) => xs.length);
  const before = await checked();
  await (await page.waitForSelector('plan-comparison >>> fieldset[part="picker"] li:first-child input'))!.click();
  assert.equal(await checked(), before - 1, 'the picker toggles a plan');
  // as a reader would: go to the matrix (an element off screen takes the toggle when it comes near)
  await page.evaluate(async () => {
    const m = document.querySelector('plan-comparison')!.shadowRoot!.querySelector('plan-track-matrix')!;
    m.scrollIntoView();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await (m as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  });
  await (await page.waitForSelector(
    'plan-comparison >>> plan-track-matrix >>> td[data-level="initiatives"] > button',
  ))!.click();
  await page.waitForSelector('plan-comparison >>> plan-track-matrix >>> section.details', { timeout: 5000 });
}

describe('two copies of the library on one page', () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    requireCdnBuild();
    server = await serveProject(undefined, (url) => {
      if (url.pathname === '/examples/two-copies.html')
        return { body: pageWith('<script type="module" src="../dist/cdn/plan-compare.js?copy=2"></script>') };
      if (url.pathname === '/examples/two-versions.html')
        return { body: pageWith('<script type="module" src="../dist/cdn-other/plan-compare.js"></script>') };
      if (url.pathname === '/examples/late-copy.html') return { body: projectText('examples/index.html') };
      // dist/cdn-other: the CDN build as another version would ship it (its VERSION and banner changed).
      const other = /^\/dist\/cdn-other\/(.+\.js)$/.exec(url.pathname);
      if (other) {
        const text = projectText(`dist/cdn/${other[1]}`);
        return { body: other[1] === 'plan-compare.js' ? text.replace(new RegExp(escape(VERSION), 'g'), OTHER) : text };
      }
      return undefined;
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the same file as two module instances: no error, one warning, the first definitions are used', async () => {
    const { page, log } = await open(browser, server.origin, '/examples/two-copies.html');
    const modules = await page.evaluate(async () => {
      const a = await import('/dist/cdn/plan-compare.js' as string);
      const b = await import('/dist/cdn/plan-compare.js?copy=2' as string);
      // The first view's elements are in each copy's entry; the others come from chunks beside it, which both
      // copies share (one URL, one module): those are defined once, by whichever copy asked first.
      const names = ['plan-comparison', 'plan-summary', 'plan-track-matrix'];
      const classes = ['PlanComparison', 'PlanSummary', 'PlanTrackMatrix'];
      const lazy: string[] = a.LAZY_TAGS;
      await Promise.all(lazy.map((t) => customElements.whenDefined(t)));
      return {
        distinct: a !== b && a.PlanComparison !== b.PlanComparison,
        first: names.filter((n, i) => customElements.get(n) === a[classes[i]!]).length,
        second: names.filter((n, i) => customElements.get(n) === b[classes[i]!]).length,
        lazyDefined: lazy.filter((t) => customElements.get(t)).length,
        lazyTotal: lazy.length,
      };
    });
    await stillWorks(page);
    const errors = await windowErrors(page);
    console.log(
      `  same file twice: ${log.warnings.length} warning(s), ${log.errors.length + errors.real.length} error(s) (+${errors.benign} benign); first-view definitions from copy 1: ${modules.first}/3, copy 2: ${modules.second}/3; on-demand elements defined ${modules.lazyDefined}/${modules.lazyTotal}`,
    );
    console.log(`  warning: ${log.warnings[0]}`);
    assert.equal(modules.distinct, true, 'two module instances were loaded');
    assert.equal(modules.first, 3);
    assert.equal(modules.second, 0);
    assert.equal(modules.lazyTotal, 6);
    assert.equal(modules.lazyDefined, 6);
    assert.deepEqual(errors.real, []);
    assert.deepEqual(log.errors, []);
    assert.equal(log.warnings.length, 1, log.warnings.join('\n'));
    assert.match(log.warnings[0]!, /plan-compare .*loaded twice/);
    assert.match(log.warnings[0]!, /<plan-comparison>/);
    assert.match(log.warnings[0]!, /<plan-track-matrix>/);
    await page.close();
  });

  it('another version as a second copy: one warning naming both versions, elements work', async () => {
    const { page, log } = await open(browser, server.origin, '/examples/two-versions.html');
    await stillWorks(page);
    const errors = await windowErrors(page);
    console.log(
      `  two versions: ${log.warnings.length} warning(s), ${log.errors.length + errors.real.length} error(s) (+${errors.benign} benign): ${log.warnings[0]}`,
    );
    assert.ok(server.requests.includes('/dist/cdn-other/plan-compare.js'), 'the other version was loaded');
    assert.deepEqual([...log.errors, ...errors.real], []);
    assert.equal(log.warnings.length, 1, log.warnings.join('\n'));
    assert.ok(log.warnings[0]!.startsWith(`plan-compare ${OTHER}:`), 'the warning names the second copy’s version');
    assert.ok(log.warnings[0]!.includes(`already defined by plan-compare ${VERSION}`), 'and the version in use');
    await page.close();
  });

  it('a copy added after the comparison rendered changes nothing on the page', async () => {
    const { page, log } = await open(browser, server.origin, '/examples/late-copy.html');
    const before = await page.$eval(
      'plan-comparison',
      (el) => el.shadowRoot!.querySelectorAll('section[data-section]').length,
    );
    await page.evaluate(async () => void (await import('/dist/cdn/plan-compare.js?late=1' as string)));
    await sleep(100);
    await stillWorks(page);
    const after = await page.$eval(
      'plan-comparison',
      (el) => el.shadowRoot!.querySelectorAll('section[data-section]').length,
    );
    const errors = await windowErrors(page);
    console.log(
      `  late copy: ${log.warnings.length} warning(s), ${log.errors.length + errors.real.length} error(s) (+${errors.benign} benign), sections ${before} → ${after}`,
    );
    assert.equal(after, before);
    assert.deepEqual([...log.errors, ...errors.real], []);
    assert.equal(log.warnings.length, 1, log.warnings.join('\n'));
    await page.close();
  });
});
