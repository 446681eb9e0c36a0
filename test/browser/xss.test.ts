// XSS and hostile content: plans that pass validation but carry markup, script URLs, CSS breakouts, bidi
// controls and a 100 KB unbroken string in every free-text field reach every element as text only.
// After rendering and a little interaction: no script ran, no payload element exists in any shadow root,
// every link is http(s) or an in-page anchor, and nothing is wider than its container.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/elements/plan-comparison/define.js';
import '../../src/elements/plan-summary/define.js';
import '../../src/elements/plan-track-matrix/define.js';
import '../../src/elements/plan-target-chart/define.js';
import '../../src/elements/plan-initiative-list/define.js';
import '../../src/elements/plan-differences/define.js';
import '../../src/elements/plan-evolution/define.js';
import '../../src/elements/plan-figures/define.js';
import '../../src/elements/plan-theme-compare/define.js';
import { validateCollection, validatePlan } from '../../src/schema/validate.js';
import { toPointer } from '../../src/schema/issues.js';
import { minimalPlan } from '../fixtures/minimal-plan.js';
import { bundledCollection } from '../../src/data/bundled.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

// The virtual list's ResizeObserver reports a benign "loop completed with undelivered notifications" (lit/lit#3154).
setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

const HUGE = 'Ø'.repeat(100 * 1024); // 100 KB (in characters) without a single break opportunity
const LONG_NAME = 'Æ'.repeat(2 * 1024);
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  'javascript:window.__xss=1',
  'data:text/html,<script>window.__xss=1</script>',
  '</style><style>*{display:none}</style>',
  '"><svg onload=window.__xss=1>',
  '\u202Eevil\u202C \u2066iso\u2069 \u2067rtl\u2069 \u2068fsi\u2069 \u202Eunterminated',
] as const;

/** Keys whose strings have a format the schema checks (ids, enums, codes, dates, file names): left as they are. */
const FORMATTED = new Set([
  'id',
  'trackId',
  'initiativeId',
  'planId',
  'comparableKey',
  'targetGroupIds',
  'themes',
  'kind',
  'status',
  'unit',
  'scope',
  'direction',
  'type',
  'language',
  'schemaVersion',
  'code',
  'date',
  'file',
  // schema 1.1
  'qualifier',
  'country',
  'municipalityCode',
  'statisticId',
  // schema 1.2
  'sameAs',
  'holds',
]);

/** Free-text fields that get the 100 KB string (the first time each is met in a plan), so every element shows one. */
const HUGE_AT = new Set([
  'title',
  'tracks.label',
  'initiatives.title',
  'initiatives.description',
  'indicators.label',
  'statistics.label',
  'rows.label',
  'visions.text',
  'targetGroups.label',
  'legalBasis.law',
  'flags.message',
  'relations.title',
  'partners',
]);

/** Put a payload into every free-text string of a plan (keys of breakdown records too). Returns the count. */
function poison(plan: Record<string, any>): number {
  let n = 0;
  const hugeDone = new Set<string>();
  const text = (value: string, key: string, parentKey: string): string => {
    const where = `${parentKey}.${key}`;
    // A municipality name gets 2 KB here; the 100 KB name has its own test below.
    if (where === 'municipalities.name') {
      n++;
      return `${value} ${LONG_NAME}`;
    }
    if (!hugeDone.has(where) && (HUGE_AT.has(where) || (HUGE_AT.has(key) && parentKey === ''))) {
      hugeDone.add(where);
      n++;
      return `${value} ${HUGE}`;
    }
    const payload = PAYLOADS[n++ % PAYLOADS.length]!;
    // A quote has at most 400 characters; the rest take the original text plus the payload.
    return key === 'quote'
      ? `${value} ${payload}`.slice(0, 400)
      : n % 2
        ? `${value} ${payload}`
        : `${payload} ${value}`;
  };
  const walk = (node: any, parentKey: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        if (typeof child === 'string') {
          if (!FORMATTED.has(parentKey)) node[i] = text(child, parentKey, '');
        } else walk(child, parentKey);
      });
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      const v = node[key];
      if (key === 'breakdown') {
        // record: hostile keys and values
        node[key] = Object.fromEntries(
          Object.entries(v as Record<string, string>).map(([k, val], i) => [
            `${k} ${PAYLOADS[i % PAYLOADS.length]}`,
            text(val, 'breakdown', parentKey),
          ]),
        );
      } else if (key === 'url') {
        // httpUrl accepts any non-space after http(s)://: markup without spaces is still a valid URL.
        node[key] = 'https://example.org/"><svg/onload=window.__xss=1><img/src=x/onerror=window.__xss=1>';
        n++;
      } else if (typeof v === 'string') {
        if (!FORMATTED.has(key) && key !== '$schema') node[key] = text(v, key, parentKey);
      } else walk(v, key);
    }
  };
  walk(plan, '');
  return n;
}

/** Three hostile plans: the fixture, a later edition of it (so differences and evolution have a pair), and Randers. */
function hostilePlans(): { plans: Record<string, any>[]; poisoned: number } {
  const a = minimalPlan();
  a.source.url = 'https://example.org/plan.pdf';
  const b = minimalPlan();
  b.id = 'testby-2024-2027';
  b.period = { start: 2024, end: 2027 };
  b.relations = [
    {
      type: 'supersedes',
      planId: 'testby-2020-2023',
      title: 'Rusmiddelplan for Testby 2020-2023',
      provenance: { section: 'Indledning', quote: 'afløser planen for 2020-2023' },
    },
  ];
  b.tracks.push({
    id: 'efterbehandling',
    label: '3. Efterbehandling',
    themes: ['aftercare-recovery'],
    provenance: { section: 'Spor 3', quote: 'Efterbehandling efter endt behandling' },
  });
  b.initiatives.push({
    id: 'netvaerk',
    title: 'Netværksgrupper',
    description: 'Grupper efter behandling',
    trackId: 'efterbehandling',
    status: 'planned',
    partners: ['Frivillige', 'Jobcenter'],
    themes: ['aftercare-recovery'],
    provenance: { section: 'Spor 3', quote: 'netværksgrupper for borgere efter behandling' },
  });
  b.indicators[0].values.push({
    year: 2025,
    kind: 'actual',
    value: 47,
    note: 'foreløbigt tal',
    provenance: { section: 'Status', quote: 'I 2025 var effekten 47 %' },
  });
  const c = structuredClone(bundledCollection().plans.find((p) => p.id === 'randers-2017-2020')) as Record<string, any>;
  c.source.url = 'http://example.org/randers.pdf';
  let poisoned = 0;
  for (const p of [a, b, c]) poisoned += poison(p);
  return { plans: [a, b, c], poisoned };
}

/** Every shadow root under (and including) an element, through nested elements. */
function shadowRoots(root: Element): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (node: Element | ShadowRoot) => {
    if (node instanceof Element && node.shadowRoot) {
      out.push(node.shadowRoot);
      visit(node.shadowRoot);
    }
    for (const child of node.querySelectorAll('*'))
      if (child.shadowRoot) {
        out.push(child.shadowRoot);
        visit(child.shadowRoot);
      }
  };
  visit(root);
  return [...new Set(out)];
}

const all = (el: Element, sel: string) => shadowRoots(el).flatMap((r) => [...r.querySelectorAll<HTMLElement>(sel)]);
const deepText = (el: Element) =>
  shadowRoots(el)
    .map((r) => r.textContent ?? '')
    .join('\n');

/** A little interaction, as a reader would: open details, type a search, focus and hover chart points, click a matrix cell, tick a facet. */
async function interact(el: HTMLElement): Promise<void> {
  for (const d of all(el, 'details')) (d as HTMLDetailsElement).open = true;
  for (const s of all(el, 'input[type="search"]')) {
    s.focus();
    // A few real keystrokes, then the whole payload at once (each keystroke re-filters every list).
    await sendKeys({ type: '<b>' });
    (s as HTMLInputElement).value = '<img src=x onerror=window.__xss=1>';
    s.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 50));
    (s as HTMLInputElement).value = 'Ø';
    s.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  const cell = all(el, 'td.level-initiatives[data-plan] button, td[data-plan] button')[0];
  if (cell) cell.click();
  const facet = all(el, 'fieldset[data-facet] input[type="checkbox"]')[0];
  if (facet) facet.click();
  for (const b of all(el, 'button[aria-expanded="false"]').slice(0, 6)) b.click();
  await new Promise((r) => setTimeout(r, 50));
  const points = all(el, 'svg[part="chart"] g.point');
  for (const p of points.slice(0, 3)) {
    p.focus();
    const r = p.getBoundingClientRect();
    if (r.width > 0)
      await sendMouse({ type: 'move', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
  }
  await resetMouse();
  for (const t of all(el, 'button[part="toggle"]').slice(0, 2)) t.click();
  await new Promise((r) => setTimeout(r, 200)); // an <img onerror> would have fired by now
}

function assertNoPayloadMarkup(el: HTMLElement): void {
  const roots = shadowRoots(el);
  expect(roots.length, 'shadow roots').to.be.greaterThan(0);
  expect(window.__xss, 'a payload script ran').to.equal(undefined);
  expect(all(el, 'script').length, '<script> in a shadow root').to.equal(0);
  expect(all(el, 'img').length, '<img> in a shadow root').to.equal(0);
  expect(all(el, 'iframe, object, embed').length).to.equal(0);
  for (const style of all(el, 'style')) expect(style.textContent).not.to.contain('display:none');
  for (const node of all(el, '*')) {
    for (const attr of node.getAttributeNames()) {
      expect(attr.startsWith('on'), `inline handler ${attr} on <${node.localName}>`).to.equal(false);
      if (['href', 'src', 'xlink:href', 'action', 'formaction', 'srcdoc'].includes(attr)) {
        const value = node.getAttribute(attr)!;
        expect(value, `<${node.localName} ${attr}>`).to.match(/^(https?:\/\/|#|blob:)/i);
      }
    }
  }
  for (const a of all(el, 'a[href]')) {
    const href = a.getAttribute('href')!;
    const ok = href.startsWith('#') || ['http:', 'https:'].includes(new URL(href, document.baseURI).protocol);
    expect(ok, `link ${href}`).to.equal(true);
  }
}

/** Nothing the 100 KB string sits in is wider than the element's container; the page does not scroll sideways. */
function assertLayoutHolds(el: HTMLElement, container: HTMLElement): void {
  const { width: limit, left } = container.getBoundingClientRect();
  const markers = [HUGE.slice(0, 64), LONG_NAME.slice(0, 64)];
  const tooWide: string[] = [];
  for (const root of shadowRoots(el)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!markers.some((m) => n.textContent!.includes(m))) continue;
      const parent = n.parentElement!;
      // The text itself (a block's box stays narrow while an unbreakable word spills out of it), or the box
      // that clips it (a visually hidden label is 1 px with overflow hidden: it takes no room).
      const clip = clippingAncestor(parent, el);
      const range = document.createRange();
      range.selectNodeContents(n);
      const box = clip ? clip.getBoundingClientRect() : range.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not displayed (closed details, hidden SVG text)
      // Inside a box that scrolls sideways (the theme view's strip of columns) text may lie beyond the right
      // edge, reached by scrolling that box; it must still not be wider than the container itself.
      const inScroller = !clip && scrollingAncestor(parent, el);
      if (box.width > limit + 1 || (!clip && !inScroller && box.right > left + limit + 1))
        tooWide.push(`<${(root.host as Element).localName}> ${describeNode(parent)}: ${Math.round(box.width)} px`);
    }
  }
  expect(tooWide, `elements with the 100 KB string wider than the ${Math.round(limit)} px container`).to.deep.equal([]);
  expect(el.getBoundingClientRect().width, `${el.localName} width`).to.be.at.most(limit + 1);
  expect(document.documentElement.scrollWidth, 'page scrolls sideways').to.be.at.most(window.innerWidth + 1);
}

/** Whether an ancestor (up to the element) scrolls sideways (overflow-x auto or scroll). */
function scrollingAncestor(node: Element, stop: Element): boolean {
  for (
    let cur: Element | null = node;
    cur && cur !== stop;
    cur = cur.parentElement ?? (cur.getRootNode() as ShadowRoot).host ?? null
  )
    if (['auto', 'scroll'].includes(getComputedStyle(cur).overflowX)) return true;
  return false;
}

/** The nearest ancestor (up to the element) whose overflow is hidden or clipped: what it holds takes only its box. */
function clippingAncestor(node: Element, stop: Element): Element | null {
  for (
    let cur: Element | null = node;
    cur && cur !== stop;
    cur = cur.parentElement ?? (cur.getRootNode() as ShadowRoot).host ?? null
  ) {
    const s = getComputedStyle(cur);
    if (['hidden', 'clip'].includes(s.overflowX)) return cur;
  }
  return null;
}

function describeNode(node: Element): string {
  const path: string[] = [];
  for (let cur: Element | null = node; cur && path.length < 4; cur = cur.parentElement) {
    path.unshift(
      `${cur.localName}${cur.getAttribute('part') ? `[part=${cur.getAttribute('part')}]` : ''}${cur.classList.length ? '.' + [...cur.classList].join('.') : ''}`,
    );
  }
  return path.join(' > ');
}

const TAGS = [
  'plan-comparison',
  'plan-summary',
  'plan-track-matrix',
  'plan-target-chart',
  'plan-initiative-list',
  'plan-differences',
  'plan-evolution',
  'plan-figures',
  'plan-theme-compare',
] as const;

describe('hostile plans', () => {
  let hostile: ReturnType<typeof hostilePlans>;
  before(() => {
    hostile = hostilePlans();
  });
  beforeEach(() => {
    delete window.__xss;
  });

  it('the hostile plans are still valid plans (the payloads reach the elements, not the rejected list)', () => {
    expect(hostile.poisoned).to.be.greaterThan(500);
    const { plans, rejected } = validateCollection(hostile.plans);
    expect(rejected.map((r) => r.issues.map((i) => `${toPointer(i.path)}: ${i.message}`))).to.deep.equal([]);
    expect(plans.length).to.equal(3);
    expect(JSON.stringify(hostile.plans).includes(PAYLOADS[1]), 'payloads in the plans').to.equal(true);
  });

  for (const tag of TAGS) {
    it(`<${tag}>: payloads are shown as text; no script, no payload element, only http(s) links; layout holds`, async function () {
      this.timeout(60000); // 100 KB strings: the comparison redraws its chart on every change
      const container = await fixture<HTMLDivElement>(html`<div style="width: 760px; max-width: 100%"></div>`);
      const el = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
      el.data = hostile.plans;
      if (tag === 'plan-target-chart') el.setAttribute('indicator', 'treatment-effect-drugs');
      container.append(el);
      await el.updateComplete;
      await waitUntil(
        () =>
          el.shadowRoot &&
          !el.shadowRoot.querySelector('[data-state="loading"]') &&
          el.shadowRoot.childElementCount > 0,
        `${tag} did not render`,
        { timeout: 10000 },
      );
      // a comparison renders its parts one frame later
      await new Promise((r) => setTimeout(r, 300));
      expect(el.shadowRoot!.querySelector('[data-state="error"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="rejected"]'), 'hostile plans were rejected').to.equal(null);
      await interact(el);
      assertNoPayloadMarkup(el);
      // The payload really is in the DOM, as text.
      const text = deepText(el);
      const shown = [...PAYLOADS.map((p) => p.slice(0, 20)), HUGE.slice(0, 64), LONG_NAME.slice(0, 64)].filter((p) =>
        text.includes(p),
      );
      expect(shown.length, 'hostile plan text shown as text').to.be.greaterThan(0);
      expect(
        text.includes(HUGE.slice(0, 64)) || text.includes(LONG_NAME.slice(0, 64)),
        'a long unbroken string shown',
      ).to.equal(true);
      assertLayoutHolds(el, container);
    });
  }
});

describe('the detectors themselves', () => {
  it('catch a payload that does become markup (control: innerHTML into a shadow root)', async () => {
    delete window.__xss;
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `${PAYLOADS[0]}<a href="javascript:void 0">x</a>`; // what the elements must never do
    await waitUntil(() => window.__xss === 1, 'the control payload did not run', { timeout: 2000 });
    expect(() => assertNoPayloadMarkup(host)).to.throw();
    window.__xss = undefined;
    root.querySelector('img')!.remove();
    expect(() => assertNoPayloadMarkup(host), 'a javascript: link').to.throw(/link|href/);
    delete window.__xss;
  });
});

describe('a 100 KB municipality name', () => {
  // plan-target-chart truncates series labels by binary search; removing one character at a time was quadratic
  // in the name's length (minutes at 100 KB, on every render).
  it('does not stall plan-target-chart', async () => {
    const plan = minimalPlan();
    plan.municipalities[0].name += ` ${HUGE}`;
    const t0 = performance.now();
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<plan-target-chart indicator="treatment-effect-drugs" .data=${[plan]}></plan-target-chart>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('svg[part="chart"] g.point'), 'chart drawn', { timeout: 15000 });
    el.shadowRoot!.querySelector<SVGGElement>('svg[part="chart"] g.point')!.focus();
    await el.updateComplete;
    expect(performance.now() - t0).to.be.below(2000);
  });
});

describe('script URLs in URL fields', () => {
  for (const url of [
    'javascript:window.__xss=1',
    'data:text/html,<script>window.__xss=1</script>',
    'JaVaScRiPt:window.__xss=1',
    ' https://example.org',
    'https://exa mple.org',
    'vbscript:msgbox(1)',
    '//example.org/x',
  ]) {
    it(`source.url "${url}" is rejected by the validator at /source/url`, () => {
      const plan = minimalPlan();
      plan.source.url = url;
      const r = validatePlan(plan);
      expect(r.ok).to.equal(false);
      if (r.ok) return;
      expect(r.issues.map((i) => toPointer(i.path))).to.deep.equal(['/source/url']);
      expect(r.issues[0]!.message).to.match(/http\(s\) URL/);
    });
  }

  it('an element given such a plan lists it as rejected, shows the URL as text only, and makes no link of it', async () => {
    delete window.__xss;
    const plan = minimalPlan();
    plan.id = 'script-url-plan';
    plan.source.url = 'javascript:window.__xss=1';
    const el = await fixture<HTMLElement & { data: unknown }>(
      html`<plan-summary .data=${[minimalPlan(), plan]}></plan-summary>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="rejected"]'), 'rejected panel');
    const rejected = el.shadowRoot!.querySelector('[part="rejected"]')!;
    expect(rejected.textContent).to.contain('script-url-plan');
    expect(rejected.textContent).to.contain('/source/url');
    expect(rejected.textContent).to.contain('javascript:window.__xss=1');
    expect(all(el, 'a').length).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('article').length).to.equal(1);
    expect(window.__xss).to.equal(undefined);
  });
});
