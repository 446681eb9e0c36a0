// Keyboard only, on the example page: Tab from the top of the page through the whole comparison to
// the footer links. Every stop inside the comparison has a visible focus indicator (an outline or
// a box-shadow ring whose colour contrasts at least 3:1 with the background behind it) and an
// accessible name (from the browser's accessibility tree); Tab leaves the element again (no trap).
// Then Enter / Space / arrow keys operate each kind of control, and axe-core finds no violation on
// the example page and on its strict-CSP variant.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, CDPSession, Page } from 'puppeteer-core';
import {
  STRICT_CSP,
  collectLog,
  isBenign,
  launchBrowser,
  newPage,
  requireCdnBuild,
  serveProject,
  sleep,
  waitForComparison,
  type StaticServer,
} from './harness.js';

const MAX_STOPS = 3000;
const MIN_CONTRAST = 3;

interface Ring {
  kind: 'outline' | 'shadow' | 'svg';
  width: number;
  color: string;
}

interface Stop {
  /** Inside plan-comparison (through its shadow roots). */
  inside: boolean;
  /** Host tag of the shadow root the stop is in ('' for the page). */
  host: string;
  tag: string;
  text: string;
  /** The rings of the focus indicator (outline, box-shadow rings, SVG rings). */
  rings: Ring[];
  /** Background colour behind the element. */
  background: string;
  inFooter: boolean;
}

/** Runs in the page: describe the deep active element. */
function describeActive(): Stop | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  if (!a || a === document.body) return null;
  const parentOf = (n: Element): Element | null => n.parentElement ?? (n.parentNode as ShadowRoot | null)?.host ?? null;
  let inside = false;
  for (let n: Element | null = a; n; n = parentOf(n)) if (n.tagName === 'PLAN-COMPARISON') inside = true;
  const cs = getComputedStyle(a);
  // Every ring the indicator draws: the outline, box-shadow rings (spread, no blur), an SVG point's circles.
  const rings: Ring[] = [];
  if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0)
    rings.push({ kind: 'outline', width: parseFloat(cs.outlineWidth), color: cs.outlineColor });
  for (const m of cs.boxShadow.matchAll(/(rgba?\([^)]*\))\s+0px\s+0px\s+0px\s+([\d.]+)px(\s+inset)?/g))
    rings.push({ kind: 'shadow', width: parseFloat(m[2]!), color: m[1]! });
  if (a instanceof SVGElement) {
    for (const r of a.querySelectorAll('.ring')) {
      const rs = getComputedStyle(r);
      if (rs.display !== 'none' && rs.stroke !== 'none' && parseFloat(rs.strokeWidth) > 0)
        rings.push({ kind: 'svg', width: parseFloat(rs.strokeWidth), color: rs.stroke });
    }
  }
  let background = 'rgb(255, 255, 255)';
  for (let n = parentOf(a); n; n = parentOf(n)) {
    const bg = getComputedStyle(n).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(bg)) {
      background = bg;
      break;
    }
  }
  return {
    inside,
    host: ((a.getRootNode() as ShadowRoot).host?.tagName ?? '').toLowerCase(),
    tag: a.tagName.toLowerCase(),
    text: (a.getAttribute('aria-label') ?? a.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40),
    rings,
    background,
    inFooter: !!a.closest?.('footer'),
  };
}

function rgb(color: string): [number, number, number] {
  const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(color);
  if (!m) throw new Error(`not a colour: ${color}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}
function luminance([r, g, b]: [number, number, number]): number {
  const c = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
}
function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** Accessible name and role of the deep active element, from the accessibility tree. */
async function axOfActive(cdp: CDPSession): Promise<{ role: string; name: string }> {
  const { result } = await cdp.send('Runtime.evaluate', {
    expression:
      '(() => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a; })()',
  });
  const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId! });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
    backendNodeId: node.backendNodeId,
    fetchRelatives: false,
  });
  const ax = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId) ?? nodes[0];
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId! });
  return { role: String(ax?.role?.value ?? ''), name: String(ax?.name?.value ?? '').trim() };
}

/** The deep active element's tag, class and a data attribute or two (for the activation checks). */
const activeKey = (page: Page) =>
  page.evaluate(() => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    if (!a) return '';
    const d = ['data-row', 'data-col', 'data-index', 'data-chart', 'data-value']
      .map((k) => a!.getAttribute(k))
      .filter((v) => v !== null);
    return `${((a.getRootNode() as ShadowRoot).host?.tagName ?? '').toLowerCase()}>${a.tagName.toLowerCase()}.${[...a.classList].join('.')}[${d.join(',')}]`;
  });

/** A number that identifies the deep active element (to see that focus moves at all). */
const activeId = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __ids?: WeakMap<Element, number>; __next?: number };
    w.__ids ??= new WeakMap();
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    if (!a) return 0;
    if (!w.__ids.has(a)) w.__ids.set(a, (w.__next = (w.__next ?? 0) + 1));
    return w.__ids.get(a)!;
  });

/** Press Tab until `match` holds for the deep active element (bounded). */
async function tabTo(page: Page, match: (key: string) => boolean, limit = 400): Promise<string> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const key = await activeKey(page);
    if (match(key)) return key;
  }
  throw new Error('stop not reached by Tab');
}

async function runAxe(
  page: Page,
  origin: string,
): Promise<{ violations: { id: string; impact: string; nodes: number; targets: string[] }[]; passes: number }> {
  // As an external script from the page's own origin, so that the strict CSP page allows it.
  await page.addScriptTag({ url: `${origin}/node_modules/axe-core/axe.min.js` });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{
            violations: { id: string; impact: string; nodes: { target: unknown[] }[] }[];
            passes: unknown[];
          }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return {
      violations: r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.length,
        targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
      })),
      passes: r.passes.length,
    };
  });
}

describe('keyboard only: the example page from top to footer', () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    requireCdnBuild();
    server = await serveProject((path): Record<string, string> =>
      path === '/examples/csp.html' ? { 'content-security-policy': STRICT_CSP } : {},
    );
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'every stop in the comparison: visible focus ring (≥ 3:1), accessible name; Tab reaches the footer',
    { timeout: 600000 },
    async () => {
      const page = await newPage(browser);
      const log = collectLog(page);
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(`${server.origin}/examples/index.html`);
      await waitForComparison(page);
      const cdp = await page.createCDPSession();
      await cdp.send('Accessibility.enable');
      await cdp.send('DOM.enable');

      const stops: (Stop & { role: string; name: string; contrast: number })[] = [];
      let reachedFooter = false;
      let lastId = 0;
      let repeats = 0;
      const t0 = Date.now();
      for (let i = 0; i < MAX_STOPS; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(describeActive);
        if (!stop) continue;
        const id = await activeId(page);
        repeats = id === lastId ? repeats + 1 : 0;
        lastId = id;
        assert.ok(repeats < 3, `focus stuck on ${await activeKey(page)}`);
        if (stop.inFooter) {
          reachedFooter = true;
          break;
        }
        if (!stop.inside) continue;
        const ax = await axOfActive(cdp);
        // The indicator counts when one of its rings, at least 2 px wide, contrasts 3:1 with the background behind the element.
        const wide = stop.rings.filter((r) => r.width >= 2 && !/rgba\([^)]*,\s*0\)$/.test(r.color));
        const c = Math.max(0, ...wide.map((r) => contrast(r.color, stop.background)));
        stops.push({ ...stop, ...ax, contrast: Math.round(c * 100) / 100 });
      }
      const seconds = ((Date.now() - t0) / 1000).toFixed(1);

      const byHost = new Map<string, number>();
      for (const s of stops) byHost.set(s.host, (byHost.get(s.host) ?? 0) + 1);
      const noRing = stops.filter((s) => !s.rings.some((r) => r.width >= 2));
      const lowContrast = stops.filter((s) => s.contrast < MIN_CONTRAST);
      const noName = stops.filter((s) => !s.name);
      const contrasts = stops.map((s) => s.contrast).filter((c) => c > 0);
      const show = (xs: typeof stops) =>
        xs
          .slice(0, 8)
          .map(
            (s) =>
              `${s.host}>${s.tag} “${s.text}” (${s.role}, rings ${s.rings.map((r) => `${r.kind} ${r.width}px ${r.color}`).join(' + ')} on ${s.background}: ${s.contrast})`,
          );
      console.log(
        `  ${stops.length} tab stops in the comparison (${[...byHost].map(([h, n]) => `${h} ${n}`).join(', ')}) in ${seconds}s; footer reached: ${reachedFooter}; ` +
          `without ring ${noRing.length}, ring contrast < ${MIN_CONTRAST}: ${lowContrast.length} (min ${Math.min(...contrasts).toFixed(2)}), without name ${noName.length}`,
      );
      assert.ok(stops.length > 30, `${stops.length} stops`);
      for (const tag of [
        'plan-comparison',
        'plan-summary',
        'plan-track-matrix',
        'plan-target-chart',
        'plan-initiative-list',
      ])
        assert.ok(byHost.get(tag), `no tab stop in ${tag}`);
      assert.equal(reachedFooter, true, 'Tab leaves the comparison and reaches the footer links');
      assert.deepEqual(show(noRing), [], 'stops without a visible focus ring');
      assert.deepEqual(show(lowContrast), [], 'focus rings below 3:1');
      assert.deepEqual(show(noName), [], 'stops without an accessible name');
      assert.deepEqual(log.errors, []);
      await page.close();
    },
  );

  it('Enter, Space and arrow keys operate every kind of control', { timeout: 300000 }, async () => {
    const page = await newPage(browser);
    const log = collectLog(page);
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${server.origin}/examples/index.html`);
    await waitForComparison(page);
    const inCmp = (expr: string) =>
      page.evaluate(
        new Function(
          `const root = document.querySelector('plan-comparison').shadowRoot; return (${expr});`,
        ) as () => unknown,
      );
    const done: string[] = [];

    // share panel: Enter opens the disclosure
    await tabTo(page, (k) => k === 'plan-comparison>summary.[]');
    await page.keyboard.press('Enter');
    assert.equal(await inCmp(`root.querySelector('details.share').open`), true, 'Enter opens the share panel');
    await page.keyboard.press('Enter');
    assert.equal(await inCmp(`root.querySelector('details.share').open`), false, 'Enter closes it again');
    done.push('share: Enter opens/closes');

    // picker: Space toggles a checkbox
    await tabTo(page, (k) => k.startsWith('plan-comparison>input'));
    const checked = () => inCmp(`root.querySelectorAll('fieldset[part="picker"] input:checked').length`);
    const before = await checked();
    await page.keyboard.press('Space');
    assert.equal(await checked(), (before as number) - 1, 'Space unpicks a plan');
    await page.keyboard.press('Space');
    assert.equal(await checked(), before, 'Space picks it again');
    done.push('picker: Space toggles');

    // contents: Enter follows the link and moves focus to the section
    await tabTo(page, (k) => k.startsWith('plan-comparison>a'));
    await page.keyboard.press('Enter');
    assert.match(
      await activeKey(page),
      /^plan-comparison>section/,
      'Enter on a contents link moves focus to its section',
    );
    done.push('contents: Enter jumps');

    // matrix: arrows move, Enter selects, Enter clears
    await tabTo(page, (k) => k.startsWith('plan-track-matrix>button.cell-button'));
    const start = await activeKey(page);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const moved = await activeKey(page);
    assert.notEqual(moved, start, 'arrow keys move in the grid');
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const selected = () =>
      inCmp(`!!root.querySelector('plan-track-matrix').shadowRoot.querySelector('section.details')`);
    assert.equal(await selected(), true, 'Enter selects a cell');
    await page.keyboard.press('Space');
    assert.equal(await selected(), false, 'Space on the selected cell clears it');
    done.push('matrix: arrows, Home/End, Enter, Space');

    // chart: a point's tooltip on focus, arrows move between points
    await tabTo(page, (k) => k.startsWith('plan-target-chart>g.point'));
    const tip = () =>
      inCmp(`!!root.querySelector('plan-target-chart').shadowRoot.querySelector('g.tooltip[role="tooltip"]')`);
    assert.equal(await tip(), true, 'focus on a point shows its tooltip');
    const p0 = await activeKey(page);
    await page.keyboard.press('ArrowRight');
    assert.notEqual(await activeKey(page), p0, 'ArrowRight moves to the next point');
    assert.equal(await tip(), true);
    await page.keyboard.press('Escape');
    done.push('chart: focus tooltip, arrows, Escape');

    // chart: the table toggle with Enter and Space
    await page.keyboard.down('Shift');
    const toggleKey = await tabTo(page, (k) => k.startsWith('plan-target-chart>button.toggle'), 50);
    await page.keyboard.up('Shift');
    assert.ok(toggleKey);
    const pressed = () =>
      inCmp(
        `root.querySelector('plan-target-chart').shadowRoot.querySelector('button.toggle').getAttribute('aria-pressed')`,
      );
    await page.keyboard.press('Enter');
    assert.equal(await pressed(), 'true', 'Enter shows the table');
    await page.keyboard.press('Space');
    assert.equal(await pressed(), 'false', 'Space shows the chart again');
    done.push('chart: table toggle Enter/Space');

    // chart download menu: Enter opens, Escape closes and returns focus
    await page.keyboard.down('Shift');
    await tabTo(page, (k) => k.startsWith('plan-target-chart>summary'), 20);
    await page.keyboard.up('Shift');
    await page.keyboard.press('Enter');
    assert.equal(
      await inCmp(`root.querySelector('plan-target-chart').shadowRoot.querySelector('details.downloads').open`),
      true,
      'Enter opens the download menu',
    );
    await page.keyboard.press('Escape');
    assert.equal(
      await inCmp(`root.querySelector('plan-target-chart').shadowRoot.querySelector('details.downloads').open`),
      false,
      'Escape closes it',
    );
    assert.match(await activeKey(page), /^plan-target-chart>summary/, 'focus back on the menu button');
    done.push('downloads: Enter, Escape');

    // initiative list: type a search, Space on a facet, Enter on a citation
    await tabTo(page, (k) => k.startsWith('plan-initiative-list>input'));
    const count = () =>
      inCmp(`root.querySelector('plan-initiative-list').shadowRoot.querySelector('p.count').textContent`);
    const all = await count();
    await page.keyboard.type('aeldre');
    await page.waitForFunction(
      (t: unknown) =>
        document
          .querySelector('plan-comparison')!
          .shadowRoot!.querySelector('plan-initiative-list')!
          .shadowRoot!.querySelector('p.count')!.textContent !== t,
      {},
      all,
    );
    const found = await count();
    for (let i = 0; i < 6; i++) await page.keyboard.press('Backspace');
    await page.waitForFunction(
      (t: unknown) =>
        document
          .querySelector('plan-comparison')!
          .shadowRoot!.querySelector('plan-initiative-list')!
          .shadowRoot!.querySelector('p.count')!.textContent === t,
      {},
      all,
    );
    done.push(`search: typed (${String(found).trim()})`);
    await tabTo(page, (k) => k.startsWith('plan-initiative-list>input') && !k.includes('search'));
    await page.keyboard.press('Space');
    await page.waitForFunction(
      (t: unknown) =>
        document
          .querySelector('plan-comparison')!
          .shadowRoot!.querySelector('plan-initiative-list')!
          .shadowRoot!.querySelector('p.count')!.textContent !== t,
      {},
      all,
    );
    await page.keyboard.press('Space');
    done.push('facet: Space filters and unfilters');
    await tabTo(page, (k) => /^plan-initiative-list>summary/.test(k) && !k.includes('downloads'), 200);
    const openBefore = await inCmp(
      `root.querySelector('plan-initiative-list').shadowRoot.querySelectorAll('details[open]').length`,
    );
    await page.keyboard.press('Enter');
    const openAfter = await inCmp(
      `root.querySelector('plan-initiative-list').shadowRoot.querySelectorAll('details[open]').length`,
    );
    assert.notEqual(openAfter, openBefore, 'Enter opens a disclosure in the list');
    done.push('list: Enter opens a disclosure');

    console.log(`  keyboard activation: ${done.length} controls — ${done.join('; ')}`);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  for (const path of ['/examples/index.html', '/examples/csp.html']) {
    it(`axe: no violations on ${path}`, { timeout: 180000 }, async () => {
      const page = await newPage(browser);
      const log = collectLog(page);
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(`${server.origin}${path}`);
      await waitForComparison(page);
      await sleep(300);
      const r = await runAxe(page, server.origin);
      console.log(
        `  axe ${path}: ${r.violations.length} violations${r.violations.length ? ': ' + r.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes}× e.g. ${v.targets[0]})`).join('; ') : ''}`,
      );
      assert.deepEqual(r.violations, []);
      if (path.includes('csp')) {
        const v = await page.evaluate(
          () => (window as unknown as { __planCspViolations: unknown[] }).__planCspViolations,
        );
        assert.deepEqual(v, [], 'axe itself ran without a CSP violation');
      }
      assert.deepEqual(
        log.consoleErrors.filter((m) => !isBenign(m)),
        [],
      );
      await page.close();
    });
  }
});
