import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/plan-comparison/define.js';
import { syntheticPlans } from '../test/fixtures/synthetic.js';
import { dkfdsCss } from '../src/themes/dkfds.js';

/** The DKFDS theme's style sheet on the page, once (as `<link rel="stylesheet" href="plan-compare-dkfds.css">` would). */
function withDkfdsStyleSheet(): void {
  const marked = document as Document & { planDkfdsSheet?: CSSStyleSheet };
  if (marked.planDkfdsSheet) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(dkfdsCss());
  marked.planDkfdsSheet = sheet;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** The full comparison. Every story is also a browser-test fixture (axe runs on each). */
const meta: Meta = {
  title: 'Elements/plan-comparison',
  component: 'plan-comparison',
  render: (args) =>
    html`<plan-comparison
      plans=${args['plans'] ?? ''}
      lang=${args['lang'] ?? 'da'}
      theme=${args['theme'] ?? 'light'}
    ></plan-comparison>`,
};
export default meta;
type Story = StoryObj;

/** All five bundled plans (the embedded default). */
export const AllPlans: Story = {};
/** One plan. */
export const OnePlan: Story = { args: { plans: 'randers-2017-2020' } };
/** The Aabenraa evolution pair. */
export const AabenraaPair: Story = { args: { plans: 'aabenraa-2021 aabenraa-2022-2024' } };
/** English interface; plan content stays Danish. */
export const English: Story = { args: { lang: 'en' } };
/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };
/** The look of Det Fælles Designsystem (`theme="dkfds"` with `plan-compare-dkfds.css` on the page). */
export const Dkfds: Story = {
  args: { theme: 'dkfds' },
  decorators: [
    (story) => {
      withDkfdsStyleSheet();
      return story();
    },
  ],
};
/** At phone width. */
export const Narrow: Story = { render: () => html`<div style="width:375px"><plan-comparison></plan-comparison></div>` };
/** `src` that answers 404. */
export const LoadError: Story = { render: () => html`<plan-comparison src="/missing-plans.json"></plan-comparison>` };
/** Data not yet arrived. */
export const Loading: Story = {
  render: () => html`<plan-comparison .data=${new Promise(() => {})}></plan-comparison>`,
  parameters: { state: 'loading' },
};
/** 98 synthetic municipalities, 5 selected. */
export const LargeSynthetic: Story = {
  render: () => {
    const plans = syntheticPlans();
    return html`<plan-comparison
      .data=${plans}
      plans=${plans
        .slice(0, 5)
        .map((p) => p.id)
        .join(' ')}
    ></plan-comparison>`;
  },
};
