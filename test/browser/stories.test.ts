// Every Storybook story is a fixture: render it, wait until it leaves the loading state, run axe.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as summaryStories from '../../stories/plan-summary.stories.js';

type StoryModule = Record<string, any>;
const MODULES: Record<string, StoryModule> = { 'plan-summary': summaryStories };

function storiesOf(mod: StoryModule): [string, TemplateResult][] {
  const meta = mod['default'];
  return Object.entries(mod)
    .filter(([name]) => name !== 'default')
    .map(([name, story]) => {
      const args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
      const render = story.render ?? meta.render;
      return [name, render(args, { args }) as TemplateResult];
    });
}

const settled = (root: ShadowRoot | null) => !!root && root.childElementCount > 0 && !root.querySelector('[data-state="loading"]');

for (const [component, mod] of Object.entries(MODULES)) {
  describe(`stories of <${component}>`, () => {
    for (const [name, template] of storiesOf(mod)) {
      it(`${name}: renders and has no axe violations`, async () => {
        const host = await fixture<HTMLElement>(template);
        const el = host.localName === component ? host : host.querySelector(component)!;
        await waitUntil(() => settled(el.shadowRoot), `${name} did not settle`, { timeout: 10000 });
        expect(el.shadowRoot!.textContent!.trim().length).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      });
    }
  });
}
