// The preview page beside the CDN files (dist/cdn/preview.html), under the strict CSP of
// examples/csp.html: a broken plan file dropped on it shows each problem with line and column and
// marks that line in the file view; a valid file is shown in <plan-comparison> beside the five
// bundled plans with an embed snippet naming the file to upload; a plan JSON + an initiatives CSV
// with a BOM and `;` is read, and a bad CSV row is marked. The file never leaves the page: no
// request carries its content. No CSP violation, no console error.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import {
  STRICT_CSP,
  collectLog,
  newPage,
  launchBrowser,
  requireCdnBuild,
  serveProject,
  type PageLog,
  type StaticServer,
} from './harness.js';
import { minimalPlan } from '../fixtures/minimal-plan.js';
import { CSV_COLUMNS } from '../../src/import/csv.js';
import { planFiles, readJson } from '../node/helpers.js';

const PAGE = '/dist/cdn/preview.html';
/** A word only the test's files hold: a request carrying a file would carry it. */
const MARKER = 'Markoerby7f3a';
const SEED_IDS = planFiles().map((f) => (readJson(f) as { id: string }).id);

function plan(): Record<string, any> {
  const doc = minimalPlan();
  doc['title'] = `Rusmiddelplan for ${MARKER} 2020-2023`;
  return doc;
}
const pretty = (doc: unknown) => JSON.stringify(doc, null, 2) + '\n';

/** 1-based line and column of the first `needle` in `text` (counted here, not by the page). */
function placeOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

interface Seen {
  url: string;
  method: string;
  body: string;
}

describe('preview page: bring your own plan', () => {
  let server: StaticServer;
  let browser: Browser;
  let dir: string;

  before(async () => {
    requireCdnBuild();
    server = await serveProject((path): Record<string, string> =>
      path === PAGE ? { 'content-security-policy': STRICT_CSP } : {},
    );
    browser = await launchBrowser();
    dir = mkdtempSync(join(tmpdir(), 'plan-preview-'));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(): Promise<{ page: Page; log: PageLog; requests: Seen[] }> {
    const page = await newPage(browser);
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluateOnNewDocument(() => {
      const seen: unknown[] = ((window as unknown as { __csp: unknown[] }).__csp = []);
      document.addEventListener(
        'securitypolicyviolation',
        (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`),
        true,
      );
    });
    const log = collectLog(page);
    const requests: Seen[] = [];
    page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() ?? '' }));
    await page.goto(`${server.origin}${PAGE}`, { waitUntil: 'load' });
    await page.waitForSelector('#files');
    return { page, log, requests };
  }

  async function drop(page: Page, files: { name: string; text: string }[]) {
    await page.evaluate((list: { name: string; text: string }[]) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: '' }));
      const zone = document.querySelector('.drop')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, files);
  }

  async function choose(page: Page, files: { name: string; text: string }[]) {
    const paths = files.map((f) => {
      const path = join(dir, f.name);
      writeFileSync(path, f.text);
      return path;
    });
    const input = (await page.$('input#files')) as ElementHandle<HTMLInputElement> | null;
    await input!.uploadFile(...paths);
  }

  const summaryState = (page: Page, state: string) =>
    page.waitForSelector(`#summary[data-state="${state}"]`, { timeout: 20000 });

  /** axe-core's violations on the page (loaded as a script of the page's own origin: the CSP allows it). */
  async function axeViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ url: `${server.origin}/node_modules/axe-core/axe.min.js` });
    return page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
          };
        }
      ).axe;
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
    });
  }

  async function clean(page: Page, log: PageLog, requests: Seen[]) {
    const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    assert.deepEqual(csp, [], 'no CSP violation');
    assert.deepEqual(log.problems, [], 'no page error, console error or failed request');
    assert.deepEqual(log.consoleErrors, []);
    for (const r of requests) {
      assert.equal(r.method, 'GET', `${r.method} ${r.url}`);
      assert.ok(!r.url.includes(MARKER) && !r.body.includes(MARKER), `a request carries the file: ${r.url}`);
      assert.ok(r.url.startsWith(server.origin), `a request leaves the site: ${r.url}`);
    }
  }

  it('a broken plan file dropped: line and column shown, the line marked, the link jumps to it; in English too', async () => {
    const { page, log, requests } = await open();
    const doc = plan();
    doc['initiatives'][0].status = 'igang';
    const text = pretty(doc);
    const where = placeOf(text, '"igang"');
    await drop(page, [{ name: 'min-plan.json', text }]);
    await summaryState(page, 'invalid');
    const item = await page.$eval('.messages li.error', (li) => ({
      line: li.getAttribute('data-line'),
      text: li.textContent!.replace(/\s+/g, ' '),
    }));
    assert.equal(item.line, String(where.line));
    assert.match(
      item.text,
      new RegExp(`min-plan\\.json, linje ${where.line}, kolonne ${where.column}: /initiatives/0/status`),
    );
    assert.match(item.text, /igang/);
    const marked = await page.$$eval('.line.marked', (lines) => lines.map((l) => l.id));
    assert.deepEqual(marked, [`f0-L${where.line}`]);
    const lineText = await page.$eval(`#f0-L${where.line}`, (l) => l.textContent);
    assert.match(lineText!, /"status": "igang"/, 'the marked line is the line with the value');
    // the message links to its line: focus moves there
    await page.click('.messages li.error a.where');
    const active = await page.evaluate(() => document.activeElement?.id);
    assert.equal(active, `f0-L${where.line}`);
    // English
    await page.click('button[lang="en"]');
    const en = await page.$eval('.messages li.error', (li) => li.textContent!.replace(/\s+/g, ' '));
    assert.match(en, new RegExp(`line ${where.line}, column ${where.column}`));
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.deepEqual(await axeViolations(page), [], 'axe: the messages and the file view');
    await clean(page, log, requests);
    await page.close();
  });

  it('a JSON syntax error: the line and column of the error', async () => {
    const { page, log, requests } = await open();
    const text = pretty(plan()).replace('"kind": "plan",', '"kind": "plan"');
    await drop(page, [{ name: 'syntax.json', text }]);
    await summaryState(page, 'invalid');
    const line = await page.$eval('.messages li.error', (li) => Number(li.getAttribute('data-line')));
    // the comma is missing after "kind": "plan": the parser stops at the next key, one line down
    assert.equal(line, placeOf(text, '"municipalities"').line);
    assert.deepEqual(await page.$$eval('.line.marked', (l) => l.length), 1);
    await clean(page, log, requests);
    await page.close();
  });

  it('a valid plan file chosen: shown in the comparison beside the five bundled plans, with its embed snippet', async () => {
    const { page, log, requests } = await open();
    await choose(page, [{ name: 'testby.json', text: pretty(plan()) }]);
    await summaryState(page, 'valid');
    await page.waitForFunction(
      () =>
        (document.querySelector('plan-comparison')?.shadowRoot?.querySelectorAll('input[name="plan"]').length ?? 0) > 0,
      { timeout: 20000 },
    );
    const ids = await page.$eval('plan-comparison', (el) =>
      [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="plan"]')].map((i) => i.value),
    );
    assert.deepEqual([...ids].sort(), [...SEED_IDS, 'testby-2020-2023'].sort());
    assert.equal(await page.$$eval('.line.marked', (l) => l.length), 0, 'no file view with marks when valid');
    const snippet = await page.$eval('#embed-snippet', (t) => (t as HTMLTextAreaElement).value);
    assert.match(snippet, /<plan-comparison lang="da" src="testby-2020-2023\.json"><\/plan-comparison>/);
    assert.match(snippet, /<script type="module" src="https:\/\/[^"]+\/plan-compare\.js"/);
    assert.deepEqual(await axeViolations(page), [], 'axe: the page with the comparison');
    await clean(page, log, requests);
    await page.close();
  });

  it('a plan JSON + an initiatives CSV with a BOM and ; is read; a bad row is named and its line marked', async () => {
    const { page, log, requests } = await open();
    const identity = plan();
    identity['initiatives'] = [];
    const row = (cells: Partial<Record<(typeof CSV_COLUMNS)[number], string>>) =>
      CSV_COLUMNS.map((c) => cells[c] ?? '').join(';');
    const good = {
      id: 'klassebesoeg',
      track: 'forebyggelse',
      title: `Klassebesøg i ${MARKER}`,
      description: '"Besøg; i alle skoler"',
      status: 'existing',
      themes: 'prevention|youth',
      section: 'Testafsnit',
      quote: 'Klassebesøg fra SSP i alle skoler',
    };
    const csv =
      '\uFEFF' + [CSV_COLUMNS.join(';'), row(good), row({ ...good, id: 'to', title: 'To' })].join('\r\n') + '\r\n';
    await drop(page, [
      { name: 'plan.json', text: pretty(identity) },
      { name: 'indsatser.csv', text: csv },
    ]);
    await summaryState(page, 'valid');
    await page.waitForFunction(
      () =>
        (document.querySelector('plan-comparison')?.shadowRoot?.querySelectorAll('input[name="plan"]').length ?? 0) > 0,
      { timeout: 20000 },
    );
    const ids = await page.$eval('plan-comparison', (el) =>
      [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="plan"]')].map((i) => i.value),
    );
    assert.ok(ids.includes('testby-2020-2023'));
    assert.equal(ids.length, SEED_IDS.length + 1);

    // the same with a bad status on the third row (line 3 of the file)
    const bad = '\uFEFF' + [CSV_COLUMNS.join(';'), row(good), row({ ...good, id: 'to', status: 'igang' })].join('\r\n');
    await drop(page, [
      { name: 'plan.json', text: pretty(identity) },
      { name: 'indsatser.csv', text: bad },
    ]);
    await summaryState(page, 'invalid');
    const item = await page.$eval('.messages li.error', (li) => li.textContent!.replace(/\s+/g, ' '));
    assert.match(item, /indsatser\.csv, linje 3: række 3, kolonne status: /);
    assert.deepEqual(await page.$$eval('.line.marked', (l) => l.map((x) => x.id)), ['f1-L3']);
    await clean(page, log, requests);
    await page.close();
  });
});
