import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { LitElement, html } from 'lit';
import { ContextProvider } from '@lit/context';
import '../src/elements/plan-initiative-list/define.js';
import {
  comparisonContext,
  type ComparisonContextValue,
  type PlanThemeSelection,
} from '../src/elements/shared/context.js';
import { syntheticPlans } from '../test/fixtures/synthetic.js';
import { minimalPlan } from '../test/fixtures/minimal-plan.js';

/**
 * Every initiative of the chosen plans, searchable and filterable, grouped by theme or plan. Every
 * story is also a browser-test fixture (rendered, settled, checked with axe).
 */
const meta: Meta = {
  title: 'Elements/plan-initiative-list',
  component: 'plan-initiative-list',
  args: { plans: '', lang: 'da', theme: 'light', query: '', themes: '', status: '', kind: '', 'group-by': 'theme' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['da', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    'group-by': { control: 'inline-radio', options: ['theme', 'plan', 'none'] },
  },
  render: (args) =>
    html`<plan-initiative-list
      plans=${args['plans'] ?? ''}
      lang=${args['lang'] ?? 'da'}
      theme=${args['theme'] ?? 'light'}
      query=${args['query'] ?? ''}
      themes=${args['themes'] ?? ''}
      status=${args['status'] ?? ''}
      kind=${args['kind'] ?? ''}
      group-by=${args['group-by'] ?? 'theme'}
      ?with-caveat=${!!args['with-caveat']}
    ></plan-initiative-list>`,
};
export default meta;
type Story = StoryObj;

/** All five bundled plans (the embedded default: no `src`, no `data`), grouped by theme. Long, so virtualised. */
export const AllPlans: Story = {};

/** One plan: Randers 2017–2020. */
export const OnePlan: Story = { args: { plans: 'randers-2017-2020' } };

/** The Aabenraa pair side by side (grouped by plan): Aabenraa's 2022–24 plan tags each initiative Tilbud / Strategi / Fokus / Tilgang. */
export const AabenraaPair: Story = { args: { plans: 'aabenraa-2021 aabenraa-2022-2024', 'group-by': 'plan' } };

/** All plans grouped by plan: columns side by side on a wide screen, stacked on a phone. */
export const GroupByPlan: Story = { args: { 'group-by': 'plan' } };

/** No grouping: one list. */
export const NoGrouping: Story = {
  args: { plans: 'aalborg-2016-2019-status ishoj-vallensbaek-2014-2018', 'group-by': 'none' },
};

/** Filters preset by an editor in HTML: `query="unge" themes="youth prevention" status="existing"`. */
export const PresetFilters: Story = { args: { query: 'unge', themes: 'youth prevention', status: 'existing' } };

/** Search with the Danish letters spelled out: "aeldre" finds "ældre". */
export const SearchAeldre: Story = { args: { query: 'aeldre' } };

/** A search that matches nothing: a message and a button that clears the filters. */
export const NoResults: Story = { args: { query: 'zzzz ingen indsats' } };

/** English interface; plan content (titles, quotes, target groups) stays Danish. */
export const English: Story = { args: { lang: 'en', plans: 'aabenraa-2022-2024' } };

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark', plans: 'randers-2017-2020 aabenraa-2022-2024' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** At phone width (375 px): the facets fold into a "Filtre" panel above a full-width list. */
export const Narrow: Story = {
  render: () =>
    html`<div style="width:375px">
      <plan-initiative-list lang="da" plans="aabenraa-2022-2024"></plan-initiative-list>
    </div>`,
};

/** 10 000 synthetic initiatives (100 plans × 100): only the rows near the viewport are in the DOM. */
export const LargeSynthetic: Story = {
  render: () =>
    html`<plan-initiative-list
      lang="da"
      .data=${syntheticPlans({ municipalities: 100, initiatives: 100, indicators: 1 })}
    ></plan-initiative-list>`,
};

class StoryComparisonHost extends LitElement {
  private selection: PlanThemeSelection | undefined = { planId: 'randers-2017-2020', theme: 'youth' };
  private readonly provider = new ContextProvider(this, { context: comparisonContext, initialValue: this.value() });
  private value(): ComparisonContextValue {
    return {
      state: { selection: this.selection },
      select: (next) => ((this.selection = next), this.provider.setValue(this.value())),
    };
  }
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
if (!customElements.get('story-comparison-host')) customElements.define('story-comparison-host', StoryComparisonHost);

/** Inside a comparison: the cell Randers × Unge chosen in the track matrix filters the list; the chip removes it. */
export const MatrixSelection: Story = {
  render: () =>
    html`<story-comparison-host><plan-initiative-list lang="da"></plan-initiative-list></story-comparison-host>`,
};

/** A collection with one invalid plan: the valid one is shown, the rejected one listed with its problems. */
export const WithRejectedPlan: Story = {
  render: () =>
    html`<plan-initiative-list
      lang="da"
      .data=${[minimalPlan(), { ...minimalPlan(), id: 'broken-plan', period: { start: 2024, end: 2020 } }]}
    ></plan-initiative-list>`,
};

/** No plan matches the selection. */
export const Empty: Story = { args: { plans: 'no-such-plan' } };

/** `src` that answers 404: the error state with retry. */
export const LoadError: Story = {
  render: () => html`<plan-initiative-list lang="da" src="/missing-plans.json"></plan-initiative-list>`,
};

/** Data that has not arrived yet (a promise that never settles). */
export const Loading: Story = {
  render: () => html`<plan-initiative-list lang="da" .data=${new Promise(() => {})}></plan-initiative-list>`,
  parameters: { state: 'loading' },
};

/**
 * What a journalist downloads: a search and a status filter. "Hent data" saves exactly these
 * initiatives as CSV (`;`, decimal comma, BOM) or JSON; each "Kilde" holds the citation and a
 * "Kopiér kildehenvisning" button.
 */
export const FilteredForDownload: Story = { args: { query: 'unge', status: 'existing', 'group-by': 'none' } };

/** The "Med forbehold" switch on: only initiatives with a source caveat, each with its caveat marker. */
export const CaveatFilterOn: Story = { args: { 'with-caveat': true, 'group-by': 'plan' } };

/** The "With a caveat" switch on, in English, for one plan. */
export const CaveatFilterOnEnglish: Story = {
  args: { 'with-caveat': true, lang: 'en', plans: 'randers-2017-2020', 'group-by': 'none' },
};
