#!/usr/bin/env node
// `npm run bench`: sizes, then render timings in headless Chromium, measured against vega-embed in
// the same run and at the scale of all 98 municipalities (and 2×, 4× that).
//
//   node bench/run.mjs [--quick] [--runs 10] [--warmup 2] [--scales 98,196,392] [--only sizes,seed,synthetic] [--no-build]
//                      [--virtualize-above N]   (the initiative list's threshold in the synthetic scenarios)
//
// --quick: the same table from fewer runs (3 measured after 1 warm-up), the 98-municipality scale only, and
// of the seed scenarios only the comparison, the chart and vega-embed (a few minutes instead of ~20).
//
// 1. builds the package (scripts/build-lib.mjs: dist/lib, dist/cdn)
// 2. prints min+gzip of every package entry and CDN file (scripts/sizes.mjs) and of vega-embed+vega+vega-lite
// 3. builds bench/pages/*.html with Vite (production, minified) into dist/bench, serves it on 127.0.0.1,
//    and drives headless Chromium (puppeteer-core) through the scenarios: a fresh page per timed run
// 4. prints one table, writes bench/results/<date>.json and bench/results/latest.json
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { measureAll, measureEntry, kb } from '../scripts/sizes.mjs';
import { buildPages, heapUsed, launch, openPage, root, serve } from './lib.mjs';
import { exampleLayoutShift, interactions, serveProject } from './page-metrics.mjs';
import { formatLighthouse, runLighthouse } from './lighthouse.mjs';

const outDir = join(root, 'dist/bench');

// ── options ───────────────────────────────────────────────────────────────────────────────────
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const QUICK = argv.includes('--quick');
const RUNS = Number(opt('runs', QUICK ? 3 : 10));
const WARMUP = Number(opt('warmup', QUICK ? 1 : 2));
const SCALES = opt('scales', QUICK ? '98' : '98,196,392')
  .split(',')
  .map(Number);
if (!(RUNS >= 3)) throw new Error(`--runs ${RUNS}: at least 3 measured runs`);
const ONLY = new Set(opt('only', 'sizes,seed,page,synthetic').split(','));
/** --virtualize-above N: the initiative list's threshold in the synthetic scenarios (default: the element's own). */
const VIRTUALIZE_ABOVE = opt('virtualize-above', '');
const BUILD = !argv.includes('--no-build');
const BUILD_PAGES = BUILD || argv.includes('--pages');
/** Danish words typed into the initiative list's search, one key at a time (41 keystrokes). */
const WORDS = ['rådgivning', 'forebyggelse', 'pårørende', 'behandling'];
const WARMUP_WORD = 'unge';
const KEY_GAP_MS = 80;

const GOALS = {
  comparisonVsVega: 1 / 5,
  fullReportVsVega: 1,
  inpMs: 200,
  cls: 0.1,
  lighthouseMobile: 95,
  prerenderTbtMs: 300,
  matrixMs: 50,
  keystrokeP95Ms: 16,
  heapMB: 50,
  growth: 2.2,
};

// ── statistics and formatting ─────────────────────────────────────────────────────────────────
function stats(values) {
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  if (n === 0) return { median: NaN, p95: NaN, min: NaN, max: NaN, n: 0 };
  const median = n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  const p95 = v[Math.min(n - 1, Math.ceil(0.95 * n) - 1)];
  return { median, p95, min: v[0], max: v[n - 1], n };
}
const ms = (x) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms` : '–');
const mb = (x) => `${(x / 1024 / 1024).toFixed(1)} MB`;
const ratio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '–');
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

const lines = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};

// ── 1. build ──────────────────────────────────────────────────────────────────────────────────
if (BUILD) {
  console.log('› node scripts/build-lib.mjs');
  execFileSync(process.execPath, ['scripts/build-lib.mjs'], { cwd: root, stdio: 'inherit' });
  if (ONLY.has('page')) {
    console.log('› npm run prerender (the prerendered page Lighthouse measures)');
    execFileSync('npm', ['run', 'prerender', '--silent'], { cwd: root, stdio: 'ignore' });
  }
}

// ── 2. sizes ──────────────────────────────────────────────────────────────────────────────────
let sizes;
if (ONLY.has('sizes')) {
  console.log('› measuring sizes (min + gzip)');
  const rows = await measureAll();
  const vega = await measureEntry('bench/vega-entry.js');
  sizes = { rows, vega: { name: 'vega-embed + vega + vega-lite', ...vega } };
}

// ── 3. pages, server, browser ─────────────────────────────────────────────────────────────────
if (BUILD_PAGES || !existsSync(outDir)) {
  console.log('› vite build bench/pages → dist/bench');
  await buildPages(outDir);
}
const server = await serve(outDir);
const { browser, source: browserSource, version: chromium } = await launch();
const open = (name, query) => openPage(browser, server.base, name, query);

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** One timed run on a fresh page: GC first (load garbage out of the way), then the page's scenario. */
async function timed(name, query, scenario, { heap = false } = {}) {
  const { page, cdp, check } = await open(name, query);
  try {
    const before = await heapUsed(cdp);
    await cdp.send('Performance.enable');
    const m0 = await metrics(cdp);
    const result = await page.evaluate((s) => window.bench.run(s), scenario);
    const m1 = await metrics(cdp);
    // Main-thread time by kind during the scenario (Chromium's own counters), in ms.
    result.breakdown = Object.fromEntries(
      ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskDuration'].map((k) => [
        k.replace('Duration', '').toLowerCase(),
        (m1[k] - m0[k]) * 1000,
      ]),
    );
    if (heap) Object.assign(result, { heapBefore: before, heapAfter: await heapUsed(cdp) });
    check();
    return result;
  } finally {
    await page.close();
  }
}

/** `runs` measured + `WARMUP` discarded runs of each scenario, interleaved round-robin (load drift hits all alike). */
async function series(scenarios, runs = RUNS) {
  const out = Object.fromEntries(scenarios.map((s) => [s.key, []]));
  for (let i = 0; i < WARMUP + runs; i++) {
    const order = scenarios.map((_, k) => scenarios[(k + i) % scenarios.length]);
    for (const s of order) {
      const r = await timed(s.page, s.query ?? '', s.scenario, s);
      if (i >= WARMUP) out[s.key].push(r);
      process.stdout.write('.');
    }
  }
  process.stdout.write('\n');
  return out;
}

const summarize = (results, field = 'ms') => ({
  ...stats(results.map((r) => r[field])),
  /** Median main-thread time by kind (script, style, layout, all tasks) over the runs. */
  breakdown: results[0]?.breakdown
    ? Object.fromEntries(
        Object.keys(results[0].breakdown).map((k) => [k, stats(results.map((r) => r.breakdown[k])).median]),
      )
    : undefined,
  last: results.at(-1),
});
// Chromium's own style and layout counters (Performance.getMetrics) over the run; its script counter misses
// most of the work done in microtasks, so it is kept in the JSON only.
const bd = (s) =>
  s.breakdown ? `style ${s.breakdown.recalcstyle.toFixed(0)}, layout ${s.breakdown.layout.toFixed(0)} ms` : '';

// ── 4. measurements ───────────────────────────────────────────────────────────────────────────
const results = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: +(totalmem() / 2 ** 30).toFixed(1),
    loadavg: loadavg().map((x) => +x.toFixed(2)),
    chromium,
    browserSource,
    node: process.version,
  },
  method: {
    quick: QUICK,
    runs: RUNS,
    warmup: WARMUP,
    freshPage: 'every timed run opens a new tab, loads the page (code and data), forces a GC, then times the scenario',
    rendered:
      'every plan element in the tree is past its loading state and has no pending Lit update (updateComplete resolved, none requested since), every chart svg has its d3 axes (ticks) drawn, an initiative list whose list area is in the viewport shows an item (a virtualised list renders only rows near the viewport); then requestAnimationFrame + a MessageChannel task (after that frame is painted); a re-render from ResizeObserver in that frame is waited for',
    vega: 'embed(el, vega-lite spec, { renderer: "svg", actions: false }) → promise resolved → requestAnimationFrame + MessageChannel task',
    keystroke:
      'puppeteer key press into the search input; from the trusted input event (event.timeStamp) to the frame task after the list has re-rendered (same "rendered" rule)',
    heap: 'CDP HeapProfiler.collectGarbage ×2, then Runtime.getHeapUsage().usedSize of the page',
    data: 'seed: `data` = the validated plans of plan-compare/data (bundledCollection(), validated before timing, as the vega-lite rows are prepared before timing); the "raw documents" row times validation too. synthetic: test/fixtures/synthetic.ts, validated when the page loads; validateCollection is timed on its own',
    chart:
      'the comparable indicator treatment-effect-drugs across the five seed plans (Randers: national 2014 baseline + four targets), series taken with src/model/targets.ts comparableGroups for both sides',
  },
  sizes,
};

if (ONLY.has('seed')) {
  console.log(`› seed plans: comparison, chart, vega-embed (${WARMUP} warm-up + ${RUNS} runs each, interleaved)`);
  const r = await series([
    { key: 'firstView', page: 'seed', scenario: 'first-view' },
    { key: 'comparison', page: 'seed', scenario: 'comparison' },
    ...(QUICK ? [] : [{ key: 'comparisonDocuments', page: 'seed', scenario: 'comparison-documents' }]),
    { key: 'chart', page: 'seed', scenario: 'chart' },
    { key: 'vega', page: 'vega', scenario: 'vega' },
    ...(QUICK
      ? []
      : [
          { key: 'vegaBoth', page: 'vega', scenario: 'vega-both' },
          { key: 'comparisonWarm', page: 'seed', scenario: 'comparison-warm' },
          { key: 'chartWarm', page: 'seed', scenario: 'chart-warm' },
          { key: 'vegaWarm', page: 'vega', scenario: 'vega-warm' },
        ]),
  ]);
  const seed = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, summarize(v)]));
  seed.ratio = {
    firstViewVsVega: seed.firstView.median / seed.vega.median,
    comparisonVsVega: seed.comparison.median / seed.vega.median,
    chartVsVega: seed.chart.median / seed.vega.median,
    ...(QUICK
      ? {}
      : {
          comparisonVsVegaWarm: seed.comparisonWarm.median / seed.vegaWarm.median,
          chartVsVegaWarm: seed.chartWarm.median / seed.vegaWarm.median,
        }),
  };
  results.seed = seed;
}

/** The synthetic page's query for `m` municipalities (and the list's threshold, when given). */
const syntheticQuery = (m) => `?m=${m}${VIRTUALIZE_ABOVE ? `&va=${VIRTUALIZE_ABOVE}` : ''}`;

async function keystrokes(m) {
  const { page, cdp, check } = await open('synthetic', syntheticQuery(m));
  try {
    await heapUsed(cdp);
    const first = await page.evaluate(() => window.bench.run('list'));
    const all = [];
    const typeWord = async (word) => {
      let n = 0;
      for (const ch of word) {
        await page.keyboard.type(ch);
        n++;
        const got = await page.evaluate((k) => window.bench.latencies(k), n);
        if (got.length < n) throw new Error(`keystroke ${n} of "${word}" not rendered within 10 s`);
        await new Promise((r) => setTimeout(r, KEY_GAP_MS));
      }
      const got = await page.evaluate((k) => window.bench.latencies(k), n);
      await page.evaluate(() => window.bench.clearSearch());
      return got;
    };
    await typeWord(WARMUP_WORD); // discarded
    for (const w of WORDS) all.push(...(await typeWord(w)));
    check();
    return { listRender: first.ms, items: first.items, latencies: all, keys: WORDS.join('').split('') };
  } finally {
    await page.close();
  }
}

if (ONLY.has('page')) {
  console.log(
    '› example page: interaction to next paint at 4× CPU slowdown (390 px), layout shift with classic scrollbars',
  );
  const project = await serveProject(root);
  try {
    const inp = await interactions(project.origin, browser, { runs: QUICK ? 3 : 5 });
    const cls = await exampleLayoutShift(project.origin);
    console.log('› Lighthouse 12 (performance), mobile and desktop');
    const lighthouse = await runLighthouse({ runs: QUICK ? 1 : 3, origin: project.origin });
    results.page = {
      toggle: { ...stats(inp.toggle), samples: inp.toggle },
      matrix: { ...stats(inp.matrix), samples: inp.matrix },
      cls,
      lighthouse,
    };
  } finally {
    await project.close();
  }
}

if (ONLY.has('synthetic')) {
  results.synthetic = {};
  for (const m of SCALES) {
    console.log(
      `› synthetic ${m} × 60 × 10: matrix, comparison, validation (${WARMUP} warm-up + ${RUNS} runs each), keystrokes`,
    );
    const q = syntheticQuery(m);
    const r = await series([
      { key: 'matrix', page: 'synthetic', query: q, scenario: 'matrix' },
      { key: 'comparison', page: 'synthetic', query: q, scenario: 'comparison', heap: true },
      { key: 'validate', page: 'synthetic', query: q, scenario: 'validate' },
    ]);
    const k = await keystrokes(m);
    results.synthetic[m] = {
      matrix: summarize(r.matrix),
      comparison: summarize(r.comparison),
      validate: summarize(r.validate),
      keystroke: {
        ...stats(k.latencies),
        p50: stats(k.latencies).median,
        words: WORDS,
        warmupWord: WARMUP_WORD,
        samples: k.latencies.map((ms, i) => ({ key: k.keys[i], ms: +ms.toFixed(2) })),
      },
      listRender: k.listRender,
      listItems: k.items,
      heapBefore: stats(r.comparison.map((x) => x.heapBefore)),
      heapAfter: stats(r.comparison.map((x) => x.heapAfter)),
    };
  }
}

await browser.close();
server.close();

// ── 5. report ─────────────────────────────────────────────────────────────────────────────────
const M = results.machine;
say();
say(`plan-compare benchmark — ${results.date}`);
say(
  `machine: ${M.cpu}, ${M.cores} cores, ${M.memoryGB} GB, load ${M.loadavg.join(' ')} · ${M.chromium} (${M.browserSource}) · node ${M.node}`,
);
say(
  'The machine may be shared (2 cores, other jobs running): every figure is a median (or percentile) over runs, not a best case.',
);
say(
  `Method: ${RUNS} measured runs per scenario after ${WARMUP} warm-up runs (discarded), interleaved; a fresh page per run; see "method" in the JSON.`,
);

if (sizes) {
  say();
  say(`${pad('bundle (min + gzip)', 42)} ${lpad('min', 10)} ${lpad('gzip', 10)}`);
  for (const r of [...sizes.rows, sizes.vega]) say(`${pad(r.name, 42)} ${lpad(kb(r.min), 10)} ${lpad(kb(r.gzip), 10)}`);
}

const row = (label, s, extra = '') =>
  say(
    `${pad(label, 52)} ${lpad(ms(s.median), 10)} ${lpad(ms(s.p95), 10)} ${lpad(ms(s.min), 10)} ${lpad(s.n, 5)}${extra ? `  ${extra}` : ''}`,
  );
const head = (title) => {
  say();
  say(`${pad(title, 52)} ${lpad('median', 10)} ${lpad('p95', 10)} ${lpad('min', 10)} ${lpad('runs', 5)}`);
};

if (results.page) {
  const p = results.page;
  head('(c) example page, 390 px, CPU 4× slower: input → next paint');
  row('plan toggle in the picker (off and on)', p.toggle, `samples ${p.toggle.samples.join(' ')}`);
  row('tap on a matrix cell', p.matrix, `samples ${p.matrix.samples.join(' ')}`);
  say('(Event Timing API; under 16 ms no entry is reported and it counts as 16 ms)');
  say(
    `cumulative layout shift, classic scrollbars: ${p.cls.map((c) => `${c.width}×${c.height} ${c.cls.toFixed(3)}`).join(', ')}   goal < ${GOALS.cls}`,
  );
  say();
  say('(d) Lighthouse 12, performance (median score of the runs; mobile: simulated slow 4G and 4× CPU)');
  say(formatLighthouse(p.lighthouse));
}

if (results.seed) {
  const s = results.seed;
  head('(a, b) five seed plans');
  row(
    '<plan-comparison> first view (the screen in view)',
    s.firstView,
    `${s.firstView.last.sections} sections in the DOM; ${bd(s.firstView)}`,
  );
  row(
    '<plan-comparison> full report (every section)',
    s.comparison,
    `${s.comparison.last.sections} sections, ${s.comparison.last.charts} charts; ${bd(s.comparison)}`,
  );
  if (s.comparisonDocuments)
    row('  same, data = raw documents (validation timed)', s.comparisonDocuments, bd(s.comparisonDocuments));
  row('<plan-target-chart indicator=treatment-effect-drugs>', s.chart, `${s.chart.last.points} points; ${bd(s.chart)}`);
  row('vega-embed, same series (svg, no actions)', s.vega, `${s.vega.last.points} points; ${bd(s.vega)}`);
  if (s.vegaBoth)
    row('vega-embed, both treatment-effect series', s.vegaBoth, `${s.vegaBoth.last.points} points; ${bd(s.vegaBoth)}`);
  say(
    `${pad('first view / vega-embed (medians)', 52)} ${lpad(ratio(s.ratio.firstViewVsVega), 10)}   goal ≤ ${ratio(GOALS.comparisonVsVega)}`,
  );
  say(
    `${pad('full report / vega-embed (medians)', 52)} ${lpad(ratio(s.ratio.comparisonVsVega), 10)}   goal ≤ ${ratio(GOALS.fullReportVsVega)}`,
  );
  say(`${pad('ratio chart / vega-embed (medians)', 52)} ${lpad(ratio(s.ratio.chartVsVega), 10)}`);
  if (s.comparisonWarm) {
    say('second render in the same page (code warm, styles parsed, Intl data loaded):');
    row('  <plan-comparison>', s.comparisonWarm);
    row('  <plan-target-chart indicator=treatment-effect-drugs>', s.chartWarm);
    row('  vega-embed, same series', s.vegaWarm);
    say(
      `${pad('  ratio comparison / vega-embed, chart / vega-embed', 52)} ${lpad(ratio(s.ratio.comparisonVsVegaWarm), 10)} ${lpad(ratio(s.ratio.chartVsVegaWarm), 10)}`,
    );
  }
}

if (results.synthetic) {
  for (const [m, r] of Object.entries(results.synthetic)) {
    head(`(c) synthetic ${m} municipalities × 60 initiatives × 10 indicators`);
    row('<plan-track-matrix> render', r.matrix, `${r.matrix.last.cells} cells; ${bd(r.matrix)}`);
    row(
      '<plan-initiative-list> keystroke (p50 in median col)',
      r.keystroke,
      `list first render ${ms(r.listRender)}, ${r.listItems} items in the DOM`,
    );
    row('<plan-comparison> first render', r.comparison, bd(r.comparison));
    row('  of which: validateCollection (alone)', r.validate);
    say(
      `${pad('JS heap after comparison render (after GC)', 52)} ${lpad(mb(r.heapAfter.median), 10)}   before render (page + data): ${mb(r.heapBefore.median)}`,
    );
  }
  const scales = Object.keys(results.synthetic)
    .map(Number)
    .sort((a, b) => a - b);
  if (scales.length > 1) {
    say();
    say(
      `${pad('growth (median ratio)', 52)} ${scales
        .slice(1)
        .map((m, i) => lpad(`${scales[i]}→${m}`, 10))
        .join(' ')}   goal ≤ ${GOALS.growth}×`,
    );
    results.growth = {};
    for (const [key, label, field] of [
      ['matrix', 'track matrix render', 'median'],
      ['keystroke', 'keystroke p95', 'p95'],
      ['keystroke', 'keystroke p50', 'median'],
      ['comparison', 'comparison first render', 'median'],
      ['validate', 'validateCollection', 'median'],
      ['heapAfter', 'heap after render', 'median'],
    ]) {
      const g = scales
        .slice(1)
        .map((m, i) => results.synthetic[m][key][field] / results.synthetic[scales[i]][key][field]);
      results.growth[label] = g;
      say(`${pad(label, 52)} ${g.map((x) => lpad(ratio(x), 10)).join(' ')}`);
    }
  }
}

// goals
const goals = [];
if (results.seed) {
  goals.push({
    goal: `full report ≤ 1× vega-embed`,
    value: `${ratio(results.seed.ratio.comparisonVsVega)} (${ms(results.seed.comparison.median)} vs ${ms(results.seed.vega.median)})`,
    met: results.seed.ratio.comparisonVsVega <= GOALS.fullReportVsVega,
  });
  goals.push({
    goal: `first view ≤ 1/5 of vega-embed`,
    value: `${ratio(results.seed.ratio.firstViewVsVega)} (${ms(results.seed.firstView.median)} vs ${ms(results.seed.vega.median)})`,
    met: results.seed.ratio.firstViewVsVega <= GOALS.comparisonVsVega,
  });
}
if (results.page) {
  const worst = Math.max(results.page.toggle.max, results.page.matrix.max);
  goals.push({
    goal: `interaction → paint at 4× slowdown < ${GOALS.inpMs} ms`,
    value: `toggle median ${ms(results.page.toggle.median)}, matrix tap median ${ms(results.page.matrix.median)}, worst ${ms(worst)}`,
    met: worst < GOALS.inpMs,
  });
  const cls = Math.max(...results.page.cls.map((c) => c.cls));
  goals.push({ goal: `CLS of the example page < ${GOALS.cls}`, value: cls.toFixed(3), met: cls < GOALS.cls });
  const mobile = results.page.lighthouse.find((r) => r.page === 'example page' && r.formFactor === 'mobile');
  if (mobile)
    goals.push({
      goal: `Lighthouse mobile, example page ≥ ${GOALS.lighthouseMobile}`,
      value: `${mobile.score} (TBT ${Math.round(mobile.tbt)} ms)`,
      met: mobile.score >= GOALS.lighthouseMobile,
    });
  const prerendered = results.page.lighthouse.find((r) => r.page === 'prerendered page' && r.formFactor === 'mobile');
  if (prerendered)
    goals.push({
      goal: `prerendered page, mobile TBT < ${GOALS.prerenderTbtMs} ms`,
      value: `${Math.round(prerendered.tbt)} ms`,
      met: prerendered.tbt < GOALS.prerenderTbtMs,
    });
}
const s98 = results.synthetic?.[98];
if (s98) {
  goals.push({
    goal: `track matrix (98) < ${GOALS.matrixMs} ms`,
    value: ms(s98.matrix.median),
    met: s98.matrix.median < GOALS.matrixMs,
  });
  goals.push({
    goal: `keystroke p95 (98) < ${GOALS.keystrokeP95Ms} ms`,
    value: ms(s98.keystroke.p95),
    met: s98.keystroke.p95 < GOALS.keystrokeP95Ms,
  });
  goals.push({
    goal: `JS heap (98) < ${GOALS.heapMB} MB`,
    value: mb(s98.heapAfter.median),
    met: s98.heapAfter.median < GOALS.heapMB * 1024 * 1024,
  });
}
if (results.growth) {
  for (const [label, g] of Object.entries(results.growth)) {
    if (label === 'keystroke p50') continue;
    goals.push({
      goal: `growth ${label} ≤ ${GOALS.growth}×`,
      value: g.map(ratio).join(', '),
      met: g.every((x) => x <= GOALS.growth),
    });
  }
}
if (goals.length) {
  say();
  say('goals');
  for (const g of goals) say(`  ${g.met ? 'met   ' : 'MISSED'}  ${pad(g.goal, 40)} ${g.value}`);
}
results.goals = goals;
results.table = lines.join('\n');

const dir = join(root, 'bench/results');
mkdirSync(dir, { recursive: true });
const stamp = results.date.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
writeFileSync(join(dir, `${stamp}.json`), JSON.stringify(results, null, 2));
writeFileSync(join(dir, 'latest.json'), JSON.stringify(results, null, 2));
console.log(`\nwrote bench/results/${stamp}.json and bench/results/latest.json`);
