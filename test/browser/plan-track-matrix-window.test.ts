import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/plan-track-matrix/define.js';
import type { PlanTrackMatrix } from '../../src/elements/plan-track-matrix/plan-track-matrix.js';
import { validateCollection } from '../../src/schema/validate.js';
import { THEMES } from '../../src/data/themes.js';
import { syntheticPlans } from '../fixtures/synthetic.js';

// A matrix with more plans than `window-above` renders the plan columns near the visible part of its
// scrolling region; the rest stand as gaps of the same width. These tests check that the table still
// says how many columns it has, that scrolling and the keyboard reach every column, and that it passes axe.

const plans = validateCollection(syntheticPlans({ municipalities: 60, initiatives: 12, indicators: 2 })).plans;
const ids = plans.map((p) => p.id);
const themes = THEMES.map((t) => t.id);

async function ready(el: PlanTrackMatrix): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('table'), 'matrix did not render', { timeout: 10000 });
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
}
const root = (el: PlanTrackMatrix) => el.shadowRoot!;
const headerIds = (el: PlanTrackMatrix) =>
  [...root(el).querySelectorAll<HTMLElement>('thead th.plan')].map((th) => th.dataset['plan']!);
const focused = (el: PlanTrackMatrix) => {
  const td = root(el).activeElement?.closest('td');
  return td ? [td.dataset['plan'], td.dataset['theme']] : undefined;
};

describe('<plan-track-matrix> with many plans (column window)', () => {
  it('renders only some plan columns, in order, with gaps that account for the others; the table announces every column', async () => {
    const el = await fixture<PlanTrackMatrix>(
      html`<plan-track-matrix .data=${plans} style="display:block;width:900px"></plan-track-matrix>`,
    );
    await ready(el);
    const table = root(el).querySelector('table')!;
    expect(table.classList.contains('windowed')).to.equal(true);
    expect(table.getAttribute('aria-colcount')).to.equal(String(plans.length + 1));
    const shown = headerIds(el);
    expect(shown.length).to.be.greaterThan(3);
    expect(shown.length).to.be.lessThan(plans.length / 2);
    expect(shown[0]).to.equal(ids[0]);
    expect(shown).to.deep.equal(ids.slice(0, shown.length));
    for (const tr of table.querySelectorAll('tr')) {
      const cells = [...tr.children] as HTMLTableCellElement[];
      const span = cells.slice(1).reduce((n, c) => n + (c.classList.contains('gap') ? c.colSpan : 1), 0);
      expect(span, 'gaps and columns add up to every plan').to.equal(plans.length);
      for (const c of cells.filter((x) => x.classList.contains('gap')))
        expect(c.getAttribute('aria-hidden')).to.equal('true');
    }
    for (const td of root(el).querySelectorAll<HTMLTableCellElement>('td.cell')) {
      expect(td.getAttribute('aria-colindex')).to.equal(String(ids.indexOf(td.dataset['plan']!) + 2));
    }
    // Rendered columns sit where they would in the full table: a gap column is as wide as a plan column.
    const [a, b] = root(el).querySelectorAll<HTMLElement>('thead th.plan');
    expect(Math.abs(a!.offsetWidth - b!.offsetWidth)).to.be.lessThan(2);
    expect(table.offsetWidth).to.be.closeTo(
      root(el).querySelector<HTMLElement>('th.corner')!.offsetWidth + plans.length * a!.offsetWidth,
      plans.length * 2,
    );
  });

  it("scrolling to the end renders the last plans (and of the first ones only the tab stop's column)", async () => {
    const el = await fixture<PlanTrackMatrix>(
      html`<plan-track-matrix .data=${plans} style="display:block;width:900px"></plan-track-matrix>`,
    );
    await ready(el);
    const scroll = root(el).querySelector<HTMLElement>('.scroll')!;
    scroll.scrollLeft = scroll.scrollWidth;
    await waitUntil(() => headerIds(el).includes(ids[ids.length - 1]!), 'last column not rendered after scrolling', {
      timeout: 5000,
    });
    // The first plan stays only as the tab stop's column; its neighbours are gone.
    expect(headerIds(el)).not.to.include(ids[1]);
    expect(headerIds(el).filter((id) => ids.indexOf(id) < 40)).to.deep.equal([ids[0]]);
    const last = root(el).querySelector<HTMLElement>(`thead th.plan[data-plan="${ids[ids.length - 1]}"]`)!;
    const box = last.getBoundingClientRect();
    const region = scroll.getBoundingClientRect();
    expect(box.right).to.be.closeTo(region.right, 30);
  });

  it('the keyboard reaches every column: End goes to the last plan, Home back to the first; one tab stop', async () => {
    const el = await fixture<PlanTrackMatrix>(
      html`<plan-track-matrix .data=${plans} style="display:block;width:900px"></plan-track-matrix>`,
    );
    await ready(el);
    root(el).querySelector<HTMLElement>('.scroll')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.deep.equal([ids[0], themes[0]]);
    await sendKeys({ press: 'End' });
    await waitUntil(() => focused(el)?.[0] === ids[ids.length - 1], 'End did not reach the last plan', {
      timeout: 5000,
    });
    expect(focused(el)).to.deep.equal([ids[ids.length - 1], themes[0]]);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)).to.deep.equal([ids[ids.length - 1], themes[1]]);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focused(el)).to.deep.equal([ids[ids.length - 2], themes[1]]);
    expect(root(el).querySelectorAll('tbody button[tabindex="0"]').length).to.equal(1);
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focused(el)?.[0] === ids[0], 'Home did not reach the first plan', { timeout: 5000 });
    expect(focused(el)).to.deep.equal([ids[0], themes[1]]);
  });

  it('the tab stop stays rendered when it is scrolled out of view', async () => {
    const el = await fixture<PlanTrackMatrix>(
      html`<plan-track-matrix .data=${plans} style="display:block;width:900px"></plan-track-matrix>`,
    );
    await ready(el);
    const scroll = root(el).querySelector<HTMLElement>('.scroll')!;
    scroll.scrollLeft = scroll.scrollWidth;
    await waitUntil(() => headerIds(el).includes(ids[ids.length - 1]!), 'last column not rendered', { timeout: 5000 });
    const stops = root(el).querySelectorAll<HTMLElement>('tbody button[tabindex="0"]');
    expect(stops.length).to.equal(1);
    expect(stops[0]!.closest('td')!.dataset['plan']).to.equal(ids[0]);
  });

  it('a click on a far column selects it (plan-select) and shows its details', async () => {
    const el = await fixture<PlanTrackMatrix>(
      html`<plan-track-matrix .data=${plans} style="display:block;width:900px"></plan-track-matrix>`,
    );
    await ready(el);
    const scroll = root(el).querySelector<HTMLElement>('.scroll')!;
    scroll.scrollLeft = scroll.scrollWidth;
    await waitUntil(
      () => headerIds(el).includes(ids[50]!) || headerIds(el).includes(ids[59]!),
      'far columns not rendered',
      { timeout: 5000 },
    );
    const target = ids[59]!;
    const button = root(el).querySelector<HTMLButtonElement>(
      `td[data-plan="${target}"][data-theme="${themes[2]}"] button`,
    )!;
    setTimeout(() => button.click());
    const ev = (await oneEvent(el, 'plan-select')) as CustomEvent<{ planId: string; theme: string }>;
    expect(ev.detail).to.deep.equal({ planId: target, theme: themes[2] });
    await el.updateComplete;
    expect(root(el).querySelector('.details')!.getAttribute('data-plan')).to.equal(target);
  });

  it('with no more plans than window-above every column is rendered as before', async () => {
    const el = await fixture<PlanTrackMatrix>(
      html`<plan-track-matrix .data=${plans} window-above="100"></plan-track-matrix>`,
    );
    await ready(el);
    expect(root(el).querySelector('table')!.classList.contains('windowed')).to.equal(false);
    expect(root(el).querySelector('table')!.hasAttribute('aria-colcount')).to.equal(false);
    expect(headerIds(el)).to.deep.equal(ids);
    expect(root(el).querySelectorAll('td.gap').length).to.equal(0);
  });

  it('has no axe violations when windowed (at the start and scrolled)', async () => {
    const el = await fixture<PlanTrackMatrix>(
      html`<plan-track-matrix .data=${plans} style="display:block;width:900px"></plan-track-matrix>`,
    );
    await ready(el);
    await expect(el).to.be.accessible();
    const scroll = root(el).querySelector<HTMLElement>('.scroll')!;
    scroll.scrollLeft = scroll.scrollWidth / 2;
    await waitUntil(() => !headerIds(el).includes(ids[1]!), 'window did not move', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });
});
