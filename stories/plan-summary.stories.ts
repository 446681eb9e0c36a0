import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/plan-summary/define.js';
import { minimalPlan } from '../test/fixtures/minimal-plan.js';
import { syntheticPlans } from '../test/fixtures/synthetic.js';

/**
 * Every story is also a browser-test fixture (test/browser/stories.test.ts renders each one and
 * runs axe on it), so a state shown here is a state that is tested.
 */
const meta: Meta = {
  title: 'Elements/plan-summary',
  component: 'plan-summary',
  render: (args) =>
    html`<plan-summary
      plans=${args['plans'] ?? ''}
      lang=${args['lang'] ?? 'da'}
      theme=${args['theme'] ?? 'light'}
    ></plan-summary>`,
};
export default meta;

type Story = StoryObj;

/** All five bundled plans (the embedded default: no `src`, no `data`). */
export const AllBundledPlans: Story = {};

/** One plan, chosen with the `plans` attribute. */
export const OnePlan: Story = { args: { plans: 'randers-2017-2020' } };

/** The Aabenraa evolution pair. */
export const AabenraaPair: Story = { args: { plans: 'aabenraa-2021 aabenraa-2022-2024' } };

/**
 * Source caveats: Aalborg's status report has caveats about the plan as a whole (under the facts), a
 * target group, relations and status updates; its folded "Forbehold ved kilden" lists all of them by
 * what they concern, each naming its item.
 */
export const WithCaveats: Story = {
  args: { plans: 'aalborg-2016-2019-status' },
};

/** The caveats in English (the plans carry English translations of their caveats). */
export const WithCaveatsEnglish: Story = { args: { plans: 'ishoj-vallensbaek-2014-2018', lang: 'en' } };

/** English interface; plan content stays Danish. */
export const English: Story = { args: { lang: 'en' } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };

/** No plan matches the selection. */
export const Empty: Story = { args: { plans: 'no-such-plan' } };

/** A collection with one invalid plan: the valid one is shown, the rejected one listed with its problems. */
export const WithRejectedPlan: Story = {
  render: () =>
    html`<plan-summary
      .data=${[minimalPlan(), { ...minimalPlan(), id: 'broken-plan', period: { start: 2024, end: 2020 } }]}
    ></plan-summary>`,
};

/** `src` that answers 404: the error state with retry. */
export const LoadError: Story = { render: () => html`<plan-summary src="/missing-plans.json"></plan-summary>` };

/** Data that has not arrived yet (a promise that never settles). */
export const Loading: Story = {
  render: () => html`<plan-summary .data=${new Promise(() => {})}></plan-summary>`,
  parameters: { state: 'loading' },
};

/** At phone width. */
export const Narrow: Story = {
  render: () => html`<div style="width:375px"><plan-summary lang="da"></plan-summary></div>`,
};

/** 98 synthetic municipalities (the cards wrap into a grid). */
export const LargeSynthetic: Story = {
  render: () =>
    html`<plan-summary lang="da" .data=${syntheticPlans({ initiatives: 20, indicators: 2 })}></plan-summary>`,
};
