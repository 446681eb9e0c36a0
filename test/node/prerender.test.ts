// The server render of the comparison page (src/ssr/render-comparison.ts): complete, readable HTML in
// declarative shadow DOM, built from the plan documents in data/plans/, and a clear failure without data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderComparisonPage, type RenderedComparison } from '../../src/ssr/render-comparison.js';
import { htmlBooleans, standardShadowRoots } from '../../src/ssr/html-attributes.js';
import { planFiles, readJson, readPlan } from './helpers.js';

/** The plan documents as files on disk (not the bundled copy): what the page must show. */
const documents: any[] = planFiles().map(readJson);

/** Visible text of an HTML fragment: tags and comments out, the entities lit writes decoded, whitespace collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The HTML of one element (its tag to its end tag) in the page. */
function elementHtml(page: string, tag: string): string {
  const start = page.indexOf(`<${tag}`);
  const end = page.indexOf(`</${tag}>`, start);
  assert.ok(start >= 0 && end > start, `<${tag}> is in the page`);
  return page.slice(start, end);
}

let all: RenderedComparison | undefined;
async function renderAll(): Promise<RenderedComparison> {
  all ??= await renderComparisonPage({
    documents,
    clientScript: 'assets/client.js',
    pageStylesheet: 'assets/page.css',
  });
  return all;
}

test('a complete page: doctype, lang="da", title, heading, one external module script in the head', async () => {
  const { html } = await renderAll();
  assert.match(html, /^<!doctype html>\s*<html lang="da">/);
  assert.match(html, /<title>[^<]*rusmiddelplaner[^<]*<\/title>/);
  assert.match(html, /<h1>Kommunale rusmiddelplaner side om side<\/h1>/);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="script-src 'self'; style-src 'self'">/);
  const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
  assert.deepEqual(scripts, ['<script type="module" src="assets/client.js"></script>']);
  assert.ok(html.indexOf('<script') < html.indexOf('</head>'), 'the module script is in the head');
});

test('declarative shadow roots for the comparison and every element in it', async () => {
  const { html } = await renderAll();
  for (const tag of [
    'plan-comparison',
    'plan-summary',
    'plan-track-matrix',
    'plan-target-chart',
    'plan-initiative-list',
    'plan-differences',
    'plan-evolution',
  ]) {
    assert.match(
      elementHtml(html, tag),
      new RegExp(`^<${tag}\\b[^>]*><template shadowrootmode="open">`),
      `<${tag}> opens with a declarative shadow root`,
    );
  }
  assert.ok(!html.includes('data-state="loading"'), 'no element is left loading');
});

test('every plan: its title, municipality and period are in the HTML, one summary card each', async () => {
  const { html, plans } = await renderAll();
  assert.deepEqual(
    plans,
    documents.map((d) => d.id),
  );
  const summary = elementHtml(html, 'plan-summary');
  const text = textOf(summary);
  for (const doc of documents) {
    assert.ok(text.includes(norm(doc.title)), `title of ${doc.id}`);
    for (const m of doc.municipalities) assert.ok(text.includes(m.name), `municipality ${m.name}`);
    assert.match(summary, new RegExp(`<article part="card"[^>]*data-plan="${doc.id}"`), `card of ${doc.id}`);
  }
});

test('the initiative list holds every initiative of every plan, unvirtualised, with its description', async () => {
  const { html } = await renderAll();
  const list = elementHtml(html, 'plan-initiative-list');
  assert.ok(!/class="list virtual"/.test(list), 'not the (empty on the server) virtualised list');
  const text = textOf(list);
  let n = 0;
  for (const doc of documents) {
    for (const ini of doc.initiatives) {
      assert.ok(text.includes(norm(ini.title)), `initiative "${ini.title}" (${doc.id})`);
      n++;
    }
  }
  assert.ok(n > 200, `all ${n} initiatives checked`);
  const randers = readPlan('randers-2017-2020');
  const withDescription = randers.initiatives.find((i: any) => i.description && i.description.length > 60);
  assert.ok(withDescription, 'Randers has an initiative with a description');
  assert.ok(text.includes(norm(withDescription.description)), 'a description is in the HTML');
  // the count line counts distinct measures: a measure a plan prints twice (sameAs) is one item citing both places
  const printedTwice = documents.reduce(
    (s, d) => s + d.initiatives.filter((i: any) => (i.sameAs ?? []).length > 0).length / 2,
    0,
  );
  const distinct = documents.reduce((s, d) => s + d.initiatives.length, 0) - printedTwice;
  assert.ok(printedTwice > 0, 'some measure is printed twice');
  assert.match(text, new RegExp(`Viser ${distinct} af ${distinct} indsatser`), 'the count line');
});

test('the track matrix is a table with column and row headers and one coverage cell per theme and plan', async () => {
  const { html } = await renderAll();
  const matrix = elementHtml(html, 'plan-track-matrix');
  assert.match(matrix, /<table\b/);
  const colHeaders = matrix.match(/<th\s+scope="col"[^>]*class="plan"/g) ?? [];
  assert.equal(colHeaders.length, documents.length, 'a column header per plan');
  const rowHeaders = matrix.match(/<th\s+scope="row"/g) ?? [];
  assert.ok(rowHeaders.length >= 10, `a row header per theme (${rowHeaders.length})`);
  const cells = matrix.match(/<td\s+part="cell"/g) ?? [];
  assert.equal(cells.length, rowHeaders.length * documents.length, 'a cell per theme and plan');
  assert.match(textOf(matrix), /\d+ indsats(er)?/, 'cells say how many initiatives');
});

test('the target chart is in the HTML as its text description and table (no d3 on the server)', async () => {
  const { html } = await renderAll();
  const chart = elementHtml(html, 'plan-target-chart');
  assert.match(chart, /part="description"/);
  assert.match(chart, /<table part="table"/);
  assert.match(chart, /<th scope="col"/);
  assert.match(chart, /aria-pressed="true"/, 'the toggle says the table is shown');
  const randers = readPlan('randers-2017-2020');
  const indicator = randers.indicators[0];
  assert.ok(textOf(chart).includes(norm(indicator.label)), `indicator "${indicator.label}"`);
  assert.ok(!/<svg[^>]*part="chart"/.test(chart), 'no half-drawn chart (its axes need the browser)');
});

test('no script and no inline style inside the shadow content; component styles are linked files', async () => {
  const { html, stylesheets } = await renderAll();
  const main = html.slice(html.indexOf('<main>'), html.indexOf('</main>'));
  assert.ok(main.length > 100000);
  assert.ok(!/<script\b/i.test(main), 'no <script> in the rendered element (only lit’s comment markers)');
  assert.match(main, /<!--lit-part/, 'lit’s hydration markers are comments');
  assert.ok(!/<style\b/i.test(main), "no inline <style> (blocked by style-src 'self')");
  assert.ok(!/\sstyle=/i.test(main), 'no style attributes');
  const hrefs = [...new Set([...main.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]!))];
  assert.ok(hrefs.length >= 7, `linked style sheets (${hrefs.length})`);
  assert.deepEqual(hrefs.sort(), [...stylesheets.keys()].sort(), 'every linked sheet is written, and only those');
  for (const css of stylesheets.values()) assert.ok(css.trim().length > 0);
  assert.ok(
    [...stylesheets.values()].some((css) => css.includes(':host')),
    'the element styles (:host rules) are in the files',
  );
});

test('inline mode keeps lit’s <style> elements and leaves the CSP meta out', async () => {
  const { html, stylesheets } = await renderComparisonPage({
    documents: documents.slice(0, 1),
    componentStyles: 'inline',
  });
  assert.equal(stylesheets.size, 0);
  assert.match(html, /<template shadowrootmode="open"><style>/);
  assert.ok(!html.includes('Content-Security-Policy'));
});

test('--plans: only the chosen plans, in the chosen order; --lang en', async () => {
  const { html, plans } = await renderComparisonPage({
    documents,
    plans: ['randers-2017-2020', 'aabenraa-2022-2024'],
    lang: 'en',
  });
  assert.deepEqual(plans, ['randers-2017-2020', 'aabenraa-2022-2024']);
  assert.match(html, /^<!doctype html>\s*<html lang="en">/);
  assert.match(html, /<plan-comparison\b[^>]*\bplans="randers-2017-2020 aabenraa-2022-2024"/);
  const summary = elementHtml(html, 'plan-summary');
  const cards = [...summary.matchAll(/<article part="card"[^>]*data-plan="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(cards, ['randers-2017-2020', 'aabenraa-2022-2024']);
  assert.match(textOf(elementHtml(html, 'plan-comparison')), /Compare substance-use plans/);
  const list = textOf(elementHtml(html, 'plan-initiative-list'));
  const ishoj = readPlan('ishoj-vallensbaek-2014-2018').initiatives[0].title;
  assert.ok(!list.includes(norm(ishoj)), 'a plan not chosen has no initiatives in the list');
  assert.ok(list.includes(norm(readPlan('randers-2017-2020').initiatives[0].title)));
});

test('fails without data, with an invalid document or an unknown plan id', async () => {
  await assert.rejects(renderComparisonPage({ documents: [] }), /no plan documents/);
  await assert.rejects(renderComparisonPage({ documents: undefined as unknown as unknown[] }), /no plan documents/);
  await assert.rejects(renderComparisonPage({ documents: [{ id: 'x' }] }), /none of the 1 documents is a valid plan/);
  await assert.rejects(
    renderComparisonPage({ documents: [documents[0], { id: 'broken' }] }),
    /invalid plan documents: broken/,
  );
  await assert.rejects(
    renderComparisonPage({ documents, plans: ['nowhere-2030'] }),
    /unknown plan id\(s\): nowhere-2030/,
  );
});

test('boolean attributes as HTML booleans: ticked boxes `checked`, unticked ones without it; no legacy shadowroot', async () => {
  assert.equal(
    htmlBooleans('<input type="checkbox" checked="false"><input checked="true" data-x="checked=&quot;false&quot;">'),
    '<input type="checkbox"><input checked data-x="checked=&quot;false&quot;">',
  );
  assert.equal(htmlBooleans('<details open="false"></details><p hidden="true">'), '<details></details><p hidden>');
  assert.equal(htmlBooleans('<b aria-pressed="false">'), '<b aria-pressed="false">', 'ARIA states keep their values');
  assert.equal(
    standardShadowRoots('<x-a><template shadowroot="open" shadowrootmode="open"><p>'),
    '<x-a><template shadowrootmode="open"><p>',
  );
  const { html } = await renderComparisonPage({ documents, themes: ['youth'] });
  assert.doesNotMatch(html, /\s(checked|open|hidden|disabled|selected)="(true|false)"/);
  assert.doesNotMatch(html, /shadowroot="/);
  const themeBoxes = [...html.matchAll(/<input\s+type="checkbox"\s+data-value="([a-z-]+)"([^>]*)>/g)].filter((m) =>
    /^[a-z]+(-[a-z]+)*$/.test(m[1]!),
  );
  const ticked = themeBoxes.filter((m) => /\schecked\b/.test(m[2]!)).map((m) => m[1]);
  assert.ok(themeBoxes.length > 20, `facet checkboxes (${themeBoxes.length})`);
  assert.deepEqual(ticked, ['youth'], 'only the filtered theme is ticked in the HTML');
});
