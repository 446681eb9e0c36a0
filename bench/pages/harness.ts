/**
 * In-page helpers of the benchmark pages: what "rendered" means, frames, and the timer protocol
 * the driver (bench/run.mjs) talks to through `window.bench`.
 *
 * Rendered = every plan element in the tree is past its loading state and has no pending Lit
 * update (its `updateComplete` resolved and no update was requested since), every chart SVG has its d3 axes drawn (tick
 * groups present), an initiative list whose list area is in the viewport shows at least one item, and then one more
 * frame has run: `requestAnimationFrame` followed by a MessageChannel task, i.e. after that frame's
 * style, layout and paint. A re-render caused by ResizeObserver in that frame is caught by the
 * loop (it sets an update pending again) and waited for.
 */
import type { ReactiveElement } from 'lit';

// @ts-expect-error -- plain JavaScript module without types
import { ELEMENTS } from '../../scripts/entries.mjs';

export const PLAN_TAGS: readonly string[] = ELEMENTS;
const SELECTOR = PLAN_TAGS.join(',');

/** The frame after now: rAF, then a task queued from it (runs after the frame is painted). */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now());
      ch.port2.postMessage(0);
    }),
  );
}

/** The element and the plan elements in its shadow root (the comparison's children; no plan element nests deeper). */
function allPlanElements(root: Element): ReactiveElement[] {
  const out: ReactiveElement[] = [root as ReactiveElement];
  if (root.localName === 'plan-comparison' && root.shadowRoot)
    out.push(...(root.shadowRoot.querySelectorAll(SELECTOR) as unknown as ReactiveElement[]));
  return out;
}

function inView(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
}

function drawn(el: Element): boolean {
  const sr = el.shadowRoot;
  if (!sr || sr.querySelector('[data-state="loading"]')) return false;
  // d3 draws the axes after Lit renders the chart: an axis group still empty is a chart not drawn yet (one query, not one per chart).
  if (el.localName === 'plan-target-chart' && sr.querySelector('svg[part="chart"] g.x-axis:empty')) return false;
  if (el.localName === 'plan-initiative-list') {
    // A virtualised list renders only the rows near the viewport: require one when the list is in view.
    const list = sr.querySelector<HTMLElement>('[part="list"]:not(.no-results)');
    if (list && inView(list) && !sr.querySelector('article.item')) return false;
  }
  return sr.childNodes.length > 0;
}

/**
 * Resolves with the time of the first frame task after `root` and its plan elements are rendered (see above).
 * `inView`: only the plan elements in the viewport count (the first screen a reader sees); the root always does.
 */
export async function rendered(
  root: Element,
  limitMs = 120_000,
  { inView: firstScreen = false } = {},
): Promise<number> {
  const start = performance.now();
  const planElements = (r: Element) => allPlanElements(r).filter((e) => !firstScreen || e === r || inView(e));
  for (;;) {
    const els = planElements(root);
    await Promise.all(els.map((e) => e.updateComplete));
    const t = await nextFrame();
    const again = planElements(root);
    if (again.length === els.length && again.every((e) => !e.isUpdatePending && drawn(e))) return t;
    if (t - start > limitMs) throw new Error(`not rendered after ${limitMs} ms`);
  }
}

export interface BenchApi {
  ready: boolean;
  run(name: string, params?: Record<string, unknown>): Promise<unknown>;
  [k: string]: unknown;
}

export function expose(api: Omit<BenchApi, 'ready'>): void {
  (window as unknown as { bench: BenchApi }).bench = { ...api, ready: true } as BenchApi;
}

/** A fresh, visible container of the page's width for one measurement. */
export function stage(): HTMLElement {
  const host = document.createElement('main');
  host.className = 'stage';
  document.body.append(host);
  return host;
}

/** Remove every stage (and what is on it), then let a frame pass. */
export async function reset(): Promise<Record<string, number>> {
  for (const el of document.querySelectorAll('.stage')) el.remove();
  return { ms: performance.now() - (await nextFrame()) };
}
