import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/plan-theme-compare/define.js';
import { longWordsPlan, manyPlansWithFigures, planWithoutFigures } from './figures-fixtures.js';

const meta: Meta = {
  title: 'Elements/plan-theme-compare',
  component: 'plan-theme-compare',
  render: (args) =>
    html`<plan-theme-compare
      plans=${args['plans'] ?? ''}
      theme-id=${args['themeId'] ?? 'youth'}
      marked=${args['marked'] ?? ''}
      lang=${args['lang'] ?? 'da'}
      theme=${args['theme'] ?? 'light'}
    ></plan-theme-compare>`,
};
export default meta;
type Story = StoryObj;

/** Youth across all five bundled plans; Randers' column marked as if chosen in the matrix. */
export const Youth: Story = { args: { marked: 'randers-2017-2020' } };
/** Without `theme-id`: the theme picker (arrow keys move between themes). */
export const Picker: Story = {
  render: () => html`<plan-theme-compare plans="randers-2017-2020 aabenraa-2022-2024"></plan-theme-compare>`,
};
/** A theme most plans do not cover: "Ikke dækket" (coverage level none). "Unknown" comes with the evidence work. */
export const NotCovered: Story = { args: { themeId: 'workplaces' } };
/** A plan with no figures and nothing on the theme beside one that has. */
export const NoFigures: Story = {
  render: () =>
    html`<plan-theme-compare
      theme-id="treatment"
      .data=${[planWithoutFigures(), longWordsPlan()]}
    ></plan-theme-compare>`,
};
/** English interface. */
export const English: Story = { args: { lang: 'en', themeId: 'treatment' } };
/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark', marked: 'aabenraa-2021' } };
/** At phone width (375 px): the columns scroll sideways in their strip, the plan headers stay in view. */
export const Narrow: Story = {
  render: () =>
    html`<div style="width:375px">
      <plan-theme-compare theme-id="youth" marked="randers-2017-2020"></plan-theme-compare>
    </div>`,
};
/** At 320 px. */
export const Narrowest: Story = {
  render: () => html`<div style="width:320px"><plan-theme-compare theme-id="prevention"></plan-theme-compare></div>`,
};
/** Long Danish compound words (a story fixture, not real data), at 375 px. */
export const LongWords: Story = {
  render: () =>
    html`<div style="width:375px">
      <plan-theme-compare theme-id="youth" .data=${[longWordsPlan()]}></plan-theme-compare>
    </div>`,
};
/** 12 synthetic plans (not real data): twelve columns in the strip. */
export const ManyPlans: Story = {
  render: () => html`<plan-theme-compare theme-id="prevention" .data=${manyPlansWithFigures(12)}></plan-theme-compare>`,
};
/** An id that is not in the taxonomy. */
export const UnknownTheme: Story = { args: { themeId: 'no-such-theme' } };
/** No plan matches. */
export const Empty: Story = { args: { plans: 'no-such-plan' } };
/** `src` that answers 404. */
export const LoadError: Story = {
  render: () => html`<plan-theme-compare theme-id="youth" src="/missing-plans.json"></plan-theme-compare>`,
};
/** Data not yet arrived. */
export const Loading: Story = {
  render: () => html`<plan-theme-compare .data=${new Promise(() => {})}></plan-theme-compare>`,
  parameters: { state: 'loading' },
};
