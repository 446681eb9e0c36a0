import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/plan-figures/define.js';
import { longWordsPlan, manyPlansWithFigures, planWithoutFigures } from './figures-fixtures.js';

const meta: Meta = {
  title: 'Elements/plan-figures',
  component: 'plan-figures',
  render: (args) =>
    html`<plan-figures
      plans=${args['plans'] ?? ''}
      lang=${args['lang'] ?? 'da'}
      theme=${args['theme'] ?? 'light'}
    ></plan-figures>`,
};
export default meta;
type Story = StoryObj;

/** All five bundled plans: 45 statistics, the national figures several plans cite lined up first. */
export const AllPlans: Story = {};
/** Randers: the municipal cost table (printed total beside the sum of its rows) and the national figures it cites. */
export const Randers: Story = { args: { plans: 'randers-2017-2020' } };
/** The Aabenraa pair: 509 printed, the rows sum to 421; the 2022–2024 table is a reprint of 2021's. */
export const AabenraaPair: Story = { args: { plans: 'aabenraa-2021 aabenraa-2022-2024' } };
/** English interface. */
export const English: Story = { args: { lang: 'en', plans: 'ishoj-vallensbaek-2014-2018 aabenraa-2022-2024' } };
/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark', plans: 'randers-2017-2020 aabenraa-2021' } };
/** At phone width (375 px). */
export const Narrow: Story = {
  render: () =>
    html`<div style="width:375px"><plan-figures plans="randers-2017-2020 aabenraa-2021"></plan-figures></div>`,
};
/** A plan that reports no figures. */
export const NoFigures: Story = {
  render: () => html`<plan-figures .data=${[planWithoutFigures()]}></plan-figures>`,
};
/** Long Danish compound words in the labels (a story fixture, not real data), at 375 px. */
export const LongWords: Story = {
  render: () => html`<div style="width:375px"><plan-figures .data=${[longWordsPlan()]}></plan-figures></div>`,
};
/** 12 synthetic plans, each carrying one seed plan's statistics (not real data). */
export const ManyPlans: Story = {
  render: () => html`<plan-figures .data=${manyPlansWithFigures(12)}></plan-figures>`,
};
/** No plan matches. */
export const Empty: Story = { args: { plans: 'no-such-plan' } };
/** `src` that answers 404. */
export const LoadError: Story = { render: () => html`<plan-figures src="/missing-plans.json"></plan-figures>` };
/** Data not yet arrived. */
export const Loading: Story = {
  render: () => html`<plan-figures .data=${new Promise(() => {})}></plan-figures>`,
  parameters: { state: 'loading' },
};
