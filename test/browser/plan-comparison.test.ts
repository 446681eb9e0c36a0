import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/plan-comparison/define.js';
import type { PlanComparison } from '../../src/elements/plan-comparison/plan-comparison.js';
import { bundledCollection } from '../../src/data/bundled.js';
import { countDistinct } from '../../src/model/distinct.js';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';

/** Rendered, with every section (those after the overview render a moment after load). */
const settle = async (el: PlanComparison) => {
  await el.updateComplete;
  await waitUntil(
    () => el.shadowRoot!.querySelector('section') && !el.shadowRoot!.querySelector('section[data-pending]'),
    'comparison did not render every section',
    { timeout: 10000 },
  );
};
const childPlans = (el: PlanComparison, tag: string) => el.shadowRoot!.querySelector(tag)!.getAttribute('plans');

describe('<plan-comparison>', () => {
  // The embedded virtual list's ResizeObserver reports a benign loop error (lit/lit#3154).
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  it('shows every section for all bundled plans, the evolution section because Aabenraa has two plans', async () => {
    const el = await fixture<PlanComparison>(html`<plan-comparison></plan-comparison>`);
    await settle(el);
    const sections = [...el.shadowRoot!.querySelectorAll('section')].map((s) => s.dataset['section']);
    expect(sections).to.deep.equal([
      'summaries',
      'matrix',
      'themes',
      'targets',
      'figures',
      'initiatives',
      'differences',
      'evolution',
    ]);
    const checks = el.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]');
    expect(checks.length).to.equal(bundledCollection().plans.length);
    expect([...checks].every((c) => c.checked)).to.equal(true);
  });

  it('the picker drives every child and fires plan-selection-change', async () => {
    const el = await fixture<PlanComparison>(
      html`<plan-comparison plans="randers-2017-2020 aalborg-2016-2019-status"></plan-comparison>`,
    );
    await settle(el);
    expect(childPlans(el, 'plan-track-matrix')).to.equal('randers-2017-2020 aalborg-2016-2019-status');
    expect(el.shadowRoot!.querySelector('section[data-section="evolution"]')).to.equal(null);
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('input[value="aabenraa-2021"]')!;
    setTimeout(() => box.click());
    const ev = await oneEvent(el, 'plan-selection-change');
    expect(ev.detail.plans).to.deep.equal(['randers-2017-2020', 'aalborg-2016-2019-status', 'aabenraa-2021']);
    await settle(el);
    for (const tag of [
      'plan-summary',
      'plan-track-matrix',
      'plan-target-chart',
      'plan-initiative-list',
      'plan-differences',
      'plan-theme-compare',
      'plan-figures',
    ]) {
      expect(childPlans(el, tag), tag).to.equal('randers-2017-2020 aalborg-2016-2019-status aabenraa-2021');
    }
  });

  it('clearing the choice shows a message instead of empty sections; select all restores', async () => {
    const el = await fixture<PlanComparison>(html`<plan-comparison></plan-comparison>`);
    await settle(el);
    const [all, none] = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button');
    none!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('section')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[data-state="empty"]')!.textContent).to.contain('Ingen planer valgt');
    all!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('section').length).to.equal(8);
  });

  it('passes the language down', async () => {
    const el = await fixture<PlanComparison>(
      html`<plan-comparison lang="en" plans="randers-2017-2020"></plan-comparison>`,
    );
    await settle(el);
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('Choose plans');
    expect(el.shadowRoot!.querySelector('plan-summary')!.getAttribute('lang')).to.equal('en');
  });

  it('a matrix cell filters the initiative list through the shared context, and clearing restores it', async () => {
    const el = await fixture<PlanComparison>(html`<plan-comparison></plan-comparison>`);
    await settle(el);
    const matrix = el.shadowRoot!.querySelector('plan-track-matrix')!;
    const list = el.shadowRoot!.querySelector('plan-initiative-list')!;
    await waitUntil(
      () => matrix.shadowRoot!.querySelector('td[data-plan="randers-2017-2020"][data-theme="youth"] button'),
      'matrix',
      { timeout: 10000 },
    );
    await waitUntil(() => list.shadowRoot?.querySelector('[part="count"]'), 'list', { timeout: 10000 });
    // counts count distinct measures (a measure a plan prints twice is one item)
    const total = bundledCollection().plans.reduce((n, p) => n + countDistinct(p, p.initiatives), 0);
    const count = () => list.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim().replace(/\./g, '');
    expect(count()).to.contain(`${total}`);
    const randers = bundledCollection().plans.find((p) => p.id === 'randers-2017-2020')!;
    const randersYouth = countDistinct(
      randers,
      randers.initiatives.filter((i) => i.themes.includes('youth')),
    );
    setTimeout(() =>
      matrix
        .shadowRoot!.querySelector<HTMLButtonElement>('td[data-plan="randers-2017-2020"][data-theme="youth"] button')!
        .click(),
    );
    const ev = await oneEvent(el, 'plan-select');
    expect(ev.detail).to.deep.equal({ planId: 'randers-2017-2020', theme: 'youth' });
    await waitUntil(() => count().startsWith(`Viser ${randersYouth} af`), `list shows ${count()}`, { timeout: 5000 });
    matrix
      .shadowRoot!.querySelector<HTMLButtonElement>('td[data-plan="randers-2017-2020"][data-theme="youth"] button')!
      .click();
    await waitUntil(() => count().startsWith(`Viser ${total} af`), `list shows ${count()}`, { timeout: 5000 });
  });

  it('a matrix cell opens the theme view on its theme with its plan marked, focus staying in the matrix', async () => {
    const el = await fixture<PlanComparison>(html`<plan-comparison></plan-comparison>`);
    await settle(el);
    const matrix = el.shadowRoot!.querySelector('plan-track-matrix')!;
    const view = el.shadowRoot!.querySelector('plan-theme-compare')!;
    const cell = () =>
      matrix.shadowRoot!.querySelector<HTMLButtonElement>(
        'td[data-plan="randers-2017-2020"][data-theme="youth"] button',
      );
    await waitUntil(cell, 'matrix', { timeout: 10000 });
    await waitUntil(() => view.shadowRoot?.querySelector('[part="column"]'), 'theme view', { timeout: 10000 });
    cell()!.focus();
    cell()!.click();
    await waitUntil(() => view.getAttribute('marked') === 'randers-2017-2020', 'marked', { timeout: 5000 });
    await view.updateComplete;
    expect(view.getAttribute('picked-theme')).to.equal('youth');
    expect(view.shadowRoot!.querySelector('.compare')!.getAttribute('data-theme')).to.equal('youth');
    const col = view.shadowRoot!.querySelector('[part="column"].marked')!;
    expect(col.getAttribute('data-plan')).to.equal('randers-2017-2020');
    expect(col.textContent).to.contain('Valgt i matrixen');
    // focus stays on the cell: the view is announced, not focused
    expect(matrix.shadowRoot!.activeElement).to.equal(cell());
    await waitUntil(
      () => el.shadowRoot!.querySelector('p[role="status"].visually-hidden')!.textContent!.includes('Unge'),
      'announced',
      { timeout: 5000 },
    );
  });

  it('the summary’s count of statistics leads to the figures section', async () => {
    const el = await fixture<PlanComparison>(html`<plan-comparison plans="randers-2017-2020"></plan-comparison>`);
    await settle(el);
    const summary = el.shadowRoot!.querySelector('plan-summary')!;
    await waitUntil(() => summary.shadowRoot?.querySelector('a[data-section="figures"]'), 'link', { timeout: 10000 });
    const link = summary.shadowRoot!.querySelector<HTMLAnchorElement>('a[data-section="figures"]')!;
    const n = bundledCollection().plans.find((p) => p.id === 'randers-2017-2020')!.statistics!.length;
    expect(link.textContent!.trim()).to.equal(`${n} statistikker`);
    link.click();
    const section = el.shadowRoot!.querySelector<HTMLElement>('#section-figures')!;
    // the jump waits for the sections above the target to render, then scrolls and focuses
    await waitUntil(() => el.shadowRoot!.activeElement === section, 'the figures section has focus', { timeout: 5000 });
    expect(el.view).to.equal('figures');
  });
});
