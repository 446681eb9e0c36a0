import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/plan-track-matrix/define.js';
import { syntheticPlans } from '../test/fixtures/synthetic.js';
import { minimalPlan } from '../test/fixtures/minimal-plan.js';
import { planWithGap } from '../test/fixtures/evolution.js';

/**
 * Themes × plans: how strongly each plan covers each canonical theme, in text and shape. Every
 * story is also a browser-test fixture (rendered, settled, checked with axe).
 */
const meta: Meta = {
  title: 'Elements/plan-track-matrix',
  component: 'plan-track-matrix',
  args: { plans: '', lang: 'da', theme: 'light', 'show-tracks': false, 'hide-empty': false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['da', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) =>
    html`<plan-track-matrix
      plans=${args['plans'] ?? ''}
      lang=${args['lang'] ?? 'da'}
      theme=${args['theme'] ?? 'light'}
      ?show-tracks=${!!args['show-tracks']}
      ?hide-empty=${!!args['hide-empty']}
    ></plan-track-matrix>`,
};
export default meta;
type Story = StoryObj;

/** All five bundled plans (the embedded default: no `src`, no `data`). */
export const AllPlans: Story = {};

/** One plan: Randers 2017–2020, with its measurable targets. */
export const OnePlan: Story = { args: { plans: 'randers-2017-2020' } };

/**
 * A made-up plan whose source misses a table that could speak of families and the elderly: those two
 * themes are "Ukendt" (unknown), with their own symbol, not "Ikke dækket".
 */
export const UnknownCoverage: Story = {
  render: () => html`<plan-track-matrix .data=${[planWithGap()]} hide-empty></plan-track-matrix>`,
};
/** The Aabenraa pair: what the 2022–24 plan added to the 2021 plan. */
export const AabenraaPair: Story = { args: { plans: 'aabenraa-2021 aabenraa-2022-2024' } };

/** English interface; plan content (tracks, titles) stays Danish. */
export const English: Story = { args: { lang: 'en' } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };

/** At phone width (375 px): the table scrolls sideways inside its own region; the theme column and the plan headers stay put. */
export const Narrow: Story = {
  render: () => html`<div style="width:375px"><plan-track-matrix lang="da"></plan-track-matrix></div>`,
};

/** `show-tracks`: under each cell, the plan's own tracks mapped to the theme, in the plan's words. */
export const ShowTracks: Story = {
  args: { 'show-tracks': true, plans: 'randers-2017-2020 aabenraa-2022-2024 ishoj-vallensbaek-2014-2018' },
};

/** `hide-empty`: themes no shown plan covers are left out (a note says how many). */
export const HideEmpty: Story = { args: { 'hide-empty': true, plans: 'aalborg-2016-2019-status aabenraa-2021' } };

/** A selected cell (Randers × treatment, set through the `selected` property) with its details below the table. */
export const Selected: Story = {
  render: () =>
    html`<plan-track-matrix
      lang="da"
      .selected=${{ planId: 'randers-2017-2020', theme: 'treatment' }}
    ></plan-track-matrix>`,
};

/** The selected cell in English, with tracks shown. */
export const SelectedEnglish: Story = {
  render: () =>
    html`<plan-track-matrix
      lang="en"
      show-tracks
      plans="randers-2017-2020 aalborg-2016-2019-status"
      .selected=${{ planId: 'randers-2017-2020', theme: 'youth' }}
    ></plan-track-matrix>`,
};

/** A collection with one invalid plan: the valid one is shown, the rejected one listed with its problems. */
export const WithRejectedPlan: Story = {
  render: () =>
    html`<plan-track-matrix
      lang="da"
      .data=${[minimalPlan(), { ...minimalPlan(), id: 'broken-plan', period: { start: 2024, end: 2020 } }]}
    ></plan-track-matrix>`,
};

/** No plan matches the selection. */
export const Empty: Story = { args: { plans: 'no-such-plan' } };

/** `src` that answers 404: the error state with retry. */
export const LoadError: Story = {
  render: () => html`<plan-track-matrix lang="da" src="/missing-plans.json"></plan-track-matrix>`,
};

/** Data that has not arrived yet (a promise that never settles). */
export const Loading: Story = {
  render: () => html`<plan-track-matrix lang="da" .data=${new Promise(() => {})}></plan-track-matrix>`,
  parameters: { state: 'loading' },
};

/** 20 synthetic plans (not real data): a wide table that scrolls inside its region. */
export const LargeSynthetic: Story = {
  render: () =>
    html`<plan-track-matrix
      lang="da"
      .data=${syntheticPlans({ municipalities: 20, initiatives: 60, indicators: 10 })}
    ></plan-track-matrix>`,
};
