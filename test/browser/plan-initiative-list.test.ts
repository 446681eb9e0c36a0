import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { ContextProvider } from '@lit/context';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { laidOut } from './laid-out.js';
import '../../src/elements/plan-initiative-list/define.js';
import type { PlanInitiativeList } from '../../src/elements/plan-initiative-list/plan-initiative-list.js';
import {
  comparisonContext,
  type ComparisonContextValue,
  type PlanThemeSelection,
} from '../../src/elements/shared/context.js';
import { bundledCollection } from '../../src/data/bundled.js';
import { sameAsGroup } from '../../src/model/distinct.js';
import { themeLabel } from '../../src/data/themes.js';
import { THEME_IDS, type Initiative, type Plan } from '../../src/schema/plan.js';
import { syntheticPlans } from '../fixtures/synthetic.js';
import { minimalPlan } from '../fixtures/minimal-plan.js';

/** A made-up policy of aims only: no initiatives by design. */
function minimalPlanNoInitiatives(): Record<string, any> {
  const d = minimalPlan();
  d['schemaVersion'] = '1.2.0';
  d['kind'] = 'policy';
  d['initiatives'] = [];
  delete d['statusUpdates'];
  d['coverage'] = { holds: ['aims'] };
  return d;
}

// The virtualiser's ResizeObserver reports a benign "loop completed with undelivered notifications" (lit/lit#3154).
setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

const PLANS = bundledCollection().plans;
const byId = (id: string): Plan => PLANS.find((p) => p.id === id)!;

/** Every initiative with its plan, straight from the plan documents. */
const ALL = PLANS.flatMap((plan) =>
  plan.initiatives.map((initiative) => ({ plan, initiative, key: `${plan.id}/${initiative.id}` })),
);
type Entry = { plan: Plan; initiative: Initiative; key?: string };
/** The measure a printing is (a measure printed twice, `sameAs`, is one item in the list): its first printing's key. */
const measureOf = (a: Entry) => `${a.plan.id}/${sameAsGroup(a.plan, a.initiative)[0]!.id}`;
/** What the list shows of these matching printings: the first of each measure, in plan order. */
function shownOf<T extends Entry>(xs: readonly T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((a) => !seen.has(measureOf(a)) && (seen.add(measureOf(a)), true));
}
const keyOf = (a: Entry) => `${a.plan.id}/${a.initiative.id}`;
/** Distinct measures of every plan: the "of M" of the count line. */
const TOTAL = shownOf(ALL).length;
const PRINTED = ALL.length;

/** The text the search looks in, built from the plan JSON (title, description, policy goal, track, partners, target groups). */
function searchable(plan: Plan, ini: Initiative): string {
  const track = plan.tracks.find((t) => t.id === ini.trackId);
  const groups = (ini.targetGroupIds ?? []).map((id) => plan.targetGroups?.find((g) => g.id === id)?.label ?? '');
  return [ini.title, ini.description, ini.policyGoal?.text, track?.label, ...(ini.partners ?? []), ...groups]
    .join(' ')
    .toLowerCase();
}

const root = (el: PlanInitiativeList) => el.shadowRoot!;
const countText = (el: PlanInitiativeList) => root(el).querySelector('[part="count"]')!.textContent!.trim();
const itemKeys = (el: PlanInitiativeList) =>
  [...root(el).querySelectorAll('[part="item"]')].map((a) => a.getAttribute('data-key')!);
const checkbox = (el: PlanInitiativeList, facet: string, value: string) =>
  root(el).querySelector<HTMLInputElement>(`fieldset[data-facet="${facet}"] input[data-value="${CSS.escape(value)}"]`)!;
const facetCount = (el: PlanInitiativeList, facet: string, value: string) =>
  Number(checkbox(el, facet, value).closest('label')!.querySelector('.n')!.textContent!.replace(/\./g, ''));
const search = (el: PlanInitiativeList) => root(el).querySelector<HTMLInputElement>('input[type="search"]')!;

async function ready(el: PlanInitiativeList): Promise<void> {
  await waitUntil(
    () => !!root(el).querySelector('[part="count"], [data-state="empty"], [data-state="no-initiatives"]'),
    'element did not get ready',
    { timeout: 10000 },
  );
  await el.updateComplete;
}

/** Let the virtualiser (if any) render its rows. */
async function settle(el: PlanInitiativeList): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
}

async function typeQuery(el: PlanInitiativeList, text: string): Promise<void> {
  const input = search(el);
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await settle(el);
}

class TestComparisonHost extends LitElement {
  selection: PlanThemeSelection | undefined;
  calls: (PlanThemeSelection | undefined)[] = [];
  private readonly provider = new ContextProvider(this, { context: comparisonContext, initialValue: this.value() });
  private value(): ComparisonContextValue {
    return {
      state: { selection: this.selection },
      select: (next) => {
        this.calls.push(next);
        this.set(next);
      },
    };
  }
  set(next: PlanThemeSelection | undefined): void {
    this.selection = next;
    this.provider.setValue(this.value());
  }
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
customElements.define('test-comparison-host', TestComparisonHost);

describe('<plan-initiative-list>', () => {
  it('lists every initiative of every bundled plan and says so in a polite live region', async () => {
    const el = await fixture<PlanInitiativeList>(
      html`<plan-initiative-list group-by="none" virtualize-above="1000"></plan-initiative-list>`,
    );
    await ready(el);
    const count = root(el).querySelector('[part="count"]')!;
    expect(count.getAttribute('role')).to.equal('status');
    expect(count.textContent!.trim()).to.equal(`Viser ${TOTAL} af ${TOTAL} indsatser`);
    expect(TOTAL).to.be.lessThan(PRINTED);
    expect(itemKeys(el).length).to.equal(TOTAL);
    expect(new Set(itemKeys(el))).to.deep.equal(new Set(shownOf(ALL).map((a) => a.key)));
    // every printing is an item or cited on one
    const also = [...root(el).querySelectorAll('[part="item"][data-also]')].flatMap((a) =>
      a.getAttribute('data-also')!.split(' '),
    );
    expect([...itemKeys(el), ...also].sort()).to.deep.equal(ALL.map((a) => a.key).sort());
  });

  it('search ignores case and diacritics: "aeldre" and "ældre" give the same initiatives, exactly those whose text has "ældre"', async () => {
    const el = await fixture<PlanInitiativeList>(html`<plan-initiative-list></plan-initiative-list>`);
    await ready(el);
    const expected = shownOf(ALL.filter((a) => /ældre|aeldre/.test(searchable(a.plan, a.initiative)))).map(
      (a) => a.key,
    );
    expect(expected.length).to.be.greaterThan(5);

    await typeQuery(el, 'aeldre');
    const a = [...new Set(itemKeys(el))].sort();
    expect(countText(el)).to.equal(`Viser ${expected.length} af ${TOTAL} indsatser`);
    await typeQuery(el, 'ÆLDRE');
    const b = [...new Set(itemKeys(el))].sort();
    expect(a).to.deep.equal(b);
    expect(a).to.deep.equal([...expected].sort());
    expect(el.query).to.equal('ÆLDRE');
    expect(el.getAttribute('query')).to.equal('ÆLDRE');
  });

  it('facet counts are the numbers of distinct measures in the plan data, and a facet ignores its own selection', async () => {
    const el = await fixture<PlanInitiativeList>(html`<plan-initiative-list></plan-initiative-list>`);
    await ready(el);
    // a measure printed twice (sameAs, both rows listed) counts once: its key is its group's first id
    const measure = (a: { plan: Plan; initiative: Initiative }) =>
      `${a.plan.id}/${[a.initiative.id, ...(a.initiative.sameAs ?? [])].sort()[0]}`;
    const distinct = (xs: readonly { plan: Plan; initiative: Initiative }[]) => new Set(xs.map(measure)).size;
    const expectedPerPlan: Record<string, number> = {
      'aabenraa-2021': 46,
      'aabenraa-2022-2024': 64,
      'randers-2017-2020': 78,
      'ishoj-vallensbaek-2014-2018': 29,
      'aalborg-2016-2019-status': 17,
    };
    for (const p of PLANS) expect(facetCount(el, 'plan', p.id), p.id).to.equal(expectedPerPlan[p.id]);
    const themes = new Set(ALL.flatMap((a) => a.initiative.themes));
    for (const t of themes)
      expect(facetCount(el, 'theme', t), t).to.equal(distinct(ALL.filter((a) => a.initiative.themes.includes(t))));
    for (const s of ['existing', 'planned', 'future-focus', 'completed', 'unknown']) {
      const n = distinct(ALL.filter((a) => a.initiative.status === s));
      if (n) expect(facetCount(el, 'status', s), s).to.equal(n);
    }
    for (const k of ['offer', 'strategy', 'focus', 'approach'])
      expect(facetCount(el, 'kind', k), k).to.equal(distinct(ALL.filter((a) => a.initiative.kind === k)));
    expect(facetCount(el, 'kind', 'none')).to.equal(distinct(ALL.filter((a) => !a.initiative.kind)));
    // Target groups: expand the facet, then compare every label's count with the data.
    root(el).querySelector<HTMLButtonElement>('fieldset[data-facet="targetGroup"] button.more')!.click();
    await el.updateComplete;
    const labelMeasures = new Map<string, Set<string>>();
    for (const a of ALL)
      for (const id of a.initiative.targetGroupIds ?? []) {
        const label = a.plan.targetGroups!.find((g) => g.id === id)!.label;
        labelMeasures.set(label, (labelMeasures.get(label) ?? new Set()).add(measure(a)));
      }
    expect(root(el).querySelectorAll('fieldset[data-facet="targetGroup"] input').length).to.equal(labelMeasures.size);
    for (const [label, set] of labelMeasures) expect(facetCount(el, 'targetGroup', label), label).to.equal(set.size);

    // Checking Randers: "Viser 85 af 249" (rows), theme counts become Randers' own, plan counts stay (own facet ignored).
    const randers = byId('randers-2017-2020');
    checkbox(el, 'plan', randers.id).click();
    await settle(el);
    expect(countText(el)).to.equal(`Viser 78 af ${TOTAL} indsatser`);
    expect(new Set(itemKeys(el).map((k) => k.split('/')[0]))).to.deep.equal(new Set([randers.id]));
    for (const p of PLANS) expect(facetCount(el, 'plan', p.id)).to.equal(expectedPerPlan[p.id]);
    // the 85 rows printed are 78 measures, shown as 78 items: said beside the count, once
    const note = root(el).querySelector('[data-distinct]')!;
    expect(note.getAttribute('data-distinct')).to.equal('78');
    expect(note.textContent).to.contain('7 af de 78 indsatser står to steder i samme plan');
    const own = ALL.filter((a) => a.plan.id === randers.id);
    for (const t of themes)
      expect(facetCount(el, 'theme', t), t).to.equal(distinct(own.filter((a) => a.initiative.themes.includes(t))));
  });

  it('a measure printed twice (sameAs) is one item citing both places; when only the second printing matches, it is the item', async () => {
    const plan = byId('randers-2017-2020');
    const el = await fixture<PlanInitiativeList>(
      html`<plan-initiative-list plans=${plan.id} group-by="none" virtualize-above="1000"></plan-initiative-list>`,
    );
    await ready(el);
    // all rows in the DOM (not virtualised): 85 printed, 78 items
    expect(plan.initiatives.length).to.equal(85);
    expect(itemKeys(el).length).to.equal(78);
    expect(countText(el)).to.equal('Viser 78 af 78 indsatser');
    const [first, second] = sameAsGroup(
      plan,
      plan.initiatives.find((i) => i.sameAs?.length)!,
    );
    expect(first!.provenance.quote).to.not.equal(second!.provenance.quote);
    const item = () => root(el).querySelector<HTMLElement>(`[part="item"][data-key="${plan.id}/${first!.id}"]`)!;
    expect(root(el).querySelector(`[part="item"][data-key="${plan.id}/${second!.id}"]`)).to.equal(null);
    expect(item().getAttribute('data-also')).to.equal(`${plan.id}/${second!.id}`);
    const summary = item().querySelector<HTMLElement>('details.citation > summary')!;
    summary.click();
    await settle(el);
    await waitUntil(() => item().querySelector('.also blockquote'), 'the other printing is not cited');
    const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
    const quotes = [...item().querySelectorAll('blockquote')].map((b) => norm(b.textContent!));
    expect(quotes).to.deep.equal([norm(first!.provenance.quote), norm(second!.provenance.quote)]);
    const also = item().querySelector('.also')!;
    expect(also.textContent).to.contain('Står også i planen her:');
    expect(also.textContent).to.contain(second!.provenance.section);
    expect(item().querySelectorAll('details.citation button.copy').length).to.equal(2);

    // only the second printing matches a search: it is the item, and the first printing is cited on it
    const words = (t: string) =>
      new Set(
        t
          .toLowerCase()
          .split(/[^a-zæøå0-9]+/)
          .filter((w) => w.length > 4),
      );
    const firstWords = words(searchable(plan, first!));
    const only = [...words(searchable(plan, second!))].find(
      (w) => !firstWords.has(w) && !searchable(plan, first!).includes(w),
    );
    if (only) {
      el.query = only;
      await settle(el);
      const merged = root(el).querySelector(`[part="item"][data-key="${plan.id}/${second!.id}"]`)!;
      expect(merged, only).to.exist;
      expect(merged.getAttribute('data-also')).to.equal(`${plan.id}/${first!.id}`);
      expect(root(el).querySelector(`[part="item"][data-key="${plan.id}/${first!.id}"]`)).to.equal(null);
    }
  });

  it('a plan with no initiatives shown alone says so, once, with no filters to reset', async () => {
    const d = minimalPlanNoInitiatives();
    const el = await fixture<PlanInitiativeList>(html`<plan-initiative-list .data=${[d]}></plan-initiative-list>`);
    await ready(el);
    const r = root(el);
    expect(r.querySelector('[data-state="no-initiatives"]')!.textContent!.trim()).to.equal(
      'Den valgte plan har ingen indsatser. Den indeholder mål og visioner, ikke indsatser.',
    );
    expect(r.querySelectorAll('button.reset').length).to.equal(0);
    expect(r.textContent).not.to.contain('Ingen indsatser passer');
    await expect(el).to.be.accessible();
  });

  it('a facet value with count 0 stays visible, dimmed and focusable', async () => {
    const el = await fixture<PlanInitiativeList>(
      html`<plan-initiative-list plans="randers-2017-2020 aabenraa-2022-2024"></plan-initiative-list>`,
    );
    await ready(el);
    checkbox(el, 'plan', 'randers-2017-2020').click();
    await settle(el);
    // Randers tags no initiative with a kind: every Aabenraa kind now counts 0.
    const offer = checkbox(el, 'kind', 'offer');
    expect(facetCount(el, 'kind', 'offer')).to.equal(0);
    expect(offer.closest('label')!.classList.contains('zero')).to.be.true;
    expect(offer.disabled).to.be.false;
    offer.focus();
    expect(root(el).activeElement).to.equal(offer);
  });

  it('the citation of an item shows its document, section and exact quote from the plan', async () => {
    const plan = byId('randers-2017-2020');
    const el = await fixture<PlanInitiativeList>(
      html`<plan-initiative-list plans=${plan.id} group-by="none"></plan-initiative-list>`,
    );
    await ready(el);
    for (const ini of [plan.initiatives[0]!, plan.initiatives[plan.initiatives.length - 1]!]) {
      const item = root(el).querySelector(`[part="item"][data-key="${plan.id}/${ini.id}"]`)!;
      // not grouped: the titles are the element's top headings
      expect(item.querySelector('h2.title')!.textContent).to.equal(ini.title);
      expect(item.querySelector('.plan')!.textContent).to.equal('Randers 2017–2020');
      const citation = item.querySelector<HTMLDetailsElement>('details[part="citation"]')!;
      expect(citation.querySelector('summary')!.textContent).to.contain('Kilde');
      expect(citation.querySelector('blockquote'), 'folded: its content made when first opened').to.be.null;
      citation.querySelector('summary')!.click();
      expect(citation.open).to.be.true;
      await el.updateComplete;
      expect(citation.querySelector('blockquote')!.textContent).to.equal(ini.provenance.quote);
      expect(citation.textContent).to.contain(ini.provenance.section);
      expect(citation.textContent).to.contain(plan.source.title);
      const chips = [...item.querySelectorAll('.chips li')].map((li) => li.textContent);
      expect(chips).to.deep.equal(ini.themes.map((t) => themeLabel(t, 'da')));
    }
  });

  it('shows kind, status, target groups and the policy goal as written', async () => {
    const plan = byId('aabenraa-2022-2024');
    const ini = plan.initiatives.find((i) => i.kind === 'offer' && i.policyGoal && i.targetGroupIds?.length)!;
    const el = await fixture<PlanInitiativeList>(
      html`<plan-initiative-list plans=${plan.id} group-by="none"></plan-initiative-list>`,
    );
    await ready(el);
    const item = root(el).querySelector(`[part="item"][data-key="${plan.id}/${ini.id}"]`)!;
    const meta = new Map(
      [...item.querySelectorAll('.meta dt')].map((dt) => [
        dt.textContent!.trim(),
        dt.nextElementSibling!.textContent!.trim(),
      ]),
    );
    expect(meta.get('Type')).to.equal('Tilbud');
    expect(meta.get('Status')).to.equal(
      { existing: 'Eksisterende', 'future-focus': 'Fremtidigt fokus', unknown: 'Ukendt' }[ini.status as string],
    );
    expect(meta.get('Målgruppe')).to.equal(
      ini.targetGroupIds!.map((id) => plan.targetGroups!.find((g) => g.id === id)!.label).join(' · '),
    );
    const goal = item.querySelector<HTMLDetailsElement>('details.goal')!;
    goal.querySelector('summary')!.click();
    await el.updateComplete;
    expect(goal.querySelector('p')!.textContent).to.equal(ini.policyGoal!.text);
  });

  it('keyboard: Tab reaches the search, the group-by control, the facets and the items; Space checks a facet', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button id="before">før</button>
        <plan-initiative-list plans="aalborg-2016-2019-status"></plan-initiative-list>
      </div>`,
    );
    const el = wrapper.querySelector('plan-initiative-list')!;
    await ready(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(search(el));
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement!.getAttribute('part')).to.equal('caveat-filter');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement!.id).to.equal('group-by');
    await sendKeys({ press: 'Tab' });
    const first = root(el).activeElement as HTMLInputElement;
    expect(first.type).to.equal('checkbox');
    expect(first.closest('fieldset')!.getAttribute('part')).to.equal('facet');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(first.checked).to.be.true;
    const value = first.getAttribute('data-value')!;
    const facet = first.closest('fieldset')!.getAttribute('data-facet')!;
    expect((el.filter as Record<string, string[]>)[facet]).to.deep.equal([value]);
    let reached: Element | null = null;
    for (let i = 0; i < 80 && !reached; i++) {
      await sendKeys({ press: 'Tab' });
      reached = root(el).activeElement?.closest('[part="item"]') ?? null;
    }
    expect(reached, 'Tab reached an item').to.exist;
    expect(root(el).activeElement!.localName).to.equal('summary');
  });

  it('fires plan-filter-change with the applied filter when the user changes filters', async () => {
    const el = await fixture<PlanInitiativeList>(html`<plan-initiative-list></plan-initiative-list>`);
    await ready(el);
    let ev = oneEvent(el, 'plan-filter-change');
    checkbox(el, 'plan', 'randers-2017-2020').click();
    let e = (await ev) as CustomEvent;
    expect(e.bubbles && e.composed).to.be.true;
    expect(e.detail).to.deep.equal({ plan: ['randers-2017-2020'] });

    ev = oneEvent(el, 'plan-filter-change');
    checkbox(el, 'theme', 'youth').click();
    e = (await ev) as CustomEvent;
    expect(e.detail).to.deep.equal({ plan: ['randers-2017-2020'], theme: ['youth'] });
    expect(el.getAttribute('themes')).to.equal('youth');

    ev = oneEvent(el, 'plan-filter-change');
    search(el).focus();
    await sendKeys({ type: 'u' });
    e = (await ev) as CustomEvent;
    expect(e.detail).to.deep.equal({ query: 'u', plan: ['randers-2017-2020'], theme: ['youth'] });

    ev = oneEvent(el, 'plan-filter-change');
    root(el).querySelector<HTMLButtonElement>('.filters button.reset')!.click();
    e = (await ev) as CustomEvent;
    expect(e.detail).to.deep.equal({});
    await settle(el);
    expect(countText(el)).to.equal(`Viser ${TOTAL} af ${TOTAL} indsatser`);
    expect(search(el).value).to.equal('');
  });

  it('shows each initiative caveat in its item, marked "Forbehold"; the "Med forbehold" switch keeps exactly those items, with the others filters', async () => {
    const el = await fixture<PlanInitiativeList>(html`<plan-initiative-list group-by="none"></plan-initiative-list>`);
    await ready(el);
    const flagged = new Map<string, string[]>();
    for (const plan of PLANS)
      for (const f of plan.flags ?? []) {
        const [head, id] = f.target.split('/');
        if (head !== 'initiatives' || !id) continue;
        const key = `${plan.id}/${id}`;
        flagged.set(key, [...(flagged.get(key) ?? []), f.message]);
      }
    // a printing cited on the item of its measure (printed twice) has its caveats shown on that item
    for (const [key, messages] of flagged) {
      const item = root(el).querySelector(`[part="item"][data-key="${key}"], [part="item"][data-also~="${key}"]`)!;
      expect(item, key).to.exist;
      const marker = item.querySelector('[part="caveat"]')!;
      expect(marker.getAttribute('role')).to.equal('note');
      expect(marker.textContent).to.contain('Forbehold');
      for (const m of messages) expect(marker.textContent, key).to.contain(m);
    }
    const plain = ALL.find((a) => !flagged.has(`${a.plan.id}/${a.initiative.id}`))!;
    expect(root(el).querySelector(`[data-key="${plain.plan.id}/${plain.initiative.id}"] [part="caveat"]`)).to.equal(
      null,
    );

    const flaggedShown = shownOf(ALL.filter((a) => flagged.has(a.key)));
    const toggle = root(el).querySelector<HTMLInputElement>('[part="caveat-filter"]')!;
    expect(toggle.closest('label')!.textContent).to.contain(`Med forbehold (${flaggedShown.length})`);
    const ev = oneEvent(el, 'plan-filter-change');
    toggle.click();
    expect(((await ev) as CustomEvent).detail).to.deep.equal({ caveat: ['with'] });
    await settle(el);
    expect(el.hasAttribute('with-caveat')).to.be.true;
    expect(countText(el)).to.equal(`Viser ${flaggedShown.length} af ${TOTAL} indsatser`);
    const keys = [...root(el).querySelectorAll('[part="item"]')].map((a) => a.getAttribute('data-key'));
    expect(new Set(keys)).to.deep.equal(new Set(flaggedShown.map((a) => a.key)));
    checkbox(el, 'plan', 'randers-2017-2020').click();
    await settle(el);
    const randers = flaggedShown.filter((a) => a.plan.id === 'randers-2017-2020').length;
    expect(countText(el)).to.equal(`Viser ${randers} af ${TOTAL} indsatser`);
    expect(el.filter).to.deep.equal({ plan: ['randers-2017-2020'], caveat: ['with'] });
    el.filter = {};
    await settle(el);
    expect(toggle.checked).to.be.false;
    expect(countText(el)).to.equal(`Viser ${TOTAL} af ${TOTAL} indsatser`);
  });

  it('takes filters preset as attributes and through the filter property', async () => {
    const el = await fixture<PlanInitiativeList>(
      html`<plan-initiative-list themes="youth" status="planned" kind="none"></plan-initiative-list>`,
    );
    await ready(el);
    const expected = shownOf(
      ALL.filter(
        (a) => a.initiative.themes.includes('youth') && a.initiative.status === 'planned' && !a.initiative.kind,
      ),
    ).length;
    expect(countText(el)).to.equal(`Viser ${expected} af ${TOTAL} indsatser`);
    expect(checkbox(el, 'theme', 'youth').checked).to.be.true;
    expect(checkbox(el, 'status', 'planned').checked).to.be.true;
    expect(el.filter).to.deep.equal({ theme: ['youth'], kind: ['none'], status: ['planned'] });

    el.filter = { query: 'alkohol', plan: ['aabenraa-2021'], targetGroup: ['Børn i misbrugsramte familier'] };
    await settle(el);
    expect(el.getAttribute('query')).to.equal('alkohol');
    expect(el.getAttribute('themes')).to.equal('');
    const n = shownOf(
      ALL.filter(
        (a) =>
          a.plan.id === 'aabenraa-2021' &&
          searchable(a.plan, a.initiative).includes('alkohol') &&
          (a.initiative.targetGroupIds ?? []).some(
            (id) => a.plan.targetGroups!.find((g) => g.id === id)!.label === 'Børn i misbrugsramte familier',
          ),
      ),
    ).length;
    expect(countText(el)).to.equal(`Viser ${n} af ${TOTAL} indsatser`);
  });

  it('groups by theme (an initiative under each of its themes), by plan (columns side by side) or not at all', async () => {
    const plan = byId('aalborg-2016-2019-status');
    const el = await fixture<PlanInitiativeList>(html`<plan-initiative-list plans=${plan.id}></plan-initiative-list>`);
    await ready(el);
    expect(root(el).querySelector('.note')!.textContent).to.contain('under hvert af sine temaer');
    const multi = plan.initiatives.find((i) => i.themes.length > 1)!;
    const groupsOf = [...root(el).querySelectorAll(`section.group [data-key="${plan.id}/${multi.id}"]`)].map((a) =>
      a.closest('section')!.getAttribute('data-group'),
    );
    expect(groupsOf).to.deep.equal([...multi.themes].sort((a, b) => themeOrder(a) - themeOrder(b)));
    expect(new Set(itemKeys(el)).size).to.equal(plan.initiatives.length);
    expect(countText(el)).to.equal(`Viser ${plan.initiatives.length} af ${plan.initiatives.length} indsatser`);

    const select = root(el).querySelector<HTMLSelectElement>('#group-by')!;
    select.value = 'none';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.getAttribute('group-by')).to.equal('none');
    expect(itemKeys(el).length).to.equal(plan.initiatives.length);
    expect(root(el).querySelector('.group-heading')).to.not.exist;
  });

  it('grouped by plan on a wide screen, plans stand side by side at full width, the facets folded above them', async function () {
    // axe reads every one of the 249 initiatives, laid out
    this.timeout(90000);
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 1248px">
        <plan-initiative-list group-by="plan" virtualize-above="1000"></plan-initiative-list>
      </div>`,
    );
    const el = wrapper.querySelector('plan-initiative-list')!;
    await ready(el);
    await waitUntil(() => root(el).querySelector('.columns'), 'no columns');
    const cols = [...root(el).querySelectorAll('.columns > section.column')];
    expect(cols.map((c) => c.getAttribute('data-group'))).to.deep.equal(PLANS.map((p) => p.id));
    PLANS.forEach((p, i) =>
      expect(cols[i]!.querySelectorAll('[part="item"]').length, p.id).to.equal(
        shownOf(ALL.filter((a) => a.plan === p)).length,
      ),
    );
    const boxes = cols.map((c) => c.getBoundingClientRect());
    expect(new Set(boxes.map((b) => b.top)).size).to.equal(1);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).to.be.greaterThan(boxes[i - 1]!.right - 1);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    const panel = root(el).querySelector<HTMLDetailsElement>('details[part="facets"]')!;
    expect(panel.open).to.be.false;
    expect(panel.getBoundingClientRect().bottom).to.be.at.most(boxes[0]!.top);
    await expect(el).to.be.accessible();

    // Too narrow for five columns (but wide enough for the facet column): stacked, facets beside the list.
    wrapper.style.width = '800px';
    await waitUntil(() => !root(el).querySelector('.columns'), 'still columns at 800 px');
    await settle(el);
    expect(panel.open).to.be.true;
    expect(root(el).querySelectorAll('section.group').length).to.equal(PLANS.length);
  });

  it('at 375 px the facets fold into a "Filtre" panel and nothing scrolls sideways; grouped by plan, plans stack', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 375px">
        <plan-initiative-list group-by="plan" plans="aabenraa-2021 aabenraa-2022-2024"></plan-initiative-list>
      </div>`,
    );
    const el = wrapper.querySelector('plan-initiative-list')!;
    await ready(el);
    await settle(el);
    const panel = root(el).querySelector<HTMLDetailsElement>('details[part="facets"]')!;
    expect(panel.open).to.be.false;
    const summary = panel.querySelector('summary')!;
    expect(summary.textContent!.trim()).to.equal('Filtre');
    expect(summary.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(root(el).querySelector('.columns')).to.not.exist;
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    const list = root(el).querySelector('[part="list"]')!;
    expect(list.getBoundingClientRect().width).to.be.closeTo(el.clientWidth, 1);
    summary.click();
    await settle(el);
    expect(panel.open).to.be.true;
    expect(checkbox(el, 'plan', 'aabenraa-2021').getBoundingClientRect().height).to.be.greaterThan(0);
    checkbox(el, 'plan', 'aabenraa-2021').click();
    await settle(el);
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Filtre (1 valgt)');
    await expect(el).to.be.accessible();
  });

  it('inside a comparison: the matrix selection filters by plan and theme, shown as a removable chip', async () => {
    const host = await fixture<TestComparisonHost>(
      html`<test-comparison-host><plan-initiative-list></plan-initiative-list></test-comparison-host>`,
    );
    const el = host.querySelector('plan-initiative-list')!;
    await ready(el);
    expect(root(el).querySelector('[part="chip"]')).to.not.exist;

    host.set({ planId: 'randers-2017-2020', theme: 'youth' });
    await settle(el);
    const randers = byId('randers-2017-2020');
    const expected = shownOf(
      randers.initiatives
        .filter((i) => i.themes.includes('youth'))
        .map((initiative) => ({ plan: randers, initiative })),
    );
    expect(countText(el)).to.equal(`Viser ${expected.length} af ${TOTAL} indsatser`);
    expect(new Set(itemKeys(el))).to.deep.equal(new Set(expected.map(keyOf)));
    const chip = root(el).querySelector<HTMLButtonElement>('[part="chip"]')!;
    expect(chip.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Valgt i matrix: Randers × Unge ✕(fjern)');
    expect(checkbox(el, 'plan', 'randers-2017-2020').checked).to.be.true;
    expect(el.appliedFilter).to.deep.equal({ plan: ['randers-2017-2020'], theme: ['youth'] });
    expect(el.filter).to.deep.equal({});

    const ev = oneEvent(el, 'plan-filter-change');
    chip.click();
    const e = (await ev) as CustomEvent;
    expect(host.calls).to.deep.equal([undefined]);
    expect(e.detail).to.deep.equal({});
    await settle(el);
    expect(root(el).querySelector('[part="chip"]')).to.not.exist;
    expect(countText(el)).to.equal(`Viser ${TOTAL} af ${TOTAL} indsatser`);
  });

  it('inside a comparison: changing a theme while a cell is chosen builds on it and clears the matrix selection', async () => {
    const host = await fixture<TestComparisonHost>(
      html`<test-comparison-host><plan-initiative-list></plan-initiative-list></test-comparison-host>`,
    );
    const el = host.querySelector('plan-initiative-list')!;
    await ready(el);
    host.set({ planId: 'randers-2017-2020', theme: 'youth' });
    await settle(el);
    const ev = oneEvent(el, 'plan-filter-change');
    checkbox(el, 'theme', 'prevention').click();
    const e = (await ev) as CustomEvent;
    expect(e.detail).to.deep.equal({ plan: ['randers-2017-2020'], theme: ['youth', 'prevention'] });
    expect(host.calls).to.deep.equal([undefined]);
    await settle(el);
    expect(root(el).querySelector('[part="chip"]')).to.not.exist;
    const n = shownOf(
      ALL.filter(
        (a) =>
          a.plan.id === 'randers-2017-2020' &&
          (a.initiative.themes.includes('youth') || a.initiative.themes.includes('prevention')),
      ),
    ).length;
    expect(countText(el)).to.equal(`Viser ${n} af ${TOTAL} indsatser`);
  });

  it('speaks English with lang="en"; plan content stays Danish', async () => {
    const plan = byId('aabenraa-2022-2024');
    const el = await fixture<PlanInitiativeList>(
      html`<plan-initiative-list lang="en" plans=${plan.id}></plan-initiative-list>`,
    );
    await ready(el);
    const text = root(el).textContent!.replace(/\s+/g, ' ');
    const n = shownOf(ALL.filter((a) => a.plan === plan)).length;
    expect(countText(el)).to.equal(`Showing ${n} of ${n} initiatives`);
    expect(root(el).querySelector('label[for="search"]')!.textContent).to.equal('Search initiatives');
    expect(root(el).querySelector('label[for="group-by"]')!.textContent).to.equal('Group by');
    const legends = [...root(el).querySelectorAll('legend')].map((l) => l.textContent);
    expect(legends).to.include.members(['Theme', 'Target group', 'Kind', 'Status']);
    for (const w of [
      'Offer',
      'Strategy',
      'Focus',
      'Approach',
      'Existing',
      'Future focus',
      'Clear filters',
      'Young people',
      'Source',
    ])
      expect(text).to.contain(w);
    expect(text).to.contain('listed under each of its themes');
    expect(text).to.not.contain('Viser');
    expect(text).to.contain(plan.initiatives[0]!.title);
  });

  it('10 000 initiatives: virtualised (few item elements in the DOM), scrolling renders more, search updates the count', async () => {
    const plans = syntheticPlans({ municipalities: 100, initiatives: 100, indicators: 1 });
    const total = plans.reduce((n, p) => n + p.initiatives.length, 0);
    expect(total).to.equal(10000);
    const el = await fixture<PlanInitiativeList>(html`<plan-initiative-list .data=${plans}></plan-initiative-list>`);
    await ready(el);
    await waitUntil(() => itemKeys(el).length > 0, 'no items rendered');
    expect(countText(el)).to.equal('Viser 10.000 af 10.000 indsatser');
    const first = itemKeys(el);
    expect(first.length).to.be.greaterThan(0).and.lessThan(300);
    expect(root(el).querySelectorAll('*').length).to.be.lessThan(12000);

    const list = root(el).querySelector('[part="list"]')!;
    window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY + 40000);
    await waitUntil(() => itemKeys(el).some((k) => !first.includes(k)), 'scrolling rendered no new items');
    expect(itemKeys(el).length).to.be.lessThan(300);
    window.scrollTo(0, 0);

    const t0 = performance.now();
    await typeQuery(el, 'hash');
    const ms = performance.now() - t0;
    const n = plans.flatMap((p) => p.initiatives.map((i) => searchable(p, i))).filter((s) => s.includes('hash')).length;
    expect(n).to.be.greaterThan(200);
    expect(countText(el)).to.equal(`Viser ${n.toLocaleString('da-DK')} af 10.000 indsatser`);
    expect(itemKeys(el).length).to.be.greaterThan(0).and.lessThan(300);
    console.log(`10 000 items: typing "hash" and re-rendering took ${Math.round(ms)} ms`);
    await expect(el).to.be.accessible();
  });

  it('keyboard: Tab walks a virtualised list item by item, rows rendered as focus moves down', async () => {
    const plans = syntheticPlans({ municipalities: 10, initiatives: 100, indicators: 1 });
    const el = await fixture<PlanInitiativeList>(
      html`<plan-initiative-list group-by="none" virtualize-above="200" .data=${plans}></plan-initiative-list>`,
    );
    await ready(el);
    await waitUntil(() => itemKeys(el).length > 0, 'no items rendered');
    const rendered = itemKeys(el).length;
    root(el).querySelector<HTMLElement>('[part="item"] summary')!.focus();
    const order = plans.flatMap((p) => p.initiatives.map((i) => `${p.id}/${i.id}`));
    const steps = rendered + 20;
    for (let i = 1; i <= steps; i++) {
      await sendKeys({ press: 'Tab' });
      await new Promise((r) => setTimeout(r, 30));
      expect(root(el).activeElement?.closest('[part="item"]')?.getAttribute('data-key'), `Tab ${i}`).to.equal(order[i]);
    }
    expect(itemKeys(el).length).to.be.lessThan(300);
  });

  it('shows a message with a way out when nothing matches, and an empty state for no plans', async () => {
    const el = await fixture<PlanInitiativeList>(html`<plan-initiative-list query="zzzz"></plan-initiative-list>`);
    await ready(el);
    expect(countText(el)).to.equal(`Viser 0 af ${TOTAL} indsatser`);
    const none = root(el).querySelector('.no-results')!;
    expect(none.textContent).to.contain('Ingen indsatser passer');
    none.querySelector('button')!.click();
    await settle(el);
    expect(countText(el)).to.equal(`Viser ${TOTAL} af ${TOTAL} indsatser`);
    const empty = await fixture<PlanInitiativeList>(
      html`<plan-initiative-list plans="no-such-plan"></plan-initiative-list>`,
    );
    await ready(empty);
    expect(root(empty).querySelector('[data-state="empty"]')).to.exist;
  });

  it('has no axe violations (light and dark)', async function () {
    // every initiative is in the DOM: axe reads about 30 000 nodes three times
    this.timeout(120000);
    const t0 = performance.now();
    const el = await fixture<PlanInitiativeList>(html`<plan-initiative-list></plan-initiative-list>`);
    await ready(el);
    await settle(el);
    root(el).querySelector<HTMLDetailsElement>('details[part="citation"]')!.open = true;
    await laidOut(el, () => expect(el).to.be.accessible());
    el.theme = 'dark';
    await settle(el);
    await laidOut(el, () => expect(el).to.be.accessible());
    el.groupBy = 'plan';
    el.plans = 'randers-2017-2020 ishoj-vallensbaek-2014-2018';
    await settle(el);
    await laidOut(el, () => expect(el).to.be.accessible());
    console.log(`axe ×3 over the whole list: ${Math.round(performance.now() - t0)} ms`);
  });
});

function themeOrder(t: string): number {
  return (THEME_IDS as readonly string[]).indexOf(t);
}
