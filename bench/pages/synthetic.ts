/**
 * Synthetic scale: `?m=98` generates 98 municipalities × 60 initiatives × 10 indicators
 * (test/fixtures/synthetic.ts) and validates them when the page loads, before any timing; the
 * elements get the validated plans (as from `plan-compare/data`). Validation is timed on its own.
 */
import '../../src/elements/plan-comparison/define.js';
import '../../src/elements/plan-track-matrix/define.js';
import '../../src/elements/plan-initiative-list/define.js';
import { syntheticPlans } from '../../test/fixtures/synthetic.js';
import { validateCollection } from '../../src/schema/validate.js';
import { expose, rendered, stage } from './harness.js';

const params = new URLSearchParams(location.search);
const municipalities = Number(params.get('m') ?? 98);
/** `?va=N`: the initiative list's `virtualize-above` (unset: the element's default). */
const virtualizeAbove = params.get('va');
const documents = syntheticPlans({ municipalities, initiatives: 60, indicators: 10, seed: 1 });
/** Validated when the page loads, outside the timings (the 'validate' scenario times validation alone). */
const plans = validateCollection(documents).plans;

async function mount(
  tag: 'plan-comparison' | 'plan-track-matrix' | 'plan-initiative-list',
): Promise<{ el: HTMLElement; ms: number }> {
  const host = stage();
  const t0 = performance.now();
  const el = document.createElement(tag);
  (el as HTMLElement & { data: unknown }).data = plans;
  if (virtualizeAbove && tag === 'plan-initiative-list') el.setAttribute('virtualize-above', virtualizeAbove);
  host.append(el);
  const t1 = await rendered(el);
  return { el, ms: t1 - t0 };
}

let list: HTMLElement | undefined;
const latencies: number[] = [];

/** Records, for each input event in the list's search field, the time until the frame after the list re-rendered. */
async function listForTyping(): Promise<Record<string, number>> {
  const { el, ms } = await mount('plan-initiative-list');
  list = el;
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  input.addEventListener('input', (e) => {
    if (!e.isTrusted) return; // only the driver's key presses, not clearSearch()
    const t0 = Math.min(e.timeStamp, performance.now());
    void rendered(el).then((t1) => latencies.push(t1 - t0));
  });
  input.focus();
  return { ms, items: el.shadowRoot!.querySelectorAll('article.item').length };
}

expose({
  run: async (name) => {
    switch (name) {
      case 'matrix': {
        const { el, ms } = await mount('plan-track-matrix');
        return { ms, cells: el.shadowRoot!.querySelectorAll('td.cell').length };
      }
      case 'comparison': {
        const { el, ms } = await mount('plan-comparison');
        return { ms, sections: el.shadowRoot!.querySelectorAll('section[data-section]').length };
      }
      case 'validate': {
        const t0 = performance.now();
        const r = validateCollection(documents);
        return { ms: performance.now() - t0, plans: r.plans.length };
      }
      case 'list':
        return listForTyping();
      case 'type': {
        // For profiling (bench/profile.mjs --prepare list): type a word into the mounted list with synthetic input events.
        const input = list!.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
        const times: number[] = [];
        for (const ch of 'rådgivning') {
          const t0 = performance.now();
          input.value += ch;
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          times.push((await rendered(list!)) - t0);
        }
        return { ms: times.reduce((a, b) => a + b, 0) / times.length, max: Math.max(...times) };
      }
      default:
        throw new Error(`unknown scenario ${name}`);
    }
  },
  /** Resolves when `n` keystroke latencies are recorded; returns them. */
  latencies: async (n: number) => {
    const until = performance.now() + 10_000;
    while (latencies.length < n && performance.now() < until) await new Promise((r) => setTimeout(r, 2));
    return [...latencies];
  },
  clearSearch: async () => {
    const input = list!.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await rendered(list!);
    latencies.length = 0;
    return input.value;
  },
  plans: plans.length,
});
