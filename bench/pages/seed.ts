/**
 * Seed-data scenarios (the five bundled plans): the whole comparison, and the target chart alone.
 * The element code is loaded with the page; timing starts at element creation.
 *
 * `data` is either the validated plans of `plan-compare/data` (validated before timing, as the
 * vega-lite rows are prepared before timing) or the raw documents (validation inside the timing).
 */
import '../../src/elements/plan-comparison/define.js';
import '../../src/elements/plan-target-chart/define.js';
import { BUNDLED_DOCUMENTS, bundledCollection } from '../../src/data/bundled.js';
import { expose, rendered, reset, stage } from './harness.js';
import { CHART_KEY } from './series.js';

const validated = bundledCollection().plans;

/** Time from creating the comparison to the first screen rendered and painted (only what is in the viewport). */
async function firstView(data: unknown): Promise<Record<string, number>> {
  const host = stage();
  const t0 = performance.now();
  const el = document.createElement('plan-comparison');
  el.data = data;
  host.append(el);
  const t1 = await rendered(el, undefined, { inView: true });
  return { ms: t1 - t0, sections: el.shadowRoot!.querySelectorAll('section[data-section]').length };
}

/** The full report: every section rendered (the comparison with `layout="report"` once it has sections on demand). */
async function comparison(data: unknown): Promise<Record<string, number>> {
  const host = stage();
  const t0 = performance.now();
  const el = document.createElement('plan-comparison');
  el.setAttribute('layout', 'report');
  el.data = data;
  host.append(el);
  const t1 = await rendered(el);
  const sr = el.shadowRoot!;
  const sections = sr.querySelectorAll('section[data-section]').length;
  const chart = sr.querySelector('plan-target-chart')!.shadowRoot!;
  return {
    ms: t1 - t0,
    sections,
    charts: chart.querySelectorAll('svg[part="chart"]').length,
    points: chart.querySelectorAll('g.point').length,
  };
}

async function chart(data: unknown): Promise<Record<string, number>> {
  const host = stage();
  const t0 = performance.now();
  const el = document.createElement('plan-target-chart');
  el.indicator = CHART_KEY;
  el.data = data;
  host.append(el);
  const t1 = await rendered(el);
  const sr = el.shadowRoot!;
  return {
    ms: t1 - t0,
    charts: sr.querySelectorAll('svg[part="chart"]').length,
    points: sr.querySelectorAll('g.point').length,
  };
}

/** The same scenario a second time in the page: code compiled and warm, stylesheets parsed, Intl data loaded. */
async function warm(run: () => Promise<Record<string, number>>): Promise<Record<string, number>> {
  await run();
  await reset();
  return run();
}

const SCENARIOS: Record<string, () => Promise<Record<string, number>>> = {
  'first-view': () => firstView(validated),
  comparison: () => comparison(validated),
  'comparison-documents': () => comparison(BUNDLED_DOCUMENTS),
  'comparison-warm': () => warm(() => comparison(validated)),
  chart: () => chart(validated),
  'chart-warm': () => warm(() => chart(validated)),
  reset,
};

expose({
  run: (name) => SCENARIOS[name]?.() ?? Promise.reject(new Error(`unknown scenario ${name}`)),
});
