#!/usr/bin/env node
// CPU profile of one bench scenario (Chrome DevTools protocol Profiler via puppeteer), on an
// unminified build of the bench pages so that function names are readable.
//
//   node bench/profile.mjs <page> <scenario> [--query ?m=98] [--runs 3] [--top 30] [--build] [--trace] [--prepare a,b]
//   e.g. node bench/profile.mjs synthetic matrix --query ?m=98
//
// Prints, per run: self time and total (inclusive) time per function, top first; with --trace instead
// the main-thread time by kind (script, style, layout, paint, GC) from a timeline trace.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildPages, heapUsed, launch, openPage, root, serve } from './lib.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const [pageName, scenario] = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
if (!pageName || !scenario) {
  console.error('usage: node bench/profile.mjs <page> <scenario> [--query ?m=98] [--runs 3] [--top 30] [--build]');
  process.exit(2);
}
const query = opt('query', '');
const runs = Number(opt('runs', 3));
const top = Number(opt('top', 30));
const outDir = join(root, 'dist/bench-profile');
if (argv.includes('--build') || !existsSync(outDir)) await buildPages(outDir, { minify: false });

const server = await serve(outDir);
const { browser } = await launch();
const self = new Map();
const total = new Map();
let sampled = 0;
const bucket = new Map();
const times = [];
for (let r = 0; r < runs; r++) {
  const { page, cdp, check } = await openPage(browser, server.base, pageName, query);
  // --prepare a,b: scenarios run before the profiled one (e.g. `--prepare comparison,reset` profiles a warm second render)
  for (const prep of (opt('prepare', '') || '').split(',').filter(Boolean))
    await page.evaluate((s) => window.bench.run(s), prep);
  await heapUsed(cdp);
  if (argv.includes('--trace')) {
    // Main-thread time by kind from a timeline trace (no sampling profiler running).
    await page.tracing.start({
      categories: ['toplevel', 'devtools.timeline', 'v8.execute', 'blink', 'disabled-by-default-devtools.timeline'],
    });
    const result = await page.evaluate((s) => window.bench.run(s), scenario);
    const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
    check();
    times.push(result.ms);
    const mainThreads = new Set(
      events
        .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
        .map((e) => `${e.pid}:${e.tid}`),
    );
    const onMain = (e) => mainThreads.has(`${e.pid}:${e.tid}`);
    const kinds = {
      RunTask: 'other',
      Layout: 'layout',
      UpdateLayoutTree: 'style',
      Paint: 'paint',
      PrePaint: 'paint',
      Layerize: 'paint',
      'v8.callFunction': 'script',
      'v8.run': 'script',
      FunctionCall: 'script',
      RunMicrotasks: 'script',
      EvaluateScript: 'script',
      TimerFire: 'script',
      FireAnimationFrame: 'script',
      'v8.compile': 'compile',
      'V8.CompileCode': 'compile',
      'V8.GC_SCAVENGER': 'gc',
      MajorGC: 'gc',
      MinorGC: 'gc',
      ParseHTML: 'parse-html',
      ParseAuthorStyleSheet: 'parse-css',
    };
    // self time per kind: an event's duration minus its children of a counted kind
    // CPU time of the main thread (thread durations of its top-level tasks): far less sensitive to other load than wall time
    const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && onMain(e));
    bucket.set(
      'main-thread CPU (all tasks)',
      (bucket.get('main-thread CPU (all tasks)') ?? 0) + tasks.reduce((n, e) => n + (e.tdur ?? 0) / 1000, 0),
    );
    bucket.set(
      'main-thread wall (all tasks)',
      (bucket.get('main-thread wall (all tasks)') ?? 0) + tasks.reduce((n, e) => n + e.dur / 1000, 0),
    );
    const counted = events
      .filter((e) => e.ph === 'X' && kinds[e.name] && onMain(e))
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const stack = [];
    for (const e of counted) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      if (e.name === 'Layout' || e.name === 'UpdateLayoutTree') {
        const forced = stack.some((x) => kinds[x.name] === 'script');
        const k = `${e.name === 'Layout' ? 'layout' : 'style'} passes${forced ? ' forced by script' : ''} (count)`;
        bucket.set(k, (bucket.get(k) ?? 0) + 1);
      }
      const parentEv = stack.at(-1);
      const k = kinds[e.name];
      bucket.set(k, (bucket.get(k) ?? 0) + e.dur / 1000);
      if (parentEv) bucket.set(kinds[parentEv.name], bucket.get(kinds[parentEv.name]) - e.dur / 1000);
      stack.push(e);
    }
    await page.close();
    continue;
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await page.evaluate((s) => window.bench.run(s), scenario);
  const { profile } = await cdp.send('Profiler.stop');
  check();
  times.push(result.ms);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n) => {
    const f = n.callFrame;
    const file = f.url ? f.url.split('/').pop() : '';
    return `${f.functionName || '(anonymous)'}  ${file}${f.url ? `:${f.lineNumber + 1}` : ''}`;
  };
  // sample durations
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const d = (dt[i + 1] ?? 0) / 1000; // ms until the next sample
    sampled += d;
    let id = profile.samples[i];
    const leaf = byId.get(id);
    self.set(keyOf(leaf), (self.get(keyOf(leaf)) ?? 0) + d);
    const seen = new Set();
    while (id !== undefined) {
      const k = keyOf(byId.get(id));
      if (!seen.has(k)) {
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + d);
      }
      id = parent.get(id);
    }
  }
  await page.close();
}
await browser.close();
server.close();

const per = (x) => `${(x / runs).toFixed(1).padStart(8)} ms`;
if (bucket.size) {
  console.log(
    `${pageName} ${scenario} ${query}: ${runs} runs, scenario ${times.map((t) => t.toFixed(1)).join(', ')} ms; main-thread time by kind per run (trace):`,
  );
  for (const [k, v] of [...bucket].sort((a, b) => b[1] - a[1]))
    console.log(k.endsWith('(count)') ? `${(v / runs).toFixed(1).padStart(8)}     ${k}` : `${per(v)}  ${k}`);
  process.exit(0);
}
console.log(
  `${pageName} ${scenario} ${query}: ${runs} runs, scenario ${times.map((t) => t.toFixed(1)).join(', ')} ms; sampled ${(sampled / runs).toFixed(1)} ms per run (unminified build)`,
);
console.log('\nself time per run');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${per(v)}  ${k}`);
console.log('\ntotal (inclusive) time per run');
for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${per(v)}  ${k}`);
