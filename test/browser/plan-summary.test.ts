import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/plan-summary/define.js';
import type { PlanSummary } from '../../src/elements/plan-summary/plan-summary.js';
import { bundledCollection } from '../../src/data/bundled.js';
import { tracksWithCounts } from '../../src/model/summary.js';
import { minimalPlan } from '../fixtures/minimal-plan.js';

async function ready(el: PlanSummary): Promise<void> {
  await waitUntil(() => !el.shadowRoot!.querySelector('[data-state="loading"]'), 'element stayed in loading state', {
    timeout: 10000,
  });
  await el.updateComplete;
}

describe('<plan-summary>', () => {
  it('with no data shows a card for each bundled plan, with its tracks and initiative counts', async () => {
    const el = await fixture<PlanSummary>(html`<plan-summary></plan-summary>`);
    await ready(el);
    const { plans } = bundledCollection();
    const cards = el.shadowRoot!.querySelectorAll('article[part="card"]');
    expect(cards.length).to.equal(plans.length);
    expect(plans.length).to.equal(5);
    for (const plan of plans) {
      const card = el.shadowRoot!.querySelector(`article[data-plan="${plan.id}"]`)!;
      expect(card.querySelector('h2')!.textContent).to.equal(plan.title);
      for (const { track, initiatives } of tracksWithCounts(plan)) {
        const row = card.querySelector(`li[data-track="${track.id}"]`)!;
        expect(row.textContent).to.contain(track.label);
        expect(row.querySelector('.count')!.textContent).to.match(new RegExp(`^${initiatives} indsats`));
      }
    }
  });

  it('counts distinct measures and says how many rows are printed twice (before → after: 48 → 46, 70 → 64, 85 → 78)', async () => {
    const el = await fixture<PlanSummary>(html`<plan-summary></plan-summary>`);
    await ready(el);
    const expected: Record<string, [number, number]> = {
      'aabenraa-2021': [46, 48],
      'aabenraa-2022-2024': [64, 70],
      'randers-2017-2020': [78, 85],
      'ishoj-vallensbaek-2014-2018': [29, 29],
      'aalborg-2016-2019-status': [17, 17],
    };
    for (const [id, [distinct, printed]] of Object.entries(expected)) {
      const card = el.shadowRoot!.querySelector(`article[data-plan="${id}"]`)!;
      const dd = [...card.querySelectorAll('dd')].find((d) => /indikatorer/.test(d.textContent!))!;
      expect(dd.textContent, id).to.match(new RegExp(`^\\s*${distinct} indsatser`));
      const note = dd.querySelector('.printed');
      if (printed === distinct) expect(note, id).to.equal(null);
      else expect(note!.textContent, id).to.contain(`trykker ${printed} indsatser; ${printed - distinct} af dem`);
    }
  });

  it('shows the joint plan of Ishøj and Vallensbæk under both municipalities', async () => {
    const el = await fixture<PlanSummary>(html`<plan-summary plans="ishoj-vallensbaek-2014-2018"></plan-summary>`);
    await ready(el);
    const cards = el.shadowRoot!.querySelectorAll('article');
    expect(cards.length).to.equal(1);
    expect(cards[0]!.querySelector('.municipality')!.textContent).to.equal('Ishøj og Vallensbæk');
  });

  it('orders cards by the plans attribute and speaks English with lang="en"', async () => {
    const el = await fixture<PlanSummary>(
      html`<plan-summary lang="en" plans="randers-2017-2020 aabenraa-2021"></plan-summary>`,
    );
    await ready(el);
    const ids = [...el.shadowRoot!.querySelectorAll('article')].map((a) => a.getAttribute('data-plan'));
    expect(ids).to.deep.equal(['randers-2017-2020', 'aabenraa-2021']);
    expect(el.shadowRoot!.textContent).to.contain('Tracks and focus areas');
    expect(el.shadowRoot!.textContent).to.contain('4 September 2017');
  });

  it("follows lang set as a property (as React and Vue set it), over an ancestor's lang, and reflects it", async () => {
    const host = await fixture<HTMLElement>(
      html`<div lang="da"><plan-summary .data=${bundledCollection().plans}></plan-summary></div>`,
    );
    const el = host.querySelector<PlanSummary>('plan-summary')!;
    await el.updateComplete;
    const text = () => el.shadowRoot!.textContent!;
    expect(text()).to.contain('Aabenraa');
    const danish = text();
    el.lang = 'en';
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('en');
    expect(text()).to.not.equal(danish);
    expect(text()).to.match(/initiatives/);
  });

  it('takes plan objects through the data property and lists an invalid plan next to the valid one', async () => {
    const broken = { ...minimalPlan(), id: 'broken-plan', tracks: 'none' };
    const el = await fixture<PlanSummary>(html`<plan-summary .data=${[minimalPlan(), broken]}></plan-summary>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('article').length).to.equal(1);
    const rejected = el.shadowRoot!.querySelector('[part="rejected"]')!;
    expect(rejected.textContent).to.contain('broken-plan');
    expect(rejected.textContent).to.contain('/tracks');
  });

  it('shows an empty state when the selection matches no plan', async () => {
    const el = await fixture<PlanSummary>(html`<plan-summary plans="no-such-plan"></plan-summary>`);
    await ready(el);
    expect(el.shadowRoot!.querySelector('[data-state="empty"]')).to.exist;
  });

  it('shows an error with a retry when src cannot be loaded', async () => {
    const el = await fixture<PlanSummary>(html`<plan-summary src="/does-not-exist.json"></plan-summary>`);
    await ready(el);
    const err = el.shadowRoot!.querySelector('[data-state="error"]')!;
    expect(err.textContent).to.contain('404');
    expect(err.querySelector('button')!.textContent).to.equal('Prøv igen');
  });

  it('has no axe violations (light and dark)', async () => {
    const el = await fixture<PlanSummary>(html`<plan-summary></plan-summary>`);
    await ready(el);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    const card = el.shadowRoot!.querySelector('article')!;
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(21, 25, 30)');
    await expect(el).to.be.accessible();
  });
});

describe('<plan-summary> direction sections', () => {
  it('lists Randers’ guiding marks and legal bases, and Ishøj/Vallensbæk’s visions and values, as in the data', async () => {
    const { plans } = bundledCollection();
    const el = await fixture<PlanSummary>(
      html`<plan-summary plans="randers-2017-2020 ishoj-vallensbaek-2014-2018"></plan-summary>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('article'), 'no cards', { timeout: 10000 });
    const randers = plans.find((p) => p.id === 'randers-2017-2020')!;
    const ishoj = plans.find((p) => p.id === 'ishoj-vallensbaek-2014-2018')!;
    const sec = (planId: string, key: string) =>
      el.shadowRoot!.querySelector(`article[data-plan="${planId}"] details[data-section="${key}"]`)!;
    expect(sec(randers.id, 'guiding-marks').querySelectorAll('li').length).to.equal(randers.guidingMarks!.length);
    expect(randers.guidingMarks!.length).to.equal(3);
    expect(sec(randers.id, 'legal-basis').textContent).to.contain('§ 141');
    expect(sec(ishoj.id, 'visions').querySelectorAll('li').length).to.equal(ishoj.visions!.length);
    expect(sec(ishoj.id, 'values').querySelectorAll('li').length).to.equal(4);
    expect(
      el.shadowRoot!.querySelector(`article[data-plan="${ishoj.id}"] details[data-section="guiding-marks"]`),
    ).to.equal(null);
  });

  it('shows every source caveat of each plan: beside its track, target group, law or relation, plan-level ones under the facts, and all in the list', async () => {
    const el = await fixture<PlanSummary>(html`<plan-summary></plan-summary>`);
    await ready(el);
    for (const plan of bundledCollection().plans) {
      const card = el.shadowRoot!.querySelector(`article[data-plan="${plan.id}"]`)!;
      const list = card.querySelector('details[data-section="caveats"]')!;
      const flags = plan.flags ?? [];
      expect(list.querySelector('summary')!.textContent).to.contain(`(${flags.length})`);
      flags.forEach((flag, i) => {
        const inList = list.querySelector(`[data-flag="${i}"] .caveat-text`)!;
        expect(inList.textContent, flag.target).to.equal(flag.message);
        const [head, id] = flag.target.split('/');
        // Beside its item too, where the card shows the item.
        if (head === 'tracks' && id) {
          expect(card.querySelector(`li[data-track="${id}"] [data-flag="${i}"]`)?.textContent, flag.target).to.contain(
            flag.message,
          );
        }
        if (!id) {
          const outside = [...card.querySelectorAll(`[data-flag="${i}"]`)].filter((n) => !list.contains(n));
          expect(outside.length, `${flag.target} shown at plan level`).to.equal(1);
        }
      });
    }
  });

  it('shows the caveats in English with lang="en", marked "Caveat"', async () => {
    const el = await fixture<PlanSummary>(html`<plan-summary lang="en" plans="randers-2017-2020"></plan-summary>`);
    await ready(el);
    const plan = bundledCollection().plans.find((p) => p.id === 'randers-2017-2020')!;
    const text = el.shadowRoot!.textContent!;
    for (const flag of plan.flags!) expect(text).to.contain(flag.translations!['en']);
    expect(el.shadowRoot!.querySelector('.caveat-mark')!.textContent).to.contain('Caveat');
    expect(el.shadowRoot!.querySelector('.caveats')!.getAttribute('role')).to.equal('note');
  });
});
