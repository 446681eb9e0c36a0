// Every Storybook story is a fixture: render it, wait until it leaves the loading state, run axe and the
// IBM Equal Access rules. Each element's stories test calls runStories(tag, module).
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { DISABLED, ibmViolations, violationLines } from './ibm.js';

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

/**
 * Everything of a settled element rendered: no section left pending (the comparison renders the sections below
 * its overview a moment after load), every element nested in its shadow root defined and settled in turn.
 */
const rendered = (el: Element): boolean =>
  !el.shadowRoot?.querySelector('section[data-pending]') &&
  [...(el.shadowRoot?.querySelectorAll('*') ?? [])]
    .filter((child) => child.localName.startsWith('plan-'))
    .every((child) => customElements.get(child.localName) && settled(child.shadowRoot, false) && rendered(child));

/**
 * Render each story of `mod`, find the first `tag` element in it, wait for it to settle, run axe, wait for it
 * to render in full, run the IBM rules. A story stands in the page's `<main>`, as the element does on a page that embeds it: the IBM rules
 * want all content inside a landmark, and the landmarks are the page's, not the element's.
 */
export function runStories(
  tag: string,
  mod: StoryModule,
  {
    timeout = 60000,
    part = [1, 1],
  }: {
    timeout?: number;
    /** `[k, n]`: only every n-th story from the k-th on, so that a slow module's stories spread over n test files. */
    part?: [number, number];
  } = {},
): void {
  const [k, n] = part;
  describe(`stories of <${tag}>${n > 1 ? ` (part ${k} of ${n})` : ''}`, () => {
    // The virtual list's ResizeObserver reports a benign "loop completed with undelivered notifications" (lit/lit#3154).
    setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
    let main: HTMLElement;
    before(() => {
      main = document.createElement('main');
      document.body.append(main);
    });
    after(() => main.remove());
    for (const [name, template, loading] of storiesOf(mod).filter((_, i) => i % n === k - 1)) {
      it(`${name}: renders and has no axe or IBM Equal Access violations`, async function () {
        // axe reads every initiative of a story, laid out (529 rows with all five plans)
        this.timeout(timeout);
        const host = await fixture<HTMLElement>(template, { parentNode: main });
        const el = (host.localName === tag ? host : host.querySelector(tag)) as HTMLElement | null;
        expect(el, `<${tag}> in story ${name}`).to.exist;
        await waitUntil(() => settled(el!.shadowRoot, loading), `${name} did not settle`, { timeout: 10000 });
        expect(el!.shadowRoot!.textContent!.trim().length).to.be.greaterThan(0);
        await expect(host).to.be.accessible();
        // the IBM rules read the whole story, whatever axe's run left time to render
        if (!loading) await waitUntil(() => rendered(el!), `${name} did not render in full`, { timeout: 30000 });
        // strings only: a failed comparison of DOM elements can take the test browser down
        const found = violationLines(await ibmViolations(main, DISABLED));
        expect(found, `IBM Equal Access violations in story ${name}:\n${found.join('\n')}`).to.deep.equal([]);
      });
    }
  });
}
