import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/plan-evolution/define.js';
import type { PlanEvolution } from '../../src/elements/plan-evolution/plan-evolution.js';
import { bundledCollection } from '../../src/data/bundled.js';
import { pickerCollection } from '../fixtures/evolution.js';

const settle = (el: HTMLElement) =>
  waitUntil(
    () => el.shadowRoot!.childElementCount > 0 && !el.shadowRoot!.querySelector('[data-state="loading"]'),
    'did not settle',
    { timeout: 10000 },
  );
const plan = (id: string) => bundledCollection().plans.find((p) => p.id === id)!;

/**
 * Read in the two texts (see test/node/evolution-links.test.ts, which also checks in the source text
 * that the absent ones are absent): 2022–24 id ← 2021 ids.
 */
const MERGES: Record<string, string[]> = {
  'hus-til-ung': ['hus-til-unge-forebyggende-og-ambulante-tilbud', 'ssp-modtager-opkald-og-henvendelser'],
  'nationale-kliniske-retningslinjer-og-tilsyn': [
    'nationale-kliniske-retningslinjer',
    'tilsyn-fra-styrelsen-for-patientsikkerhed-og-socialtilsyn-syd',
    'handleplaner-som-opfoelgning-paa-tilsyn',
  ],
};
const ABSENT = ['halvvejshuset-botilbud', 'ssp-kriminalpraeventiv-handleplan'];

const ids = (root: Element, side: string) =>
  [...root.querySelectorAll(`[data-side="${side}"] .initiative`)].map((n) => n.getAttribute('data-id')!);

describe('<plan-evolution>', () => {
  it('Aabenraa 2021 → 2022–24 from the links: 25 continued, 9 merged, 30 new, 2 not in the later plan', async () => {
    const el = await fixture<PlanEvolution>(html`<plan-evolution></plan-evolution>`);
    await settle(el);
    const root = el.shadowRoot!;
    const count = (k: string) => root.querySelectorAll(`details[data-list="${k}"] li.change`).length;
    expect([count('kept'), count('merged'), count('split'), count('new'), count('absent')]).to.deep.equal([
      25, 9, 0, 30, 2,
    ]);
    expect(root.querySelector('h2')!.textContent).to.contain('Handleplan for rusmidler 2021');
    expect(root.querySelector('[data-method]')!.getAttribute('data-method')).to.equal('links');
    // nothing here is inferred, and nothing says so
    expect(root.querySelectorAll('li.change[data-inferred="true"]').length).to.equal(0);
    expect(root.querySelectorAll('.inferred').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('item by item: merges, absent items, and both quotes side by side with the link quote', async () => {
    const el = await fixture<PlanEvolution>(html`<plan-evolution></plan-evolution>`);
    await settle(el);
    const root = el.shadowRoot!;
    for (const [to, from] of Object.entries(MERGES)) {
      const li = [...root.querySelectorAll('details[data-list="merged"] li.change')].find((n) =>
        ids(n, 'to').includes(to),
      )!;
      expect(li, to).to.exist;
      expect(ids(li, 'from').sort()).to.deep.equal([...from].sort());
      // each side quotes its own plan, with the section
      const before = plan('aabenraa-2021').initiatives.find((i) => i.id === from[0])!;
      expect(li.querySelector('[data-side="from"]')!.textContent).to.contain(before.provenance.quote);
      expect(li.querySelector('[data-side="from"]')!.textContent).to.contain(before.provenance.section);
      const after = plan('aabenraa-2022-2024').initiatives.find((i) => i.id === to)!;
      expect(li.querySelector('[data-side="to"]')!.textContent).to.contain(after.provenance.quote);
      expect(li.querySelectorAll('li.link q').length).to.equal(from.length);
    }
    const absent = [...root.querySelectorAll('details[data-list="absent"] li.change')];
    expect(absent.flatMap((n) => ids(n, 'from')).sort()).to.deep.equal([...ABSENT].sort());
    for (const n of absent)
      expect(n.querySelector('[data-side="to"] .empty')!.textContent).to.contain('nye plans tekst');
    // the view never uses the word "Udgået" for an initiative
    expect(root.querySelector('[part="initiatives"]')!.textContent).not.to.contain('Udgået');
  });

  it('with a policy in the collection: the latest pair by default, a picker for the other, the policy "implemented by"', async () => {
    const el = await fixture<PlanEvolution>(
      html`<plan-evolution lang="en" .data=${pickerCollection()}></plan-evolution>`,
    );
    await settle(el);
    const root = el.shadowRoot!;
    const select = root.querySelector<HTMLSelectElement>('select[part="picker"]')!;
    expect(select).to.exist;
    expect([...select.options].map((o) => o.value)).to.deep.equal([
      'aabenraa-2021 aabenraa-2022-2024',
      'aabenraa-2022-2024 aabenraa-2025-2027-fixture',
    ]);
    expect(select.value).to.equal('aabenraa-2022-2024 aabenraa-2025-2027-fixture');
    // no link connects 2022–24 and the made-up plan: every change says it is inferred, with a confidence
    const changes = [...root.querySelectorAll('li.change')];
    expect(changes.length).to.be.greaterThan(0);
    expect(changes.every((c) => c.getAttribute('data-inferred') === 'true')).to.equal(true);
    expect(root.querySelector('details[data-list="kept"] .inferred')!.textContent).to.match(
      /Inferred \(confidence \d+%\)/,
    );
    expect(root.querySelector('details[data-list="absent"] summary')!.textContent).to.contain('(inferred)');
    expect(root.querySelector('[data-implemented]')!.textContent).to.contain('is implemented by');
    expect(root.textContent).not.to.contain('Rusmiddelpolitik (testfixtur) (2012–) → ');
    // choosing the other pair shows 2021 → 2022–24 from its links
    select.value = 'aabenraa-2021 aabenraa-2022-2024';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.from).to.equal('aabenraa-2021');
    expect(root.querySelector('[data-method]')!.getAttribute('data-method')).to.equal('links');
    expect(root.querySelectorAll('details[data-list="absent"] li.change').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('says so when no two chosen plans follow each other (English)', async () => {
    const el = await fixture<PlanEvolution>(
      html`<plan-evolution lang="en" plans="randers-2017-2020 aalborg-2016-2019-status"></plan-evolution>`,
    );
    await settle(el);
    expect(el.shadowRoot!.querySelector('[data-state="empty"]')!.textContent).to.contain(
      'no two plans that follow each other',
    );
  });
});
