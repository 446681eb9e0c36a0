// The headings of every element as a screen reader's heading list shows them: read across shadow roots in
// document order, at heading-level 2 (the default) and 3 (an element under a host page's h2).
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
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

interface Heading {
  level: number;
  text: string;
  el: Element;
}

/** Headings and the text between them, in document order across shadow roots (the flat tree: no slots here). */
function readOutline(root: Element): { headings: Heading[]; between: string[] } {
  const headings: Heading[] = [];
  const between: string[] = [''];
  const visit = (node: Node, inHeading: boolean): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!inHeading) between[between.length - 1] += node.textContent ?? '';
      return;
    }
    if (!(node instanceof Element) || node.localName === 'style' || node.localName === 'template') return;
    const level = /^h[1-6]$/.test(node.localName)
      ? Number(node.localName[1])
      : node.getAttribute('role') === 'heading'
        ? Number(node.getAttribute('aria-level'))
        : 0;
    if (level) {
      headings.push({ level, text: (node.textContent ?? '').replace(/\s+/g, ' ').trim(), el: node });
      between.push('');
    }
    for (const child of (node.shadowRoot ?? node).childNodes) visit(child, inHeading || level > 0);
  };
  visit(root, false);
  return { headings, between };
}

/** What is wrong with the outline of an element whose top headings should be at `start`; [] when nothing. */
function outlineProblems(root: Element, start: number): string[] {
  const { headings, between } = readOutline(root);
  const name = (h: Heading) => `h${h.level} "${h.text.slice(0, 60)}"`;
  const problems: string[] = [];
  if (headings.length === 0) return ['no heading'];
  if (headings[0]!.level !== start) problems.push(`starts at ${name(headings[0]!)}, not at level ${start}`);
  headings.forEach((h, i) => {
    if (h.level < start) problems.push(`${name(h)} above the element's level ${start}`);
    const prev = headings[i - 1];
    if (!prev) return;
    if (h.level > prev.level + 1) problems.push(`${name(prev)} → ${name(h)} skips a level`);
    // A heading followed, with nothing between, by one of the same or a higher level heads nothing:
    // a duplicate pair ("Forskelle" / "Hvad er forskelligt?").
    if (h.level <= prev.level && between[i]!.trim() === '')
      problems.push(`${name(prev)} heads nothing before ${name(h)}`);
  });
  // A section (or card, figure) named by its heading holds only deeper headings: the plan titles under
  // "Planerne" are not its equals.
  for (const h of headings) {
    const id = h.el.id;
    if (!id) continue;
    const scope = (h.el.getRootNode() as ShadowRoot | Document).querySelector(`[aria-labelledby~="${CSS.escape(id)}"]`);
    if (!scope || !scope.contains(h.el)) continue;
    for (const inner of readOutline(scope).headings)
      if (inner.el !== h.el && inner.level <= h.level)
        problems.push(`${name(inner)} inside the part headed ${name(h)}`);
  }
  return problems;
}

/** Rendered: the element and every plan element inside it past loading, with headings drawn. */
async function settle(host: Element, tag: string): Promise<Element> {
  const el = (host.localName === tag ? host : host.querySelector(tag))!;
  const ready = (e: Element) =>
    !!e.shadowRoot && e.shadowRoot.childElementCount > 0 && !e.shadowRoot.querySelector('[data-state="loading"]');
  await waitUntil(
    () =>
      ready(el) &&
      !el.shadowRoot!.querySelector('section[data-pending]') &&
      [...el.shadowRoot!.querySelectorAll('*')].filter((e) => e.localName.startsWith('plan-')).every(ready),
    `${tag} did not render`,
    { timeout: 15000 },
  );
  await nextFrame();
  return el;
}

const cases: [string, string, (level: number) => TemplateResult][] = [
  ['plan-comparison', 'all plans', (l) => html`<plan-comparison heading-level=${l}></plan-comparison>`],
  [
    'plan-comparison',
    'the Aabenraa pair (with its evolution)',
    (l) => html`<plan-comparison heading-level=${l} plans="aabenraa-2021 aabenraa-2022-2024"></plan-comparison>`,
  ],
  ['plan-summary', 'all plans', (l) => html`<plan-summary heading-level=${l}></plan-summary>`],
  [
    'plan-track-matrix',
    'a selected cell',
    (l) =>
      html`<plan-track-matrix
        heading-level=${l}
        .selected=${{ planId: 'randers-2017-2020', theme: 'treatment' }}
      ></plan-track-matrix>`,
  ],
  [
    'plan-target-chart',
    'one indicator',
    (l) => html`<plan-target-chart heading-level=${l} indicator="treatment-effect-drugs"></plan-target-chart>`,
  ],
  ['plan-target-chart', 'small multiples', (l) => html`<plan-target-chart heading-level=${l}></plan-target-chart>`],
  [
    'plan-initiative-list',
    'grouped by theme',
    (l) => html`<plan-initiative-list heading-level=${l} plans="randers-2017-2020"></plan-initiative-list>`,
  ],
  [
    'plan-initiative-list',
    'grouped by plan',
    (l) => html`<plan-initiative-list heading-level=${l} group-by="plan"></plan-initiative-list>`,
  ],
  [
    'plan-initiative-list',
    'not grouped',
    (l) =>
      html`<plan-initiative-list
        heading-level=${l}
        group-by="none"
        plans="aalborg-2016-2019-status"
      ></plan-initiative-list>`,
  ],
  ['plan-differences', 'all plans', (l) => html`<plan-differences heading-level=${l}></plan-differences>`],
  ['plan-evolution', 'the Aabenraa pair', (l) => html`<plan-evolution heading-level=${l}></plan-evolution>`],
  ['plan-figures', 'all plans', (l) => html`<plan-figures heading-level=${l}></plan-figures>`],
  [
    'plan-theme-compare',
    'youth, all plans',
    (l) => html`<plan-theme-compare heading-level=${l} theme-id="youth"></plan-theme-compare>`,
  ],
];

describe('heading outline', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  for (const level of [2, 3]) {
    for (const [tag, what, template] of cases) {
      it(`<${tag}> (${what}) at heading-level ${level}: starts at h${level}, never skips, no empty heading`, async function () {
        this.timeout(60000);
        const el = await settle(await fixture(template(level)), tag);
        const { headings } = readOutline(el);
        expect(headings.length, 'headings').to.be.greaterThan(0);
        expect(outlineProblems(el, level)).to.deep.equal([]);
      });
    }
  }

  it('the comparison reads on its own: its title, one heading per section, the plans under "Planerne"', async function () {
    this.timeout(60000);
    const el = await settle(
      await fixture(html`<plan-comparison plans="aabenraa-2021 aabenraa-2022-2024"></plan-comparison>`),
      'plan-comparison',
    );
    const { headings } = readOutline(el);
    const top = headings.filter((h) => h.level <= 3).map((h) => `h${h.level} ${h.text}`);
    expect(top).to.deep.equal([
      'h2 Sammenlign rusmiddelplaner',
      'h3 Planerne',
      'h3 Temaer på tværs',
      'h3 Tema: Forebyggelse',
      'h3 Målbare mål',
      'h3 Tal i planerne',
      'h3 Indsatser',
      'h3 Hvad er forskelligt?',
      `h3 ${headings.find((h) => h.text.startsWith('Sådan udviklede'))?.text}`,
    ]);
    // the plans' titles one level below their section
    const plans = headings.filter((h) => h.el.closest('article[part="card"]') && h.el.classList.contains('title'));
    expect(plans.map((h) => h.level)).to.deep.equal([4, 4]);
  });

  it('the checks find the faults the issue lists (each check can fail)', () => {
    const page = document.createElement('div');
    page.innerHTML = `<h2>Sammenlign</h2><section aria-labelledby="s"><h2 id="s">Planerne</h2><p>x</p>
      <h2>Randers</h2><p>y</p></section><h2>Forskelle</h2><h2>Hvad er forskelligt?</h2><p>z</p><h4>Temaer</h4><p>w</p>`;
    document.body.append(page);
    try {
      const problems = outlineProblems(page, 2);
      expect(problems).to.include('h2 "Randers" inside the part headed h2 "Planerne"');
      expect(problems).to.include('h2 "Forskelle" heads nothing before h2 "Hvad er forskelligt?"');
      expect(problems).to.include('h2 "Hvad er forskelligt?" → h4 "Temaer" skips a level');
      expect(outlineProblems(page, 3)[0]).to.equal('starts at h2 "Sammenlign", not at level 3');
    } finally {
      page.remove();
    }
  });
});
