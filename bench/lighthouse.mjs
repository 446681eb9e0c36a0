// Lighthouse (npm `lighthouse`, run against the Chromium scripts/find-browser.mjs finds) on the example
// municipal page (examples/index.html: the embed snippet and the CDN build) and on the prerendered page
// (dist/prerender, `npm run prerender`), with Lighthouse's mobile settings (simulated slow 4G, 4× CPU) and
// its desktop settings. Performance only. Used by bench/run.mjs; alone: node bench/lighthouse.mjs.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser, serveFiles } from '../scripts/page-harness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const AUDITS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
};

/** The pages measured: path under the project folder. The prerendered page only when it has been built. */
export function lighthousePages() {
  const pages = [{ name: 'example page', path: '/examples/index.html' }];
  if (existsSync(`${ROOT}dist/prerender/index.html`))
    pages.push({ name: 'prerendered page', path: '/dist/prerender/index.html' });
  return pages;
}

/**
 * One Lighthouse run per page and form factor (`runs` each; the median score is reported).
 * Returns rows { page, formFactor, score, fcp, lcp, tbt, cls, si, scores }.
 */
export async function runLighthouse({ runs = 1, origin } = {}) {
  const server = origin ? undefined : await serveFiles(ROOT);
  const base = origin ?? server.origin;
  const { browser } = await launchBrowser();
  const port = Number(new URL(browser.wsEndpoint()).port);
  const rows = [];
  try {
    for (const page of lighthousePages())
      for (const formFactor of ['mobile', 'desktop']) {
        const results = [];
        for (let i = 0; i < runs; i++) {
          const result = await lighthouse(
            `${base}${page.path}`,
            { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
            formFactor === 'desktop' ? desktopConfig : undefined,
          );
          const lhr = result.lhr;
          if (lhr.runtimeError) throw new Error(`${page.path}: ${lhr.runtimeError.message}`);
          const row = { score: Math.round(lhr.categories.performance.score * 100) };
          for (const [k, id] of Object.entries(AUDITS)) row[k] = lhr.audits[id].numericValue;
          results.push(row);
        }
        results.sort((a, b) => a.score - b.score);
        const median = results[Math.floor(results.length / 2)];
        rows.push({ page: page.name, formFactor, ...median, scores: results.map((r) => r.score) });
      }
  } finally {
    await browser.close();
    await server?.close();
  }
  return rows;
}

export function formatLighthouse(rows) {
  const lines = [
    'page               form factor   score      FCP      LCP      TBT      CLS  runs',
    ...rows.map(
      (r) =>
        `${r.page.padEnd(18)} ${r.formFactor.padEnd(11)} ${String(r.score).padStart(7)} ${ms(r.fcp)} ${ms(r.lcp)} ${ms(r.tbt)} ${r.cls.toFixed(3).padStart(8)}  ${r.scores.join(' ')}`,
    ),
  ];
  return lines.join('\n');
}

const ms = (v) => `${Math.round(v)} ms`.padStart(8);

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await runLighthouse({ runs: Number(process.argv[2] ?? 1) });
  console.log(formatLighthouse(rows));
}
