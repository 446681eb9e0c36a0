import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/plan-differences/define.js';
import type { PlanDifferences } from '../../src/elements/plan-differences/plan-differences.js';
import { bundledCollection } from '../../src/data/bundled.js';
import { whatDiffers } from '../../src/model/diff.js';
import { parentPolicy, planWithGap } from '../fixtures/evolution.js';
import { incomparablePlans } from '../fixtures/incomparable-plans.js';

const settle = (el: HTMLElement) =>
  waitUntil(
    () => el.shadowRoot!.childElementCount > 0 && !el.shadowRoot!.querySelector('[data-state="loading"]'),
    'did not settle',
    { timeout: 10000 },
  );
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

  it('calls targets comparable only when key, unit, denominator and scope agree, and names those that are not', async () => {
    const { persons, rate, persons2, bare } = incomparablePlans();
    const el = await fixture<PlanDifferences>(html`<plan-differences .data=${[persons, rate]}></plan-differences>`);
    await settle(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('ul[part="indicators"]')).to.equal(null);
    expect(root.querySelector('p[part="indicators"]')!.textContent).to.contain('Ingen af de valgte planer');
    const note = root.querySelector('[part="not-comparable"] li[data-key="persons-in-treatment"]')!;
    expect(note.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Ikke sammenlignelige: personer (Testby 2020–2023) vs. pr. 1.000 indbyggere (Andenby 2020–2023)',
    );
    el.data = [persons, rate, persons2, bare];
    await settle(el);
    await el.updateComplete;
    const items = [...root.querySelectorAll('ul[part="indicators"] li')];
    expect(items.length).to.equal(1);
    expect(items[0]!.textContent).to.contain('Testby 2020–2023, Tredjeby 2020–2023');
    expect(items[0]!.textContent).not.to.contain('Andenby');
    expect(items[0]!.textContent).not.to.contain('Fjerdeby');
    expect(root.querySelector('[part="not-comparable"]')!.textContent).to.contain('rate (nævner ikke oplyst)');
    el.data = [persons, persons2];
    await settle(el);
    await el.updateComplete;
    expect(root.querySelector('[part="not-comparable"]')).to.equal(null);
    expect(root.querySelectorAll('ul[part="indicators"] li').length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('shows the caveat of an initiative only one plan has beside it', async () => {
    const ids = ['randers-2017-2020', 'aabenraa-2022-2024'];
    const el = await fixture<PlanDifferences>(html`<plan-differences plans=${ids.join(' ')}></plan-differences>`);
    await settle(el);
    const d = whatDiffers(ids.map(plan));
    let n = 0;
    for (const u of d.uniqueInitiatives) {
      const flags = (plan(u.planId).flags ?? []).filter((f) => f.target === `initiatives/${u.initiative.id}`);
      const li = [...el.shadowRoot!.querySelectorAll(`details[data-plan="${u.planId}"] li`)].find((l) =>
        l.textContent!.includes(u.initiative.title),
      )!;
      for (const f of flags) {
        expect(li.querySelector('[part="caveat"]')!.textContent).to.contain(f.message);
        n++;
      }
    }
    expect(n).to.be.greaterThan(3);
  });

  it('asks for a second plan when only one is chosen', async () => {
    const el = await fixture<PlanDifferences>(html`<plan-differences plans="randers-2017-2020"></plan-differences>`);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[data-state="empty"]')!.textContent).to.contain('mindst to planer');
  });

  it('treats unknown as unknown, and leaves a policy of aims out instead of saying it works with none', async () => {
    const gap = planWithGap();
    const el = await fixture<PlanDifferences>(
      html`<plan-differences .data=${[parentPolicy(), plan('aabenraa-2021'), gap]}></plan-differences>`,
    );
    await settle(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('[data-aims-only]')!.textContent).to.contain('Aabenraa 2012–');
    for (const row of root.querySelectorAll('tbody tr')) expect(row.textContent).not.to.contain('Aabenraa 2012–');
    // families: Aabenraa 2021 acts on it; the made-up plan misses the table that could say → unknown, not "does not"
    const families = root.querySelector('tbody tr[data-theme="families-children"]')!;
    expect(families.querySelector('[data-unknown]')!.textContent).to.contain('Testby');
    expect(families.querySelectorAll('td')[1]!.textContent).not.to.contain('Testby');
  });
});
