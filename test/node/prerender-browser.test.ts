// The prerendered page (scripts/prerender.ts) in headless Chromium, served as static files:
// readable with JavaScript off, hydrating without errors or warnings with it on, interactive afterwards,
// and what a strict CSP (script-src 'self'; style-src 'self') does to its component styles.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { prerender } from '../../scripts/prerender.js';
import { renderComparisonPage, CSP } from '../../src/ssr/render-comparison.js';
import { BUNDLED_DOCUMENTS } from '../../src/data/bundled.js';
import { planFiles, readJson } from './helpers.js';

/** The plan documents on disk, in the page's order (the bundled order, oldest first). */
const order = (BUNDLED_DOCUMENTS as { id: string }[]).map((d) => d.id);
const documents: any[] = planFiles()
  .map(readJson)
  .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** A static file server for one folder on 127.0.0.1 (port 0), optionally sending a CSP header. */
async function serve(dir: string, csp?: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir + sep)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...(csp ? { 'content-security-policy': csp } : {}) });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}/`, server };
}

const work = mkdtempSync(join(tmpdir(), 'plan-prerender-'));
const prodDir = join(work, 'prod');
const devDir = join(work, 'dev');
let browser: Browser;
const servers: Server[] = [];
let prodUrl = '';
let prodCspUrl = '';
let devUrl = '';

/** scripts/find-browser.mjs (plain JavaScript, untyped). */
const finder = (await import('../../scripts/find-browser.mjs' as string)) as {
  findBrowser(): Promise<{ executablePath: string; env: NodeJS.ProcessEnv }>;
  CHROME_ARGS: string[];
};

before(async () => {
  const prod = await prerender({ out: join(prodDir, 'index.html') });
  // lit's development build: its dev-mode warnings (e.g. updates scheduled after an update) reach the console
  await prerender({ out: join(devDir, 'index.html'), mode: 'development' });
  // the same page with lit's inline <style> elements, next to it (same client bundle), for the CSP measurement
  const script = prod.client.find((c) => /\/client-[^/]+\.js$/.test(c.file))!.file;
  const inline = await renderComparisonPage({ documents: BUNDLED_DOCUMENTS, componentStyles: 'inline', clientScript: script, pageStylesheet: 'assets/page.css' });
  writeFileSync(join(prodDir, 'inline.html'), inline.html);
  // two plans, in English (what --plans and --lang give), with the same client bundle
  const subset = await renderComparisonPage({ documents: BUNDLED_DOCUMENTS, plans: ['randers-2017-2020', 'aabenraa-2022-2024'], lang: 'en', clientScript: script, pageStylesheet: 'assets/page.css' });
  writeFileSync(join(prodDir, 'subset.html'), subset.html);
  const a = await serve(prodDir);
  const b = await serve(prodDir, CSP);
  const c = await serve(devDir);
  servers.push(a.server, b.server, c.server);
  [prodUrl, prodCspUrl, devUrl] = [a.url, b.url, c.url];
  const { executablePath, env } = await finder.findBrowser();
  browser = await puppeteer.launch({ executablePath, env, headless: true, args: finder.CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  for (const s of servers) s.close();
  rmSync(work, { recursive: true, force: true });
});

/** A page that records console errors and warnings, uncaught errors and CSP violations. */
async function open(options: { js: boolean; width?: number }): Promise<{ page: Page; problems: string[]; violations: () => Promise<string[]> }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn' || (m.type() as string) === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  // (runs through the DevTools protocol, also with the page's JavaScript off, and before the page's own scripts)
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.setJavaScriptEnabled(options.js);
  await page.setViewport({ width: options.width ?? 1280, height: 900 });
  return { page, problems, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}

/** Navigate, then give the page the `__name` helper that tsx's transform puts around named functions in evaluated code. */
async function goto(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate('globalThis.__name = (f) => f');
}

/** Wait until the comparison and every element in it has hydrated (first update done). Returns ms since navigation start. */
async function hydrated(page: Page, problems: string[]): Promise<number> {
  const done = page.waitForFunction(
    () => {
      const c = document.querySelector('plan-comparison') as (HTMLElement & { hasUpdated?: boolean }) | null;
      if (!c?.hasUpdated) return false;
      const inner = [...c.shadowRoot!.querySelectorAll('*')].filter((e) => e.localName.startsWith('plan-')) as (Element & { hasUpdated?: boolean })[];
      return inner.length >= 4 && inner.every((e) => e.hasUpdated && !e.hasAttribute('defer-hydration'));
    },
    { timeout: 60000 },
  );
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

test('JavaScript off: the plans, an initiative and the matrix are on screen, styled, from the HTML alone', { timeout: 120000 }, async () => {
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
      box: box(a.querySelector('h3, h2')),
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
      firstItem: first ? { text: first.innerText, titleBox: box(first.querySelector('h3')) } : null,
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
  assert.deepEqual(r.cards.map((c) => c.plan), documents.map((d) => d.id));
  for (const [i, doc] of documents.entries()) {
    const card = r.cards[i]!;
    assert.ok(card.text.replace(/\s+/g, ' ').includes(doc.title.replace(/\s+/g, ' ')), `${doc.id}: title in the card's innerText`);
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
});

for (const build of ['production', 'development'] as const) {
  test(`JavaScript on (${build} build): hydrates without errors or warnings; picker and search work afterwards`, { timeout: 180000 }, async (t) => {
    const { page, problems, violations } = await open({ js: true });
    await goto(page, build === 'production' ? prodCspUrl : devUrl);
    const ms = await hydrated(page, problems);
    t.diagnostic(`hydrated ${ms} ms after navigation start`);

    // hydrated, not rendered anew: the server's linked style sheets and lit's SSR markers are still in the shadow roots
    const kept = await page.evaluate(() => {
      const c = document.querySelector('plan-comparison')!;
      const roots = [c.shadowRoot!, ...[...c.shadowRoot!.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => e.shadowRoot!)];
      return roots.map((r) => ({ links: r.querySelectorAll('link[rel="stylesheet"]').length, ssrMarkers: r.innerHTML.includes('<!--lit-part') }));
    });
    assert.equal(kept.length, 7);
    for (const k of kept) assert.ok(k.links > 0 && k.ssrMarkers, `shadow root kept its server content: ${JSON.stringify(k)}`);

    // after hydration the target chart draws its d3 chart (axes with ticks)
    await page.waitForFunction(
      () => {
        const chart = document.querySelector('plan-comparison')!.shadowRoot!.querySelector('plan-target-chart')!.shadowRoot!;
        return chart.querySelector('svg[part="chart"] g.x-axis .tick') !== null && chart.querySelector('table[part="table"]') === null;
      },
      { timeout: 20000 },
    );

    // the initiative list takes the layout of its real width (hydration itself keeps the server's narrow one)
    await page.waitForFunction(
      () => document.querySelector('plan-comparison')!.shadowRoot!.querySelector('plan-initiative-list')!.shadowRoot!.querySelector('.layout.wide') !== null,
      { timeout: 10000 },
    );

    // the picker: uncheck Randers → its card goes, the others stay
    const cards = () =>
      page.evaluate(() =>
        [...document.querySelector('plan-comparison')!.shadowRoot!.querySelector('plan-summary')!.shadowRoot!.querySelectorAll('article[part="card"]')].map((a) =>
          a.getAttribute('data-plan'),
        ),
      );
    assert.deepEqual(await cards(), documents.map((d) => d.id));
    const box = (await inComparison(page, 'input[type="checkbox"][value="randers-2017-2020"]')) as ElementHandle<HTMLInputElement>;
    await box.click();
    await page.waitForFunction(
      () => !document.querySelector('plan-comparison')!.shadowRoot!.querySelector('plan-summary')!.shadowRoot!.querySelector('article[data-plan="randers-2017-2020"]'),
      { timeout: 10000 },
    );
    assert.deepEqual(await cards(), documents.map((d) => d.id).filter((id) => id !== 'randers-2017-2020'));

    // the initiative search: typing narrows the count
    const list = (await inComparison(page, 'plan-initiative-list')) as ElementHandle<HTMLElement>;
    const count = () => list.evaluate((el) => el.shadowRoot!.querySelector('[part="count"]')!.textContent!.replace(/\s+/g, ' ').trim());
    const before = await count();
    const search = (await list.evaluateHandle((el) => el.shadowRoot!.querySelector('input[type="search"]'))) as ElementHandle<HTMLInputElement>;
    await search.type('alkohol');
    await page.waitForFunction((el, was) => el.shadowRoot!.querySelector('[part="count"]')!.textContent!.replace(/\s+/g, ' ').trim() !== was, { timeout: 10000 }, list, before);
    const afterText = await count();
    const [shown, total] = (afterText.match(/\d+/g) ?? []).map(Number);
    const [, totalBefore] = (before.match(/\d+/g) ?? []).map(Number);
    assert.ok(shown! > 0 && shown! < total!, `search narrowed the list: "${before}" → "${afterText}"`);
    assert.equal(total, totalBefore);
    const shownTitles = await list.evaluate((el) => [...el.shadowRoot!.querySelectorAll('article[part="item"]')].length);
    assert.ok(shownTitles > 0);

    const benign = (p: string) => build === 'development' && /Lit is in dev mode/.test(p);
    assert.deepEqual(problems.filter((p) => !benign(p)), [], 'no console errors, warnings or hydration errors');
    assert.deepEqual(await violations(), []);
    await page.close();
  });
}

test('JavaScript on, two plans in English (--plans, --lang en): hydrates; checking a third plan adds its card', { timeout: 120000 }, async () => {
  const { page, problems, violations } = await open({ js: true, width: 375 });
  await goto(page, `${prodCspUrl}subset.html`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await hydrated(page, problems);
  const cards = () =>
    page.evaluate(() =>
      [...document.querySelector('plan-comparison')!.shadowRoot!.querySelector('plan-summary')!.shadowRoot!.querySelectorAll('article[part="card"]')].map((a) => a.getAttribute('data-plan')),
    );
  assert.deepEqual(await cards(), ['randers-2017-2020', 'aabenraa-2022-2024']);
  const box = (await inComparison(page, 'input[type="checkbox"][value="aalborg-2016-2019-status"]')) as ElementHandle<HTMLInputElement>;
  assert.equal(await box.evaluate((b) => b.checked), false);
  await box.click();
  await page.waitForFunction(
    () => !!document.querySelector('plan-comparison')!.shadowRoot!.querySelector('plan-summary')!.shadowRoot!.querySelector('article[data-plan="aalborg-2016-2019-status"]'),
    { timeout: 10000 },
  );
  assert.deepEqual(await cards(), ['randers-2017-2020', 'aabenraa-2022-2024', 'aalborg-2016-2019-status']);
  const heading = await page.evaluate(() => document.querySelector('plan-comparison')!.shadowRoot!.querySelector('header h2')!.textContent);
  assert.equal(heading, 'Compare substance-use plans');
  assert.deepEqual(problems, []);
  assert.deepEqual(await violations(), []);
  await page.close();
});

test('CSP measurement: lit’s inline <style> in declarative shadow roots is blocked by style-src \'self\'; linked sheets are not', { timeout: 120000 }, async (t) => {
  const measure = async (url: string, js: boolean) => {
    const { page, problems, violations } = await open({ js });
    await goto(page, url);
    if (js) await hydrated(page, problems);
    const styled = await page.evaluate(() => {
      const c = document.querySelector('plan-comparison')!;
      return { hostDisplay: getComputedStyle(c).display, fieldsetRadius: getComputedStyle(c.shadowRoot!.querySelector('fieldset')!).borderTopLeftRadius };
    });
    const v = js ? await violations() : [];
    const refused = problems.filter((p) => /Content Security Policy/.test(p)).length;
    await page.close();
    return { ...styled, violations: v.length, refused };
  };
  const inlineUnderCsp = [await measure(`${prodCspUrl}inline.html`, false), await measure(`${prodCspUrl}inline.html`, true)];
  const inlineNoCsp = await measure(`${prodUrl}inline.html`, false);
  const linked = await measure(prodCspUrl, true);
  t.diagnostic(`inline <style> + CSP, JS off: ${JSON.stringify(inlineUnderCsp[0])}`);
  t.diagnostic(`inline <style> + CSP, JS on: ${JSON.stringify(inlineUnderCsp[1])}`);
  t.diagnostic(`inline <style>, no CSP: ${JSON.stringify(inlineNoCsp)}`);
  t.diagnostic(`linked sheets + CSP, JS on: ${JSON.stringify(linked)}`);
  for (const m of inlineUnderCsp) {
    assert.equal(m.hostDisplay, 'inline', 'the :host { display: block } rule did not apply');
    assert.equal(m.fieldsetRadius, '0px');
    assert.equal(m.refused, 7, 'Chromium refuses the <style> of each of the 7 shadow roots');
  }
  assert.equal(inlineUnderCsp[1]!.violations, 7, 'a securitypolicyviolation (style-src-elem) per shadow root');
  assert.deepEqual([inlineNoCsp.hostDisplay, inlineNoCsp.fieldsetRadius], ['block', '6px'], 'without the CSP the same page is styled');
  assert.deepEqual([linked.hostDisplay, linked.fieldsetRadius, linked.violations, linked.refused], ['block', '6px', 0, 0]);
});
