import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/plan-differences/define.js';
import '../../src/elements/plan-evolution/define.js';
import type { PlanDifferences } from '../../src/elements/plan-differences/plan-differences.js';
import type { PlanEvolution } from '../../src/elements/plan-evolution/plan-evolution.js';
import { bundledCollection } from '../../src/data/bundled.js';
import { whatDiffers, evolution } from '../../src/model/diff.js';

const settle = (el: HTMLElement) => waitUntil(() => el.shadowRoot!.childElementCount > 0 && !el.shadowRoot!.querySelector('[data-state="loading"]'), 'did not settle', { timeout: 10000 });
const plan = (id: string) => bundledCollection().plans.find((p) => p.id === id)!;

describe('<plan-differences>', () => {
  it('lists the themes only some of the chosen plans act on, and each plan’s unique initiatives', async () => {
    const ids = ['randers-2017-2020', 'aalborg-2016-2019-status'];
    const el = await fixture<PlanDifferences>(html`<plan-differences plans=${ids.join(' ')}></plan-differences>`);
    await settle(el);
    const d = whatDiffers(ids.map(plan));
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-theme'));
    expect(rows).to.deep.equal(d.themes.map((t) => t.theme));
    expect(rows.length).to.be.greaterThan(0);
    for (const id of ids) {
      const n = d.uniqueInitiatives.filter((u) => u.planId === id).length;
      expect(el.shadowRoot!.querySelectorAll(`details[data-plan="${id}"] li`).length).to.equal(n);
    }
    await expect(el).to.be.accessible();
  });

  it('asks for a second plan when only one is chosen', async () => {
    const el = await fixture<PlanDifferences>(html`<plan-differences plans="randers-2017-2020"></plan-differences>`);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[data-state="empty"]')!.textContent).to.contain('mindst to planer');
  });
});

describe('<plan-evolution>', () => {
  it('traces Aabenraa 2021 → 2022–2024 among all plans, with counts that add up', async () => {
    const el = await fixture<PlanEvolution>(html`<plan-evolution></plan-evolution>`);
    await settle(el);
    const e = evolution(plan('aabenraa-2021'), plan('aabenraa-2022-2024'));
    const count = (k: string) => el.shadowRoot!.querySelectorAll(`details[data-list="${k}"] li`).length;
    expect(count('kept')).to.equal(e.initiatives.filter((i) => i.change === 'kept').length);
    expect(count('added')).to.equal(e.initiatives.filter((i) => i.change === 'added').length);
    expect(count('dropped')).to.equal(e.initiatives.filter((i) => i.change === 'dropped').length);
    expect(count('kept') + count('added')).to.equal(plan('aabenraa-2022-2024').initiatives.length);
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.be.at.least(4);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Handleplan for rusmidler 2021');
    await expect(el).to.be.accessible();
  });

  it('says so when no two chosen plans share a municipality (English)', async () => {
    const el = await fixture<PlanEvolution>(html`<plan-evolution lang="en" plans="randers-2017-2020 aalborg-2016-2019-status"></plan-evolution>`);
    await settle(el);
    expect(el.shadowRoot!.textContent).to.contain('do not include two plans of the same municipality');
  });
});
