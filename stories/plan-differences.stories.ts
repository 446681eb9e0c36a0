import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/plan-differences/define.js';
import { syntheticPlans } from '../test/fixtures/synthetic.js';

const meta: Meta = {
  title: 'Elements/plan-differences',
  component: 'plan-differences',
  render: (args) =>
    html`<plan-differences
      plans=${args['plans'] ?? ''}
      lang=${args['lang'] ?? 'da'}
      theme=${args['theme'] ?? 'light'}
    ></plan-differences>`,
};
export default meta;
type Story = StoryObj;

/** All five bundled plans. */
export const AllPlans: Story = {};
/** Two plans of different municipalities. */
export const RandersAndAalborg: Story = { args: { plans: 'randers-2017-2020 aalborg-2016-2019-status' } };
/** The Aabenraa pair: one municipality at two points in time. */
export const AabenraaPair: Story = { args: { plans: 'aabenraa-2021 aabenraa-2022-2024' } };
/** One plan: nothing to compare yet. */
export const OnePlan: Story = { args: { plans: 'randers-2017-2020' } };
/** English interface. */
export const English: Story = { args: { lang: 'en', plans: 'randers-2017-2020 ishoj-vallensbaek-2014-2018' } };
/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };
/** At phone width. */
export const Narrow: Story = {
  render: () => html`<div style="width:375px"><plan-differences></plan-differences></div>`,
};
/** No plan matches. */
export const Empty: Story = { args: { plans: 'no-such-plan' } };
/** `src` that answers 404. */
export const LoadError: Story = { render: () => html`<plan-differences src="/missing-plans.json"></plan-differences>` };
/** Data not yet arrived. */
export const Loading: Story = {
  render: () => html`<plan-differences .data=${new Promise(() => {})}></plan-differences>`,
  parameters: { state: 'loading' },
};
/** 20 synthetic plans. */
export const LargeSynthetic: Story = {
  render: () =>
    html`<plan-differences
      .data=${syntheticPlans({ municipalities: 20, initiatives: 40, indicators: 5 })}
    ></plan-differences>`,
};
