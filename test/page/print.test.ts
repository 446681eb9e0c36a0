// The example page printed to PDF in Chromium (page.pdf, A4) and read back with pdftotext (Debian's
// poppler-utils): every initiative with its source quote (the folded parts print open), no item split over
// two pages, the charts and the matrix within the page's width, no blank page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import {
  collectLog,
  launchBrowser,
  newPage,
  requireCdnBuild,
  serveProject,
  waitForComparison,
  type StaticServer,
} from './harness.js';
import { planFiles, readJson, ROOT } from '../node/helpers.js';

const pdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
const MISSING = pdftotext.error
  ? 'pdftotext is not installed (Debian: apt-get install poppler-utils): THE PRINT TEST DID NOT RUN'
  : undefined;
if (MISSING) console.warn(`\n!!!!!! ${MISSING} !!!!!!\n`);

const documents: any[] = planFiles().map(readJson);
/** Theme id → Danish label. */
const THEMES = new Map<string, string>(
  (readJson(join(ROOT, 'data/themes.json')) as any).themes.map((t: any) => [t.id, t.label.da]),
);
/** A4 at 96 px per inch, with 15 mm margins. */
const PAGE = { widthPt: 595.28, marginMm: 15 };

/** Letters and digits only, lower case: the PDF's text wraps lines and hyphenates words where the page did. */
const squeeze = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

describe('printing the comparison', { skip: MISSING, timeout: 600000 }, () => {
  let server: StaticServer;
  let browser: Browser;
  // PLAN_PRINT_KEEP=dir keeps the PDF there (to look at its pages: pdftoppm -png -r 60 comparison.pdf page)
  const work = process.env['PLAN_PRINT_KEEP'] ?? mkdtempSync(join(tmpdir(), 'plan-print-'));
  const pdf = join(work, 'comparison.pdf');
  /** The text of each page, and the initiatives in the order the page prints them. */
  let pages: string[] = [];
  /** `end`: the last thing the item prints — its quote under its first theme; its last theme elsewhere (folded parts not again). */
  let items: { key: string; title: string; end: string; again: boolean }[] = [];
  /** Initiatives a plan prints twice (sameAs): cited on the item of their other printing (`data-also`). */
  const also: string[] = [];
  let printLayout: { tableWidth: number; boxWidth: number; charts: { width: number; box: number }[] };

  before(async () => {
    const t0 = Date.now();
    requireCdnBuild();
    server = await serveProject();
    browser = await launchBrowser();
    const page = await newPage(browser);
    const log = collectLog(page);
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${server.origin}/examples/index.html`);
    await waitForComparison(page);
    await page.waitForFunction(
      () =>
        document
          .querySelector('plan-comparison')!
          .shadowRoot!.querySelector('plan-target-chart')!
          .shadowRoot!.querySelector('svg[part="chart"] g.x-axis .tick') !== null,
      { timeout: 20000 },
    );
    // The items in the order the page has them (an initiative under each of its themes), with the quote its
    // folded citation holds (from the plan files).
    const initiatives = new Map<string, any>(
      documents.flatMap((d) => d.initiatives.map((i: any) => [`${d.id}/${i.id}`, i] as const)),
    );
    const seen = new Set<string>();
    items = (
      await page.evaluate(() => {
        const list = document.querySelector('plan-comparison')!.shadowRoot!.querySelector('plan-initiative-list')!;
        return [...list.shadowRoot!.querySelectorAll('article[part="item"]')].map((a) => ({
          key: a.getAttribute('data-key')!,
          title: a.querySelector('.title')!.textContent!,
          also: (a.getAttribute('data-also') ?? '').split(/\s+/).filter(Boolean),
        }));
      })
    ).map(({ also: more, ...i }) => {
      also.push(...more);
      const again = seen.has(i.key);
      seen.add(i.key);
      const ini = initiatives.get(i.key)!;
      return { ...i, again, end: again ? THEMES.get(ini.themes.at(-1))! : ini.provenance.quote };
    });
    await page.pdf({
      path: pdf,
      format: 'A4',
      printBackground: true,
      timeout: 300000,
      margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
    });
    // The print layout measured in the page (print media at the page's content width): what must fit the paper.
    const contentPx = Math.round(((210 - 2 * PAGE.marginMm) / 25.4) * 96);
    await page.emulateMediaType('print');
    await page.setViewport({ width: contentPx, height: 1100 });
    await new Promise((r) => setTimeout(r, 300));
    printLayout = await page.evaluate(() => {
      const c = document.querySelector('plan-comparison')!.shadowRoot!;
      const matrix = c.querySelector('plan-track-matrix')!.shadowRoot!;
      const chart = c.querySelector('plan-target-chart')!.shadowRoot!;
      return {
        tableWidth: matrix.querySelector('table')!.getBoundingClientRect().right,
        boxWidth: document.documentElement.clientWidth,
        charts: [...chart.querySelectorAll('svg[part="chart"]')].map((svg) => ({
          width: svg.getBoundingClientRect().right,
          box: document.documentElement.clientWidth,
        })),
      };
    });
    assert.deepEqual(log.errors, []);
    await page.close();
    pages = run('pdftotext', ['-enc', 'UTF-8', pdf, '-']).split('\f').slice(0, -1);
    console.log(`  printed and read in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (!process.env['PLAN_PRINT_KEEP']) rmSync(work, { recursive: true, force: true });
  });

  it('prints every page with text on it: no blank page', () => {
    const info = run('pdfinfo', [pdf]);
    const count = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
    assert.equal(pages.length, count, 'one text block per page');
    const blank = pages.map((p, i) => (p.trim() ? -1 : i + 1)).filter((i) => i > 0);
    console.log(`  ${count} A4 pages, ${blank.length} without text`);
    assert.ok(count > 10, `${count} pages`);
    assert.deepEqual(blank, [], 'pages without text');
  });

  it('prints every initiative of every plan with its source quote (folded on screen), no item across a page break', () => {
    const all = documents.flatMap((d) => d.initiatives.map((i: any) => `${d.id}/${i.id}`));
    assert.deepEqual(
      [...new Set([...items.map((i) => i.key), ...also])].sort(),
      [...all].sort(),
      'every initiative is in the page: as an item, or cited on the item of its other printing',
    );
    const squeezed = pages.map(squeeze);
    let page = 0;
    let at = 0;
    const split: string[] = [];
    for (const item of items) {
      const title = squeeze(item.title);
      // the next place the title is printed, from where the last item ended
      let found = squeezed[page]!.indexOf(title, at);
      while (found < 0 && page + 1 < squeezed.length) {
        page++;
        at = 0;
        found = squeezed[page]!.indexOf(title, at);
      }
      assert.ok(found >= 0, `"${item.title}" (${item.key}) is printed, after the item before it`);
      // what ends it (the quote: the citation printed open) after it on the same page
      const end = squeezed[page]!.indexOf(squeeze(item.end), found + title.length);
      if (end < 0) split.push(`${item.key} "${item.title}" (page ${page + 1}${item.again ? ', again' : ''})`);
      at = end < 0 ? found + title.length : end;
    }
    console.log(
      `  ${items.length} printed items (${items.filter((i) => !i.again).length} initiatives with their citation)`,
    );
    assert.deepEqual(split, [], 'items not ending on the page of their title (split, or the citation folded)');
  });

  it('prints the summaries, the matrix and the charts, within the page width', () => {
    const text = squeeze(pages.join(' '));
    for (const d of documents) {
      assert.ok(text.includes(squeeze(d.title)), `plan title ${d.id}`);
      for (const v of d.visions ?? [])
        assert.ok(text.includes(squeeze(v.text)), `a vision of ${d.id} (folded on screen)`);
    }
    for (const label of ['Forebyggelse', 'Behandling', 'Skadesreduktion']) assert.ok(text.includes(squeeze(label)));
    // Every source caveat prints, also those in the summaries' folded caveat lists.
    const flags = documents.flatMap((d) => (d.flags ?? []).map((f: any) => ({ id: d.id, f })));
    assert.ok(flags.length > 100);
    const unprinted = flags.filter(({ f }) => !text.includes(squeeze(f.message)));
    assert.deepEqual(
      unprinted.map(({ id, f }) => `${id}: ${f.target}`),
      [],
      'caveats not printed',
    );
    const indicators = documents.flatMap((d) => (d.indicators ?? []).filter((i: any) => i.comparableKey));
    assert.ok(indicators.length > 0);
    for (const ind of indicators) assert.ok(text.includes(squeeze(ind.label)), `chart of "${ind.label}"`);
    assert.ok(
      printLayout.tableWidth <= printLayout.boxWidth + 1,
      `matrix ${printLayout.tableWidth}px in ${printLayout.boxWidth}px`,
    );
    for (const c of printLayout.charts) assert.ok(c.width <= c.box + 1, `chart ${c.width}px in ${c.box}px`);
    // and nothing printed past the paper's right edge (word boxes in points)
    const boxes = run('pdftotext', ['-bbox', pdf, '-']);
    const right = [...boxes.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1]));
    assert.ok(right.length > 1000);
    assert.ok(Math.max(...right) <= PAGE.widthPt - 20, `rightmost word ends at ${Math.max(...right)} pt`);
  });
});
