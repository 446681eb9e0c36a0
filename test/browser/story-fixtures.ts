// Every Storybook story is a fixture: render it, wait until it leaves the loading state, run axe.
// Each element's stories test calls runStories(tag, module).
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';

type StoryModule = Record<string, any>;

/** [story name, rendered template] for every named export of a stories module. */
export function storiesOf(mod: StoryModule): [string, TemplateResult, boolean][] {
  const meta = mod['default'];
  return Object.entries(mod)
    .filter(([name]) => name !== 'default')
    .map(([name, story]) => {
      const args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
      const render = story.render ?? meta.render;
      return [name, render(args, { args }) as TemplateResult, story.parameters?.state === 'loading'];
    });
}

/** Settled: rendered, and out of the loading state — or in it, for a story whose parameters say `{ state: 'loading' }`. */
const settled = (root: ShadowRoot | null | undefined, loading: boolean) =>
  !!root && root.childElementCount > 0 && !!root.querySelector('[data-state="loading"]') === loading;

/** Render each story of `mod`, find the first `tag` element in it, wait for it to settle, run axe. */
export function runStories(tag: string, mod: StoryModule): void {
  describe(`stories of <${tag}>`, () => {
    // The virtual list's ResizeObserver reports a benign "loop completed with undelivered notifications" (lit/lit#3154).
    setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
    for (const [name, template, loading] of storiesOf(mod)) {
      it(`${name}: renders and has no axe violations`, async function () {
        // axe reads every initiative of a story, laid out (529 rows with all five plans)
        this.timeout(60000);
        const host = await fixture<HTMLElement>(template);
        const el = (host.localName === tag ? host : host.querySelector(tag)) as HTMLElement | null;
        expect(el, `<${tag}> in story ${name}`).to.exist;
        await waitUntil(() => settled(el!.shadowRoot, loading), `${name} did not settle`, { timeout: 10000 });
        expect(el!.shadowRoot!.textContent!.trim().length).to.be.greaterThan(0);
        await expect(host).to.be.accessible();
      });
    }
  });
}
