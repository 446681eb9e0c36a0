import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/plan-evolution/define.js';
import { pickerCollection } from '../test/fixtures/evolution.js';

const meta: Meta = {
  title: 'Elements/plan-evolution',
  component: 'plan-evolution',
  render: (args) =>
    html`<plan-evolution
      plans=${args['plans'] ?? ''}
      lang=${args['lang'] ?? 'da'}
      theme=${args['theme'] ?? 'light'}
    ></plan-evolution>`,
};
export default meta;
type Story = StoryObj;

/** Aabenraa 2021 → 2022–2024, found by itself among all bundled plans. */
export const AllPlans: Story = {};
/** The Aabenraa pair, selected explicitly. */
export const AabenraaPair: Story = { args: { plans: 'aabenraa-2021 aabenraa-2022-2024' } };
/**
 * A collection with a policy (implemented by the 2021 plan), 2021, 2022–24 and a made-up 2025–27 plan:
 * a pair picker (the latest pair by default, whose changes are inferred), and "implemented by".
 */
export const PairPicker: Story = { render: () => html`<plan-evolution .data=${pickerCollection()}></plan-evolution>` };
/** Plans of different municipalities: nothing to trace. */
export const NoPair: Story = { args: { plans: 'randers-2017-2020 aalborg-2016-2019-status' } };
/** English interface. */
export const English: Story = { args: { lang: 'en' } };
/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };
/** At phone width. */
export const Narrow: Story = { render: () => html`<div style="width:375px"><plan-evolution></plan-evolution></div>` };
/** `src` that answers 404. */
export const LoadError: Story = { render: () => html`<plan-evolution src="/missing-plans.json"></plan-evolution>` };
/** Data not yet arrived. */
export const Loading: Story = {
  render: () => html`<plan-evolution .data=${new Promise(() => {})}></plan-evolution>`,
  parameters: { state: 'loading' },
};

/** No plan matches the selection. */
export const Empty: Story = { args: { plans: 'no-such-plan' } };
