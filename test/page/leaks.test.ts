// Mount and unmount a full <plan-comparison permalink> (the seed plans, every section) 100 times,
// with a few interactions in each cycle (a matrix cell, a chart tooltip, a search), and check that
// nothing is left behind: JS heap after a forced GC, listeners on window and document, live
// ResizeObservers, and live element instances.
//
// Bounds: heap after 100 cycles at most 2 MB above the heap after 5 warm-up cycles; window and
// document listener counts equal to the baseline before the first mount; no observed element and no
// element instance left alive once the last comparison is gone.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, CDPSession, Page } from 'puppeteer-core';
import {
  collectLog,
  newPage,
  isBenign,
  launchBrowser,
  requireCdnBuild,
  serveProject,
  type StaticServer,
} from './harness.js';

const WARM_UP = 5;
const CYCLES = 100;
const HEAP_BOUND = 2 * 1024 * 1024;

const PAGE = `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <title>mount / unmount</title>
    <script type="module" src="/dist/cdn/plan-compare.js"></script>
  </head>
  <body>
    <main id="host"></main>
  </body>
</html>`;

interface Probe {
  /** Live listeners by target ('window' | 'document'), counted by a wrapped addEventListener. */
  listeners: Record<string, number>;
  /** Elements currently observed by some ResizeObserver. */
  observed: number;
}

/** Installed before any page script: counts window/document listeners and ResizeObserver targets. */
function installProbe(): void {
  const keys = { window: new Set<string>(), document: new Set<string>() };
  const ids = new WeakMap<object, number>();
  let next = 0;
  const id = (o: object) => (ids.has(o) ? ids.get(o)! : (ids.set(o, ++next), next));
  const which = (t: EventTarget) => (t === window ? keys.window : t === document ? keys.document : undefined);
  const key = (type: string, l: unknown, o: unknown) =>
    `${type}|${(l && typeof l === 'object') || typeof l === 'function' ? id(l as object) : 0}|${typeof o === 'boolean' ? o : !!(o as { capture?: boolean } | undefined)?.capture}`;
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    l: EventListenerOrEventListenerObject | null,
    o?: boolean | AddEventListenerOptions,
  ) {
    const set = which(this);
    // `once` listeners remove themselves; count them only while the probe can see them go.
    if (set && l && !(typeof o === 'object' && (o.once || o.signal))) set.add(key(type, l, o));
    return add.call(this, type, l, o);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    l: EventListenerOrEventListenerObject | null,
    o?: boolean | EventListenerOptions,
  ) {
    which(this)?.delete(key(type, l, o));
    return remove.call(this, type, l, o);
  };
  const targets = new Map<ResizeObserver, Set<Element>>();
  const RO = window.ResizeObserver;
  window.ResizeObserver = class extends RO {
    override observe(t: Element, o?: ResizeObserverOptions) {
      if (!targets.has(this)) targets.set(this, new Set());
      targets.get(this)!.add(t);
      super.observe(t, o);
    }
    override unobserve(t: Element) {
      targets.get(this)?.delete(t);
      super.unobserve(t);
    }
    override disconnect() {
      targets.delete(this);
      super.disconnect();
    }
  };
  (window as unknown as { __probe(): Probe }).__probe = () => ({
    listeners: { window: keys.window.size, document: keys.document.size },
    // Only elements still in a document count as kept alive by the page (the virtualizer observes its own children too).
    observed: [...targets.values()].reduce(
      (n, s) => n + [...s].filter((e) => e.isConnected || e.getRootNode() !== e).length,
      0,
    ),
  });
}

/** One cycle: mount, wait for every section, interact, unmount. Runs in the page. */
async function cycle(interact: boolean): Promise<number> {
  const t0 = performance.now();
  const host = document.getElementById('host')!;
  const el = document.createElement('plan-comparison');
  el.setAttribute('permalink', '');
  host.append(el);
  const deadline = performance.now() + 15000;
  const ready = () => {
    const root = el.shadowRoot;
    const sections = root ? [...root.querySelectorAll('section[data-section] > :not(h1, h2, h3, h4, h5, h6)')] : [];
    return (
      sections.length >= 4 &&
      sections.every(
        (c) =>
          c.shadowRoot && c.shadowRoot.childElementCount > 0 && !c.shadowRoot.querySelector('[data-state="loading"]'),
      )
    );
  };
  while (!ready()) {
    if (performance.now() > deadline) throw new Error('comparison did not render');
    await new Promise((r) => requestAnimationFrame(r));
  }
  if (interact) {
    const root = el.shadowRoot!;
    const matrix = root.querySelector('plan-track-matrix')!.shadowRoot!;
    matrix.querySelector<HTMLButtonElement>('td[data-level="initiatives"] > button')?.click();
    const chart = root.querySelector('plan-target-chart')!.shadowRoot!;
    chart.querySelector<SVGGElement>('g.point[tabindex="0"]')?.focus();
    const list = root.querySelector('plan-initiative-list')!.shadowRoot!;
    const search = list.querySelector<HTMLInputElement>('input#search');
    if (search) {
      search.value = 'alkohol';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    root.querySelector<HTMLElement>('details.share > summary')?.click();
    await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(r));
  }
  el.remove();
  await new Promise((r) => requestAnimationFrame(r));
  return performance.now() - t0;
}

async function heap(cdp: CDPSession): Promise<number> {
  // Several collections: the first ones may only free what finalisers released.
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function cdpListeners(page: Page, cdp: CDPSession): Promise<{ window: number; document: number }> {
  const count = async (expression: string) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    return listeners.length;
  };
  void page;
  return { window: await count('window'), document: await count('document') };
}

/** Live instances of the element classes (after GC), through the DevTools object query. */
async function liveInstances(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const tag of ['plan-comparison', 'plan-target-chart', 'plan-initiative-list', 'plan-track-matrix']) {
    const proto = await page.evaluateHandle((t: string) => customElements.get(t)!.prototype, tag);
    const objects = await page.queryObjects(proto);
    out[tag] = await page.evaluate((xs: unknown[]) => xs.length, objects);
    await objects.dispose();
    await proto.dispose();
  }
  return out;
}

describe(`leaks: ${CYCLES} mount/unmount cycles of the full comparison`, () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    requireCdnBuild();
    server = await serveProject(undefined, (url) =>
      url.pathname === '/examples/leak.html' ? { body: PAGE } : undefined,
    );
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it(`heap, listeners, observers and instances return to baseline`, { timeout: 420000 }, async () => {
    const page = await newPage(browser);
    const log = collectLog(page);
    await page.evaluateOnNewDocument(installProbe);
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${server.origin}/examples/leak.html`);
    await page.waitForFunction(() => customElements.get('plan-comparison') !== undefined);
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.enable');
    const probe = () => page.evaluate(() => (window as unknown as { __probe(): Probe }).__probe());

    const baseline = { probe: await probe(), cdp: await cdpListeners(page, cdp) };
    const times: number[] = [];
    for (let i = 0; i < WARM_UP; i++) times.push(await page.evaluate(cycle, true));
    const warm = { probe: await probe(), cdp: await cdpListeners(page, cdp), heap: await heap(cdp) };

    // A mounted comparison does hold listeners and observers (the probe sees them).
    await page.evaluate(() => {
      const el = document.createElement('plan-comparison');
      el.setAttribute('permalink', '');
      el.id = 'probe-mounted';
      document.getElementById('host')!.append(el);
    });
    await page.waitForFunction(
      () =>
        !!document
          .getElementById('probe-mounted')
          ?.shadowRoot?.querySelector('plan-initiative-list')
          ?.shadowRoot?.querySelector('input#search'),
    );
    const mounted = { probe: await probe(), cdp: await cdpListeners(page, cdp) };
    await page.evaluate(() => document.getElementById('probe-mounted')!.remove());

    for (let i = 0; i < CYCLES; i++) times.push(await page.evaluate(cycle, i % 2 === 0));
    const end = { probe: await probe(), cdp: await cdpListeners(page, cdp), heap: await heap(cdp) };
    const instances = await liveInstances(page);

    const mb = (b: number) => (b / 1024 / 1024).toFixed(2);
    const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    console.log(
      `  ${CYCLES} cycles (median ${median.toFixed(0)} ms): heap ${mb(warm.heap)} MB after ${WARM_UP} warm-up → ${mb(end.heap)} MB (Δ ${mb(end.heap - warm.heap)} MB, bound ${mb(HEAP_BOUND)} MB)`,
    );
    console.log(
      `  listeners window/document — baseline ${baseline.probe.listeners['window']}/${baseline.probe.listeners['document']} (CDP ${baseline.cdp.window}/${baseline.cdp.document}), ` +
        `mounted ${mounted.probe.listeners['window']}/${mounted.probe.listeners['document']} (CDP ${mounted.cdp.window}/${mounted.cdp.document}), ` +
        `after warm-up ${warm.probe.listeners['window']}/${warm.probe.listeners['document']}, after ${CYCLES} ${end.probe.listeners['window']}/${end.probe.listeners['document']} (CDP ${end.cdp.window}/${end.cdp.document})`,
    );
    console.log(
      `  observed elements: mounted ${mounted.probe.observed}, after ${end.probe.observed}; live instances after GC: ${JSON.stringify(instances)}`,
    );

    // The probe works: a mounted permalink comparison has its popstate listener and its observers.
    assert.ok(
      mounted.probe.listeners['window']! > baseline.probe.listeners['window']!,
      'the probe sees the comparison’s window listener',
    );
    assert.ok(mounted.probe.observed > 0, 'the probe sees the observers');
    assert.deepEqual(
      end.probe.listeners,
      baseline.probe.listeners,
      'window/document listeners (wrapped addEventListener)',
    );
    assert.deepEqual(end.cdp, baseline.cdp, 'window/document listeners (DevTools)');
    assert.equal(end.probe.observed, 0, 'elements still observed by a ResizeObserver');
    assert.deepEqual(
      instances,
      { 'plan-comparison': 0, 'plan-target-chart': 0, 'plan-initiative-list': 0, 'plan-track-matrix': 0 },
      'element instances alive after GC',
    );
    assert.ok(end.heap - warm.heap < HEAP_BOUND, `heap grew by ${mb(end.heap - warm.heap)} MB`);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(
      log.consoleErrors.filter((m) => !isBenign(m)),
      [],
    );
    await page.close();
  });
});
