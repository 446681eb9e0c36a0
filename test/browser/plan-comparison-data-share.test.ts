// Honest sharing: a comparison whose plans were given through `data` lives in no file, so its embed
// code names the file the editor must put beside the page (`src="…"`) and the share panel offers
// that file; pasted with that file, the code shows the same plans (not the bundled ones). Ids in
// `plans` that name no loaded plan are said in a visible message.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/plan-comparison/define.js';
import type { PlanComparison } from '../../src/elements/plan-comparison/plan-comparison.js';
import type { PlanDownloadDetail } from '../../src/elements/shared/events.js';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { minimalPlan } from '../fixtures/minimal-plan.js';

const settle = (el: HTMLElement) =>
  waitUntil(() => el.shadowRoot!.querySelector('section'), 'comparison did not render', { timeout: 10000 });
const pickerIds = (el: PlanComparison) =>
  [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="plan"]')].map((i) => i.value);

function second(): Record<string, any> {
  const doc = minimalPlan();
  doc['id'] = 'andenby-2021-2024';
  doc['title'] = 'Rusmiddelplan for Andenby 2021-2024';
  doc['municipalities'] = [{ name: 'Andenby', code: '998' }];
  doc['indicators'] = [];
  return doc;
}

describe('<plan-comparison> honest sharing of plans given through data', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  it('one plan given through data: the code names <id>.json, the panel offers it, and the code with that file shows the plan', async () => {
    const el = await fixture<PlanComparison>(
      html`<plan-comparison lang="en" .data=${[minimalPlan()]}></plan-comparison>`,
    );
    await settle(el);
    const code = el.embedCode();
    expect(code).to.contain('<plan-comparison lang="en" src="testby-2020-2023.json"></plan-comparison>');
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.share')!;
    details.querySelector('summary')!.click();
    await el.updateComplete;
    expect(details.querySelector('.data-file')!.textContent).to.contain('testby-2020-2023.json');
    expect(details.querySelector('textarea')!.value).to.equal(code);
    await expect(el).to.be.accessible();

    let got: PlanDownloadDetail | undefined;
    el.addEventListener('plan-download', (e) => {
      got = (e as CustomEvent<PlanDownloadDetail>).detail;
      e.preventDefault();
    });
    details.querySelector<HTMLButtonElement>('button.download-data')!.click();
    expect(got?.filename).to.equal('testby-2020-2023.json');
    expect(got?.format).to.equal('json');
    const file = JSON.parse(await got!.blob.text()) as { plans: { id: string }[] };
    expect(file.plans.map((p) => p.id)).to.deep.equal(['testby-2020-2023']);

    // the pasted element with its src pointing at that file shows that plan, not the bundled ones
    const url = URL.createObjectURL(got!.blob);
    try {
      const copy = await fixture<PlanComparison>(html`<plan-comparison src=${url}></plan-comparison>`);
      await settle(copy);
      expect(pickerIds(copy)).to.deep.equal(['testby-2020-2023']);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('several plans: plans.json holds the chosen ones; embed-data-file names the file', async () => {
    const el = await fixture<PlanComparison>(
      html`<plan-comparison
        .data=${[minimalPlan(), second()]}
        plans="andenby-2021-2024 testby-2020-2023"
      ></plan-comparison>`,
    );
    await settle(el);
    expect(el.dataFile()).to.equal('plans.json');
    expect(el.embedCode()).to.contain(
      '<plan-comparison lang="da" plans="andenby-2021-2024 testby-2020-2023" src="plans.json"></plan-comparison>',
    );
    // untick one: the file follows the view
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="testby-2020-2023"]')!.click();
    await el.updateComplete;
    expect(el.dataFile()).to.equal('andenby-2021-2024.json');
    el.embedDataFile = 'vores-planer.json';
    await el.updateComplete;
    expect(el.embedCode()).to.contain('src="vores-planer.json"');
    expect(el.shadowRoot!.querySelector('.data-file')!.textContent).to.contain('vores-planer.json');
  });

  it('the bundled plans (no data): the code has no src and the panel offers no file', async () => {
    const el = await fixture<PlanComparison>(html`<plan-comparison plans="randers-2017-2020"></plan-comparison>`);
    await settle(el);
    expect(el.embedCode())
      .to.not.contain('src="randers')
      .and.to.not.match(/<plan-comparison[^>]* src=/);
    expect(el.dataFile()).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('.data-file')).to.equal(null);
  });

  it('unknown ids in plans are named in a visible message (Danish and English); known ones are shown', async () => {
    const el = await fixture<PlanComparison>(
      html`<plan-comparison plans="randers-2017-2020 vejle-2024-2027 nowhere vejle-2024-2027"></plan-comparison>`,
    );
    await settle(el);
    const message = el.shadowRoot!.querySelector<HTMLElement>('[data-state="unknown-ids"]')!;
    expect(message).to.exist;
    expect(message.textContent).to.contain('vejle-2024-2027, nowhere').and.to.contain('findes ikke');
    expect(message.getBoundingClientRect().height).to.be.greaterThan(0, 'visible');
    expect(el.shadowRoot!.querySelector('plan-track-matrix')!.getAttribute('plans')).to.equal('randers-2017-2020');
    el.lang = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-state="unknown-ids"]')!.textContent).to.contain(
      'not among the loaded plans',
    );
    await expect(el).to.be.accessible();

    const known = await fixture<PlanComparison>(html`<plan-comparison plans="randers-2017-2020"></plan-comparison>`);
    await settle(known);
    expect(known.shadowRoot!.querySelector('[data-state="unknown-ids"]')).to.equal(null);
  });
});
