// Sections on demand: the overview first, the other sections when near, when linked, before printing, or a
// moment after load; `layout="report"` renders all at once.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/plan-comparison/define.js';
import type { PlanComparison } from '../../src/elements/plan-comparison/plan-comparison.js';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { bundledCollection } from '../../src/data/bundled.js';

const sections = (el: PlanComparison) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('section[data-section]')];
const pending = (el: PlanComparison) =>
  sections(el)
    .filter((s) => s.hasAttribute('data-pending'))
    .map((s) => s.dataset['section']);
const rendered = (el: PlanComparison) =>
  sections(el)
    .filter((s) => !s.hasAttribute('data-pending'))
    .map((s) => s.dataset['section']);

/**
 * The element's first update with the plans in (the bundled plans load asynchronously), caught in the
 * microtask after it renders: before the next frame, when the scheduler renders more.
 */
async function mount(layout = ''): Promise<PlanComparison> {
  const el = await fixture<PlanComparison>(html`<plan-comparison layout=${layout} .data=${[]}></plan-comparison>`);
  if (sections(el).length) throw new Error('sections before the plans were given');
  const first = new Promise<void>((resolve) => {
    const mo = new MutationObserver(() => {
      if (!sections(el).length) return;
      mo.disconnect();
      resolve();
    });
    mo.observe(el.shadowRoot!, { childList: true, subtree: true });
  });
  el.data = bundledCollection().plans;
  await first;
  return el;
}

describe('<plan-comparison> sections on demand', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  beforeEach(() => window.scrollTo(0, 0));

  it('first renders the overview; the other sections stand as headed placeholders, then render without scrolling', async () => {
    const el = await mount();
    expect(rendered(el)).to.deep.equal(['summaries', 'matrix']);
    expect(pending(el)).to.deep.equal(['themes', 'targets', 'figures', 'initiatives', 'differences', 'evolution']);
    for (const s of sections(el).filter((x) => x.hasAttribute('data-pending'))) {
      expect(s.getAttribute('aria-busy')).to.equal('true');
      expect(s.querySelector('h3, h2, [role="heading"]')?.textContent?.trim(), 'a placeholder keeps its heading').to.not
        .be.empty;
      expect(s.getBoundingClientRect().height, 'a placeholder reserves space').to.be.greaterThan(300);
    }
    await waitUntil(() => pending(el).length === 0, `still pending: ${pending(el)}`, { timeout: 10000 });
    expect(el.shadowRoot!.querySelector('plan-initiative-list')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('plan-evolution')).to.not.equal(null);
  });

  it('layout="report" renders every section in the first update', async () => {
    const el = await mount('report');
    expect(pending(el)).to.deep.equal([]);
    expect(rendered(el)).to.deep.equal([
      'summaries',
      'matrix',
      'themes',
      'targets',
      'figures',
      'initiatives',
      'differences',
      'evolution',
    ]);
  });

  it('a contents link renders its section (and those above it) at once and moves focus there', async () => {
    const el = await mount();
    el.shadowRoot!.querySelector<HTMLAnchorElement>('nav a[href="#section-differences"]')!.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'section-differences', 'focus', { timeout: 5000 });
    expect(pending(el)).to.not.include.members(['targets', 'initiatives', 'differences']);
    expect(el.shadowRoot!.querySelector('#section-differences plan-differences')).to.not.equal(null);
  });

  it('printing renders every section before the page is laid out for print', async () => {
    const el = await mount();
    expect(pending(el).length).to.be.greaterThan(0);
    window.dispatchEvent(new Event('beforeprint'));
    try {
      await el.updateComplete;
      expect(pending(el)).to.deep.equal([]);
    } finally {
      // as a browser does after printing: off-screen elements wait for idle time again
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('a plan toggle updates the elements on screen before the next paint; those far below when idle', async () => {
    const el = await fixture<PlanComparison>(html`<plan-comparison></plan-comparison>`);
    await waitUntil(() => sections(el).length > 0 && pending(el).length === 0, 'all rendered', { timeout: 10000 });
    const list = el.shadowRoot!.querySelector('plan-initiative-list')!;
    const matrix = el.shadowRoot!.querySelector('plan-track-matrix')!;
    await waitUntil(() => list.shadowRoot?.querySelector('[part~="count"]'), 'list', { timeout: 10000 });
    const count = () => list.shadowRoot!.querySelector('[part~="count"]')!.textContent!;
    const columns = () => matrix.shadowRoot!.querySelectorAll('thead th[data-plan], thead th[scope="col"]').length;
    matrix.scrollIntoView({ block: 'start' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const [countBefore, columnsBefore] = [count(), columns()];
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="aalborg-2016-2019-status"]')!.click();
    // the frame after the click: the matrix (on screen) has its new columns, the list (far below) not yet
    await new Promise((r) => requestAnimationFrame(r));
    expect(columns(), 'matrix updated at once').to.be.lessThan(columnsBefore);
    expect(count(), 'list waits').to.equal(countBefore);
    await waitUntil(() => count() !== countBefore, 'the list updates when idle', { timeout: 5000 });
    expect(pending(el)).to.deep.equal([]);
  });

  it('permalink: the section scrolled to is in the URL (pc-view); back at the top it is gone', async () => {
    const start = window.location.href;
    try {
      const el = await fixture<PlanComparison>(html`<plan-comparison permalink></plan-comparison>`);
      await waitUntil(() => sections(el).length > 0 && pending(el).length === 0, 'all rendered', { timeout: 10000 });
      const view = () => new URLSearchParams(window.location.search).get('pc-view');
      el.shadowRoot!.querySelector('#section-initiatives')!.scrollIntoView({ block: 'start' });
      await waitUntil(() => view() === 'initiatives', `pc-view is ${view()}`, { timeout: 5000 });
      el.shadowRoot!.querySelector('#section-targets')!.scrollIntoView({ block: 'start' });
      await waitUntil(() => view() === 'targets', `pc-view is ${view()}`, { timeout: 5000 });
      window.scrollTo(0, 0);
      await waitUntil(() => view() === null, `pc-view is ${view()}`, { timeout: 5000 });
    } finally {
      window.history.replaceState(null, '', start);
    }
  });
});
