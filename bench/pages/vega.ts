/**
 * The alternative: vega-embed drawing the same indicator series as a vega-lite chart (SVG
 * renderer, no actions menu). The rows are extracted before timing starts; timing runs from the
 * `embed()` call to its promise resolving plus one frame.
 */
import embed from 'vega-embed';
import { BUNDLED_DOCUMENTS } from '../../src/data/bundled.js';
import { expose, nextFrame, reset, stage } from './harness.js';
import { CHART_KEY, chartRows, type Row } from './series.js';

/** Baseline and target as a dashed line, actual values as a solid line, a marker per point (shape = kind), national values as a reference rule. */
function spec(rows: Row[]): Record<string, unknown> {
  const x = {
    field: 'year',
    type: 'quantitative',
    title: 'År',
    axis: { format: 'd', tickMinStep: 1 },
    scale: { zero: false },
  };
  const y = { field: 'value', type: 'quantitative', title: 'Procent', scale: { zero: true } };
  const color = { field: 'plan', type: 'nominal', title: 'Plan' };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 560,
    height: 300,
    data: { values: rows },
    layer: [
      {
        transform: [{ filter: "datum.kind !== 'actual'" }],
        mark: { type: 'line', strokeDash: [6, 4] },
        encoding: { x, y, color },
      },
      { transform: [{ filter: "datum.kind !== 'target'" }], mark: { type: 'line' }, encoding: { x, y, color } },
      {
        transform: [{ filter: "datum.scope !== 'municipal'" }],
        mark: { type: 'rule', strokeDash: [2, 2] },
        encoding: { y, color },
      },
      {
        mark: { type: 'point', filled: true, size: 70 },
        encoding: {
          x,
          y,
          color,
          shape: { field: 'kind', type: 'nominal', title: 'Type' },
          tooltip: [
            { field: 'plan' },
            { field: 'year', title: 'År' },
            { field: 'kind', title: 'Type' },
            { field: 'value', title: 'Værdi' },
            { field: 'section', title: 'Kilde' },
            { field: 'quote', title: 'Citat' },
          ],
        },
      },
    ],
  };
}

async function run(keys: string[]): Promise<Record<string, number>> {
  const rows = chartRows(BUNDLED_DOCUMENTS, keys);
  const host = stage();
  const div = document.createElement('div');
  host.append(div);
  const t0 = performance.now();
  const result = await embed(div, spec(rows) as never, { renderer: 'svg', actions: false });
  const t1 = await nextFrame();
  const points = div.querySelectorAll('svg .mark-symbol.role-mark path').length;
  result.finalize();
  return { ms: t1 - t0, points, rows: rows.length };
}

/** The same chart a second time in the page: code compiled and warm. */
async function warm(): Promise<Record<string, number>> {
  await run([CHART_KEY]);
  await reset();
  return run([CHART_KEY]);
}

const SCENARIOS: Record<string, () => Promise<Record<string, number>>> = {
  vega: () => run([CHART_KEY]),
  'vega-both': () => run([CHART_KEY, 'treatment-effect-alcohol']),
  'vega-warm': warm,
  reset,
};

expose({
  run: (name) => SCENARIOS[name]?.() ?? Promise.reject(new Error(`unknown scenario ${name}`)),
});
