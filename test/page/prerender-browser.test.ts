// The prerendered page (scripts/prerender.ts) in headless Chromium, served as static files:
// readable with JavaScript off, hydrating without errors or warnings with it on, interactive afterwards,
// and what a strict CSP (script-src 'self'; style-src 'self') does to its component styles.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, ElementHandle, Page, SerializedAXNode } from 'puppeteer-core';
import { launchBrowser, serveFiles, watchPage, type StaticServer } from '../../scripts/page-harness.mjs';
import { prerender } from '../../scripts/prerender.js';
import { renderComparisonPage, CSP } from '../../src/ssr/render-comparison.js';
import { BUNDLED_DOCUMENTS } from '../../src/data/bundled.js';
import { planFiles, readJson } from '../node/helpers.js';

/** The plan documents on disk, in the page's order (the bundled order, oldest first). */
const order = (BUNDLED_DOCUMENTS as { id: string }[]).map((d) => d.id);
const documents: any[] = planFiles()
  .map(readJson)
  .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
/** A static file server for one folder on 127.0.0.1 (port 0), optionally sending a CSP header. */
async function serve(dir: string, csp?: string): Promise<{ url: string; server: StaticServer }> {
  const headers = (): Record<string, string> => (csp ? { 'content-security-policy': csp } : {});
  const server = await serveFiles(dir, { headers });
  return { url: `${server.origin}/`, server };
}

/** The plans and the theme filter of filtered.html. */
const FILTERED = { plans: ['randers-2017-2020', 'aabenraa-2022-2024'], themes: ['youth', 'prevention'] };

const work = mkdtempSync(join(tmpdir(), 'plan-prerender-'));
const prodDir = join(work, 'prod');
const devDir = join(work, 'dev');
let browser: Browser;
const servers: StaticServer[] = [];
let prodUrl = '';
let prodCspUrl = '';
let devUrl = '';

before(async () => {
  const prod = await prerender({ out: join(prodDir, 'index.html') });
  // lit's development build: its dev-mode warnings (e.g. updates scheduled after an update) reach the console
  await prerender({ out: join(devDir, 'index.html'), mode: 'development' });
  // the same page with lit's inline <style> elements, next to it (same client bundle), for the CSP measurement
  const script = prod.client.find((c) => /\/client-[^/]+\.js$/.test(c.file))!.file;
  const inline = await renderComparisonPage({
    documents: BUNDLED_DOCUMENTS,
    componentStyles: 'inline',
    clientScript: script,
    pageStylesheet: 'assets/page.css',
  });
  writeFileSync(join(prodDir, 'inline.html'), inline.html);
  // two plans, in English (what --plans and --lang give), with the same client bundle
  const subset = await renderComparisonPage({
    documents: BUNDLED_DOCUMENTS,
    plans: ['randers-2017-2020', 'aabenraa-2022-2024'],
    lang: 'en',
    clientScript: script,
    pageStylesheet: 'assets/page.css',
  });
  writeFileSync(join(prodDir, 'subset.html'), subset.html);
  // two plans and a theme filter: some boxes ticked, most not
  const filtered = await renderComparisonPage({
    documents: BUNDLED_DOCUMENTS,
    plans: FILTERED.plans,
    themes: FILTERED.themes,
    clientScript: script,
    pageStylesheet: 'assets/page.css',
  });
  writeFileSync(join(prodDir, 'filtered.html'), filtered.html);
  const a = await serve(prodDir);
  const b = await serve(prodDir, CSP);
  const c = await serve(devDir);
  servers.push(a.server, b.server, c.server);
  [prodUrl, prodCspUrl, devUrl] = [a.url, b.url, c.url];
  ({ browser } = await launchBrowser());
});

after(async () => {
  await browser?.close();
  for (const s of servers) await s.close();
  rmSync(work, { recursive: true, force: true });
});

/** A page that records console errors and warnings, uncaught errors and CSP violations. */
async function open(options: {
  js: boolean;
  width?: number;
}): Promise<{ page: Page; problems: string[]; violations: () => Promise<string[]> }> {
  const page = await browser.newPage();
  // Warnings count too: lit's development build warns about updates scheduled after an update.
  const { problems } = watchPage(page, { warningsAreProblems: true });
  // (runs through the DevTools protocol, also with the page's JavaScript off, and before the page's own scripts)
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.setJavaScriptEnabled(options.js);
  await page.setViewport({ width: options.width ?? 1280, height: 900 });
  return {
    page,
    problems,
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

/** Navigate, then give the page the `__name` helper that tsx's transform puts around named functions in evaluated code. */
async function goto(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate('globalThis.__name = (f) => f');
}

/**
 * Wait until the comparison and the elements of its overview (summaries, matrix) have hydrated (first update
 * done); with `all`, scroll to each further section in turn (their elements load and hydrate when their section
 * comes near) and wait for every element. Returns ms since navigation start.
 */
async function hydrated(page: Page, problems: string[], { all = true } = {}): Promise<number> {
  const ready = (everything: boolean) =>
    page.waitForFunction(
      (everything: boolean) => {
        const c = document.querySelector('plan-comparison') as (HTMLElement & { hasUpdated?: boolean }) | null;
        if (!c?.hasUpdated) return false;
        const inner = [...c.shadowRoot!.querySelectorAll('*')].filter(
          (e) => e.localName.startsWith('plan-') && (everything || /^plan-(summary|track-matrix)$/.test(e.localName)),
        ) as (Element & { hasUpdated?: boolean })[];
        return (
          inner.length >= (everything ? 4 : 2) && inner.every((e) => e.hasUpdated && !e.hasAttribute('defer-hydration'))
        );
      },
      { timeout: 60000 },
      everything,
    );
  const done = (async () => {
    await ready(false);
    if (!all) return;
    const count = await page.evaluate(
      () => document.querySelector('plan-comparison')!.shadowRoot!.querySelectorAll('section[data-section]').length,
    );
    for (let i = 0; i < count; i++)
      await page.evaluate(async (i: number) => {
        const section = document
          .querySelector('plan-comparison')!
          .shadowRoot!.querySelectorAll('section[data-section]')[i]!;
        section.scrollIntoView();
        // two frames: the intersection observer sees the section before the next scroll
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }, i);
    await ready(true);
    await page.evaluate(() => window.scrollTo(0, 0));
  })();
  // a hydration error leaves the element without its first update: fail at once, with the page's errors
  const failed = new Promise<never>((_, reject) => {
    const check = setInterval(() => {
      if (problems.some((p) => p.startsWith('pageerror'))) reject(new Error(`not hydrated: ${problems.join(' | ')}`));
    }, 100);
    void done.finally(() => clearInterval(check)).catch(() => undefined);
  });
  await Promise.race([done, failed]);
  return page.evaluate(async () => {
    const c = document.querySelector('plan-comparison') as HTMLElement & { updateComplete: Promise<unknown> };
    await c.updateComplete;
    return Math.round(performance.now());
  });
}

const inComparison = (page: Page, selector: string) =>
  page.evaluateHandle((sel) => document.querySelector('plan-comparison')!.shadowRoot!.querySelector(sel), selector);

test(
  'JavaScript off: the plans, an initiative and the matrix are on screen, styled, from the HTML alone',
  { timeout: 120000 },
  async () => {
    const { page, problems, violations } = await open({ js: false });
    await goto(page, prodCspUrl);
    const r = await page.evaluate(() => {
      const box = (el: Element | null | undefined) => {
        const b = el?.getBoundingClientRect();
        return b ? { w: Math.round(b.width), h: Math.round(b.height) } : null;
      };
      const c = document.querySelector('plan-comparison')!;
      const sr = (tag: string) => c.shadowRoot!.querySelector(tag)!.shadowRoot!;
      const summary = sr('plan-summary');
      const cards = [...summary.querySelectorAll('article[part="card"]')].map((a) => ({
        plan: a.getAttribute('data-plan'),
        text: (a as HTMLElement).innerText,
        box: box(a.querySelector(':is(h1, h2, h3, h4, h5, h6)')),
      }));
      const list = sr('plan-initiative-list');
      const items = [...list.querySelectorAll('article[part="item"]')];
      const first = items[0] as HTMLElement | undefined;
      const matrix = sr('plan-track-matrix');
      const cells = [...matrix.querySelectorAll('td[part="cell"]')] as HTMLElement[];
      const chart = sr('plan-target-chart');
      return {
        defined: customElements.get('plan-comparison') !== undefined,
        hostDisplay: getComputedStyle(c).display,
        cards,
        items: items.length,
        // (textContent: an item off screen is not rendered yet — content-visibility — so it has no innerText)
        firstItem: first
          ? {
              text: first.querySelector(':is(h1, h2, h3, h4, h5, h6)')!.textContent!,
              titleBox: box(first.querySelector(':is(h1, h2, h3, h4, h5, h6)')),
            }
          : null,
        cells: cells.length,
        cellBoxes: cells.filter((td) => box(td)!.w > 0 && box(td)!.h > 0).length,
        cellTexts: cells.slice(0, 3).map((td) => td.innerText.trim()),
        rowHeaders: matrix.querySelectorAll('th[scope="row"]').length,
        chartTables: chart.querySelectorAll('table[part="table"]').length,
        chartTableBox: box(chart.querySelector('table[part="table"]')),
      };
    });
    assert.equal(r.defined, false, 'no element was defined: what shows is the HTML');
    assert.equal(r.hostDisplay, 'block', 'component styles apply (linked style sheets under the CSP)');
    assert.deepEqual(
      r.cards.map((c) => c.plan),
      documents.map((d) => d.id),
    );
    for (const [i, doc] of documents.entries()) {
      const card = r.cards[i]!;
      assert.ok(
        card.text.replace(/\s+/g, ' ').includes(doc.title.replace(/\s+/g, ' ')),
        `${doc.id}: title in the card's innerText`,
      );
      assert.ok(card.box && card.box.w > 0 && card.box.h > 0, `${doc.id}: title has a box`);
    }
    assert.ok(r.items > 200, `every initiative row is in the DOM (${r.items})`);
    const titles = new Set(documents.flatMap((d) => d.initiatives.map((i: any) => i.title.replace(/\s+/g, ' '))));
    const firstTitle = r.firstItem!.text.split('\n')[0]!.trim();
    assert.ok(titles.has(firstTitle), `the first item is a real initiative ("${firstTitle}")`);
    assert.ok(r.firstItem!.titleBox!.w > 0 && r.firstItem!.titleBox!.h > 0);
    assert.ok(r.rowHeaders >= 10);
    assert.equal(r.cells, r.rowHeaders * documents.length);
    assert.equal(r.cellBoxes, r.cells, 'every matrix cell has a box');
    for (const t of r.cellTexts) assert.match(t, /indsats|Ikke dækket|Nævnt|Målbart/);
    assert.ok(r.chartTables > 0 && r.chartTableBox!.h > 0, 'the target chart shows its table');
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
    await page.close();
  },
);

test(
  'JavaScript off: every checkbox is ticked as the data say (the chosen plans, the theme filter), no more',
  { timeout: 120000 },
  async () => {
    const html = readFileSync(join(prodDir, 'filtered.html'), 'utf8');
    assert.ok(
      !/\schecked="/.test(html),
      'a ticked box is written as the HTML boolean `checked`, an unticked one without it',
    );
    assert.ok(
      !/<template shadowroot=/.test(html),
      'declarative shadow roots use shadowrootmode, not the legacy shadowroot',
    );
    const { page, problems } = await open({ js: false });
    await goto(page, `${prodCspUrl}filtered.html`);
    // As the parser built it (nothing ran): each checkbox's state in the picker and in the list's facets.
    const boxes = await page.evaluate(() => {
      const c = document.querySelector('plan-comparison')!.shadowRoot!;
      const list = c.querySelector('plan-initiative-list')!.shadowRoot!;
      const state = (root: ParentNode, sel: string, key: string) =>
        [...root.querySelectorAll<HTMLInputElement>(sel)].map((b) => ({
          value: b.getAttribute(key)!,
          checked: b.checked,
        }));
      return {
        defined: customElements.get('plan-comparison') !== undefined,
        picker: state(c, 'fieldset input[type="checkbox"]', 'value'),
        facets: Object.fromEntries(
          [...list.querySelectorAll('fieldset[data-facet]')].map((f) => [
            f.getAttribute('data-facet')!,
            state(f, 'input[type="checkbox"]', 'data-value'),
          ]),
        ),
      };
    });
    assert.equal(boxes.defined, false, 'no script ran');
    const ticked = (list: { value: string; checked: boolean }[]) => list.filter((b) => b.checked).map((b) => b.value);
    assert.deepEqual(
      boxes.picker.map((b) => b.value),
      documents.map((d) => d.id),
      'the picker lists every plan',
    );
    assert.deepEqual(ticked(boxes.picker).sort(), [...FILTERED.plans].sort(), 'only the chosen plans are ticked');
    assert.ok(boxes.facets['theme']!.length > FILTERED.themes.length, 'the theme facet lists more themes');
    assert.deepEqual(ticked(boxes.facets['theme']!).sort(), [...FILTERED.themes].sort(), 'only the filtered themes');
    for (const facet of ['plan', 'targetGroup', 'kind', 'status']) {
      assert.ok((boxes.facets[facet] ?? []).length > 0, `the ${facet} facet is there`);
      assert.deepEqual(ticked(boxes.facets[facet]!), [], `no ${facet} is ticked`);
    }
    // … and as assistive technology is told, once the (folded) filter panel is opened — which needs no script:
    // the same number of checked checkboxes in the accessibility tree.
    const summary = (await page.evaluateHandle(() =>
      document
        .querySelector('plan-comparison')!
        .shadowRoot!.querySelector('plan-initiative-list')!
        .shadowRoot!.querySelector('details.filters > summary')!,
    )) as ElementHandle<HTMLElement>;
    await summary.click();
    const tree = await page.accessibility.snapshot({ interestingOnly: false });
    const checkedInTree: string[] = [];
    const walk = (n: SerializedAXNode | null | undefined) => {
      if (!n) return;
      if (n.role === 'checkbox' && n.checked === true) checkedInTree.push(n.name ?? '');
      for (const child of n.children ?? []) walk(child);
    };
    walk(tree);
    assert.equal(checkedInTree.length, FILTERED.plans.length + FILTERED.themes.length, checkedInTree.join(' | '));
    assert.deepEqual(problems, []);
    await page.close();
  },
);

for (const build of ['production', 'development'] as const) {
  test(
    `JavaScript on (${build} build): hydrates without errors or warnings; picker and search work afterwards`,
    { timeout: 180000 },
    async (t) => {
      const { page, problems, violations } = await open({ js: true });
      await goto(page, build === 'production' ? prodCspUrl : devUrl);
      const overview = await hydrated(page, problems, { all: false });
      // sections hydrate when they come near: a moment after load, the initiative list far below is not yet defined
      await new Promise((r) => setTimeout(r, 1000));
      const waiting = await page.evaluate(() =>
        ['plan-target-chart', 'plan-initiative-list', 'plan-differences', 'plan-evolution'].filter(
          (t) => !customElements.get(t),
        ),
      );
      t.diagnostic(`overview hydrated ${overview} ms after navigation start; not yet loaded: ${waiting.join(', ')}`);
      assert.ok(waiting.includes('plan-initiative-list'), `lazy hydration: the list below the fold waits (${waiting})`);
      const ms = await hydrated(page, problems);
      t.diagnostic(`every section hydrated ${ms} ms after navigation start, after scrolling to each`);

      // hydrated, not rendered anew: the server's linked style sheets and lit's SSR markers are still in the shadow roots
      const kept = await page.evaluate(() => {
        const c = document.querySelector('plan-comparison')!;
        const roots = [
          c.shadowRoot!,
          ...[...c.shadowRoot!.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => e.shadowRoot!),
        ];
        return roots.map((r) => ({
          links: r.querySelectorAll('link[rel="stylesheet"]').length,
          ssrMarkers: r.innerHTML.includes('<!--lit-part'),
        }));
      });
      assert.equal(kept.length, 9);
      for (const k of kept)
        assert.ok(k.links > 0 && k.ssrMarkers, `shadow root kept its server content: ${JSON.stringify(k)}`);

      // after hydration the target chart draws its d3 chart (axes with ticks)
      await page.waitForFunction(
        () => {
          const chart = document
            .querySelector('plan-comparison')!
            .shadowRoot!.querySelector('plan-target-chart')!.shadowRoot!;
          return (
            chart.querySelector('svg[part="chart"] g.x-axis .tick') !== null &&
            chart.querySelector('table[part="table"]') === null
          );
        },
        { timeout: 20000 },
      );

      // the initiative list takes the layout of its real width (hydration itself keeps the server's narrow one)
      await page.waitForFunction(
        () =>
          document
            .querySelector('plan-comparison')!
            .shadowRoot!.querySelector('plan-initiative-list')!
            .shadowRoot!.querySelector('.layout.wide') !== null,
        { timeout: 10000 },
      );

      // the picker: uncheck Randers → its card goes, the others stay
      const cards = () =>
        page.evaluate(() =>
          [
            ...document
              .querySelector('plan-comparison')!
              .shadowRoot!.querySelector('plan-summary')!
              .shadowRoot!.querySelectorAll('article[part="card"]'),
          ].map((a) => a.getAttribute('data-plan')),
        );
      assert.deepEqual(
        await cards(),
        documents.map((d) => d.id),
      );
      const box = (await inComparison(
        page,
        'input[type="checkbox"][value="randers-2017-2020"]',
      )) as ElementHandle<HTMLInputElement>;
      await box.click();
      await page.waitForFunction(
        () =>
          !document
            .querySelector('plan-comparison')!
            .shadowRoot!.querySelector('plan-summary')!
            .shadowRoot!.querySelector('article[data-plan="randers-2017-2020"]'),
        { timeout: 10000 },
      );
      assert.deepEqual(
        await cards(),
        documents.map((d) => d.id).filter((id) => id !== 'randers-2017-2020'),
      );

      // the initiative search: typing narrows the count
      const list = (await inComparison(page, 'plan-initiative-list')) as ElementHandle<HTMLElement>;
      const count = () =>
        list.evaluate((el) => el.shadowRoot!.querySelector('[part="count"]')!.textContent!.replace(/\s+/g, ' ').trim());
      // as a reader would: go to the list (an element off screen takes the toggle when it comes near or when idle)
      await list.evaluate(async (el) => {
        el.scrollIntoView();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      });
      const before = await count();
      const search = (await list.evaluateHandle((el) =>
        el.shadowRoot!.querySelector('input[type="search"]'),
      )) as ElementHandle<HTMLInputElement>;
      await search.type('alkohol');
      await page.waitForFunction(
        (el, was) => el.shadowRoot!.querySelector('[part="count"]')!.textContent!.replace(/\s+/g, ' ').trim() !== was,
        { timeout: 10000 },
        list,
        before,
      );
      const afterText = await count();
      const [shown, total] = (afterText.match(/\d+/g) ?? []).map(Number);
      const [, totalBefore] = (before.match(/\d+/g) ?? []).map(Number);
      assert.ok(shown! > 0 && shown! < total!, `search narrowed the list: "${before}" → "${afterText}"`);
      assert.equal(total, totalBefore);
      const shownTitles = await list.evaluate(
        (el) => [...el.shadowRoot!.querySelectorAll('article[part="item"]')].length,
      );
      assert.ok(shownTitles > 0);

      const benign = (p: string) => build === 'development' && /Lit is in dev mode/.test(p);
      assert.deepEqual(
        problems.filter((p) => !benign(p)),
        [],
        'no console errors, warnings or hydration errors',
      );
      assert.deepEqual(await violations(), []);
      await page.close();
    },
  );
}

test(
  'JavaScript on, two plans in English (--plans, --lang en): hydrates; checking a third plan adds its card',
  { timeout: 120000 },
  async () => {
    const { page, problems, violations } = await open({ js: true, width: 375 });
    await goto(page, `${prodCspUrl}subset.html`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await hydrated(page, problems);
    const cards = () =>
      page.evaluate(() =>
        [
          ...document
            .querySelector('plan-comparison')!
            .shadowRoot!.querySelector('plan-summary')!
            .shadowRoot!.querySelectorAll('article[part="card"]'),
        ].map((a) => a.getAttribute('data-plan')),
      );
    assert.deepEqual(await cards(), ['randers-2017-2020', 'aabenraa-2022-2024']);
    const box = (await inComparison(
      page,
      'input[type="checkbox"][value="aalborg-2016-2019-status"]',
    )) as ElementHandle<HTMLInputElement>;
    assert.equal(await box.evaluate((b) => b.checked), false);
    await box.click();
    await page.waitForFunction(
      () =>
        !!document
          .querySelector('plan-comparison')!
          .shadowRoot!.querySelector('plan-summary')!
          .shadowRoot!.querySelector('article[data-plan="aalborg-2016-2019-status"]'),
      { timeout: 10000 },
    );
    assert.deepEqual(await cards(), ['randers-2017-2020', 'aabenraa-2022-2024', 'aalborg-2016-2019-status']);
    const heading = await page.evaluate(
      () => document.querySelector('plan-comparison')!.shadowRoot!.querySelector('header h2')!.textContent,
    );
    assert.equal(heading, 'Compare substance-use plans');
    assert.deepEqual(problems, []);
    assert.deepEqual(await violations(), []);
    await page.close();
  },
);

test(
  "CSP measurement: lit’s inline <style> in declarative shadow roots is blocked by style-src 'self'; linked sheets are not",
  { timeout: 120000 },
  async (t) => {
    const measure = async (url: string, js: boolean) => {
      const { page, problems, violations } = await open({ js });
      await goto(page, url);
      if (js) await hydrated(page, problems);
      const styled = await page.evaluate(() => {
        const c = document.querySelector('plan-comparison')!;
        return {
          hostDisplay: getComputedStyle(c).display,
          fieldsetRadius: getComputedStyle(c.shadowRoot!.querySelector('fieldset')!).borderTopLeftRadius,
        };
      });
      const v = js ? await violations() : [];
      const refused = problems.filter((p) => /Content Security Policy/.test(p)).length;
      await page.close();
      return { ...styled, violations: v.length, refused };
    };
    const inlineUnderCsp = [
      await measure(`${prodCspUrl}inline.html`, false),
      await measure(`${prodCspUrl}inline.html`, true),
    ];
    const inlineNoCsp = await measure(`${prodUrl}inline.html`, false);
    const linked = await measure(prodCspUrl, true);
    t.diagnostic(`inline <style> + CSP, JS off: ${JSON.stringify(inlineUnderCsp[0])}`);
    t.diagnostic(`inline <style> + CSP, JS on: ${JSON.stringify(inlineUnderCsp[1])}`);
    t.diagnostic(`inline <style>, no CSP: ${JSON.stringify(inlineNoCsp)}`);
    t.diagnostic(`linked sheets + CSP, JS on: ${JSON.stringify(linked)}`);
    for (const m of inlineUnderCsp) {
      assert.equal(m.hostDisplay, 'inline', 'the :host { display: block } rule did not apply');
      assert.equal(m.fieldsetRadius, '0px');
      assert.equal(m.refused, 9, 'Chromium refuses the <style> of each of the 9 shadow roots');
    }
    assert.equal(inlineUnderCsp[1]!.violations, 9, 'a securitypolicyviolation (style-src-elem) per shadow root');
    assert.deepEqual(
      [inlineNoCsp.hostDisplay, inlineNoCsp.fieldsetRadius],
      ['block', '6px'],
      'without the CSP the same page is styled',
    );
    assert.deepEqual(
      [linked.hostDisplay, linked.fieldsetRadius, linked.violations, linked.refused],
      ['block', '6px', 0, 0],
    );
  },
);
