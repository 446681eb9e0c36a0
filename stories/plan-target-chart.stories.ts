import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/plan-target-chart/define.js';
import { incomparablePlans } from '../test/fixtures/incomparable-plans.js';
import { bundledCollection } from '../src/data/bundled.js';
import { minimalPlan } from '../test/fixtures/minimal-plan.js';
import { syntheticPlans } from '../test/fixtures/synthetic.js';

/**
 * Every story is also a browser-test fixture (test/browser/plan-target-chart.stories.test.ts renders
 * each one and runs axe on it), so a state shown here is a state that is tested.
 */
const meta: Meta = {
  title: 'Elements/plan-target-chart',
  component: 'plan-target-chart',
  render: (args) =>
    html`<plan-target-chart
      plans=${args['plans'] ?? ''}
      indicator=${args['indicator'] ?? nothing}
      lang=${args['lang'] ?? 'da'}
      theme=${args['theme'] ?? 'light'}
      ?show-table=${args['showTable'] ?? false}
    ></plan-target-chart>`,
};
export default meta;

type Story = StoryObj;

/** A second plan with the same comparable indicator as Randers (a small test plan), with an approximate and an actual value. */
function testbyWithActuals() {
  const p = minimalPlan();
  const ind = p['indicators'][0];
  ind.values = [
    ...ind.values.slice(0, 2),
    {
      year: 2022,
      kind: 'actual',
      value: 44,
      approximate: true,
      provenance: { section: 'Testafsnit', quote: 'Effekten var ca. 44 % i 2022' },
    },
    ind.values[2],
  ];
  return p;
}

/** All five bundled plans (the embedded default: no `src`, no `data`): every indicator as small multiples; plans without indicators are named below. */
export const AllPlans: Story = {};

/** One plan: Randers' five indicators (treatment effect for drugs and alcohol against the national 2014 baseline; citizens, young people and families in treatment). */
export const OnePlan: Story = { args: { plans: 'randers-2017-2020' } };

/** The Aabenraa evolution pair: only 2022–24 has an indicator (two actual values, 2013 and 2018); 2021 is listed as without targets. */
export const AabenraaPair: Story = { args: { plans: 'aabenraa-2021 aabenraa-2022-2024' } };

/** One comparable indicator across the selected plans (`indicator="treatment-effect-drugs"`): Randers' targets against the national baseline. */
export const Comparable: Story = { args: { indicator: 'treatment-effect-drugs' } };

/** Two plans on one comparable indicator: one line per plan, told apart by direct labels as well as colour; an approximate actual value ("ca."). */
export const ComparableTwoPlans: Story = {
  render: () =>
    html`<plan-target-chart
      lang="da"
      indicator="treatment-effect-drugs"
      .data=${[...bundledCollection().plans, testbyWithActuals()]}
    ></plan-target-chart>`,
};

/** The same numbers as tables (the state after pressing "Vis som tabel"). */
export const TableView: Story = { args: { plans: 'randers-2017-2020', showTable: true } };

/** English interface; plan content (indicator labels, quotes) stays Danish. */
export const English: Story = { args: { lang: 'en', indicator: 'treatment-effect-alcohol' } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };

/** In a 375 px column (a phone): the charts follow their container's width. */
export const Narrow: Story = {
  render: () =>
    html`<div style="width:375px">
      <plan-target-chart lang="da" plans="randers-2017-2020 aabenraa-2022-2024"></plan-target-chart>
    </div>`,
};

/** No plan matches the selection. */
export const Empty: Story = { args: { plans: 'no-such-plan' } };

/** Plans without any measurable target: a message, not a blank chart. */
export const NoIndicators: Story = { args: { plans: 'aalborg-2016-2019-status ishoj-vallensbaek-2014-2018' } };

/** An `indicator` key that none of the selected plans has. */
export const UnknownIndicator: Story = { args: { indicator: 'no-such-indicator' } };

/** `src` that answers 404: the error state with retry. */
export const LoadError: Story = {
  render: () => html`<plan-target-chart lang="da" src="/missing-plans.json"></plan-target-chart>`,
};

/** Data that has not arrived yet (a promise that never settles). */
export const Loading: Story = {
  render: () => html`<plan-target-chart lang="da" .data=${new Promise(() => {})}></plan-target-chart>`,
  parameters: { state: 'loading' },
};

/** Twenty synthetic plans on one comparable indicator: six colours repeat, direct labels are spread apart. */
export const LargeSynthetic: Story = {
  render: () =>
    html`<plan-target-chart
      lang="da"
      indicator="treatment-effect-drugs"
      .data=${syntheticPlans({ municipalities: 20, initiatives: 2, indicators: 5 })}
    ></plan-target-chart>`,
};

/**
 * Citations in the table view, English: every value has a "Copy citation" button; "Download" offers
 * CSV and JSON of these values (SVG and PNG while the chart is shown).
 */
export const CitationsTableEnglish: Story = { args: { lang: 'en', plans: 'randers-2017-2020', showTable: true } };

/**
 * One comparable key, figures that do not measure alike (persons in two plans, a rate per 1 000 in a
 * third): separate panels with their own axes and a "Ikke sammenlignelige" note.
 */
export const NotComparable: Story = {
  render: () => {
    const { persons, rate, persons2 } = incomparablePlans();
    return html`<plan-target-chart
      indicator="persons-in-treatment"
      .data=${[persons, rate, persons2]}
    ></plan-target-chart>`;
  },
};
