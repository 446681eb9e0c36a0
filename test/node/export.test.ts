import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BOM,
  INITIATIVE_COLUMNS,
  TARGET_COLUMNS,
  csvCell,
  csvOptionsFor,
  exportEnvelope,
  initiativeRows,
  targetRows,
  toCsv,
  toJson,
} from '../../src/model/export.js';
import { citationOf } from '../../src/model/citation.js';
import { filterInitiatives, indexInitiatives, mergePrintings } from '../../src/model/initiatives.js';
import { comparableGroups, planSeries } from '../../src/model/targets.js';
import { validateCollection } from '../../src/schema/validate.js';
import { parseCsv } from '../fixtures/csv.js';
import { planFiles, readJson, readPlan } from './helpers.js';

const { plans } = validateCollection(planFiles().map(readJson));
const byId = (id: string) => plans.find((p) => p.id === id)!;
const DA = csvOptionsFor('da');
const EN = csvOptionsFor('en');

test('CSV options: Danish ; with decimal comma, English , with decimal point; both with BOM', () => {
  assert.deepEqual(DA, { separator: ';', decimal: ',', bom: true });
  assert.deepEqual(EN, { separator: ',', decimal: '.', bom: true });
});

test('csvCell: RFC 4180 quoting of separators, quotes and line breaks', () => {
  assert.equal(csvCell('plain', DA), 'plain');
  assert.equal(csvCell('a;b', DA), '"a;b"');
  assert.equal(csvCell('a,b', DA), 'a,b');
  assert.equal(csvCell('a,b', EN), '"a,b"');
  assert.equal(csvCell('say "hi"', DA), '"say ""hi"""');
  assert.equal(csvCell('two\nlines', DA), '"two\nlines"');
  assert.equal(csvCell('cr\rhere', DA), '"cr\rhere"');
  assert.equal(csvCell(undefined, DA), '');
  assert.equal(csvCell(null, DA), '');
  assert.equal(csvCell(['Unge', 'Familier'], DA), 'Unge | Familier');
  assert.equal(csvCell(true, DA), 'true');
});

test('csvCell: formula injection guard on text, never on numbers', () => {
  for (const bad of ['=1+1', '+45 12 34', '-2', '@SUM(A1)', '\tx', '\rx']) {
    const cell = csvCell(bad, DA);
    const unquoted = cell.startsWith('"') ? cell.slice(1, -1) : cell;
    assert.equal(unquoted, `'${bad}`, JSON.stringify(bad));
  }
  assert.equal(csvCell('=HYPERLINK("http://x";"y")', DA), `"'=HYPERLINK(""http://x"";""y"")"`);
  // numbers stay numbers: plain digits, the decimal mark of the separator convention, negatives unguarded
  assert.equal(csvCell(-2, DA), '-2');
  assert.equal(csvCell(1234567, DA), '1234567');
  assert.equal(csvCell(43.5, DA), '43,5');
  assert.equal(csvCell(43.5, EN), '43.5');
  assert.equal(csvCell(-0.25, DA), '-0,25');
  assert.equal(csvCell(7864230, EN), '7864230');
});

test('toCsv: BOM, header, CRLF after every line, æøå round-trip', () => {
  const rows = [
    { name: 'Ishøj og Vallensbæk', note: 'Ældre; "særlige" behov\nanden linje', n: 12.5 },
    { name: 'Aabenraa', note: '=cmd', n: -3 },
  ];
  const csv = toCsv(rows, ['name', 'note', { key: 'n', header: 'værdi' }], DA);
  assert.ok(csv.startsWith(BOM), 'starts with the byte-order mark');
  assert.equal(csv.charCodeAt(0), 0xfeff);
  assert.ok(csv.endsWith('\r\n'));
  assert.equal(
    csv.split('\r\n').length,
    4,
    'three lines, each ended by CRLF (the LF inside the quoted field is not a line end)',
  );
  // through UTF-8 bytes and back: æøå survive, the BOM is the EF BB BF bytes
  const bytes = Buffer.from(csv, 'utf8');
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const back = bytes.toString('utf8');
  const parsed = parseCsv(back.slice(1), ';');
  assert.deepEqual(parsed, [
    ['name', 'note', 'værdi'],
    ['Ishøj og Vallensbæk', 'Ældre; "særlige" behov\nanden linje', '12,5'],
    ['Aabenraa', "'=cmd", '-3'],
  ]);
  const en = toCsv(rows, ['name', 'n'], { ...EN, bom: false });
  assert.ok(!en.startsWith(BOM));
  assert.deepEqual(parseCsv(en, ','), [
    ['name', 'n'],
    ['Ishøj og Vallensbæk', '12.5'],
    ['Aabenraa', '-3'],
  ]);
});

test('initiativeRows: a search and a facet on real data; the CSV has exactly the filtered rows', () => {
  const index = indexInitiatives(plans);
  const filter = { query: 'unge', status: ['existing'] };
  const { items } = filterInitiatives(index, filter);
  // the expected set, counted straight from the plan files
  const expected = plans.flatMap((p) =>
    p.initiatives.filter(
      (i) => i.status === 'existing' && index.find((x) => x.key === `${p.id}/${i.id}`)!.haystack.includes('unge'),
    ),
  );
  assert.ok(items.length > 3, `a real filter with several hits (${items.length})`);
  assert.equal(items.length, expected.length);
  const rows = initiativeRows(items, 'da');
  const csv = toCsv(rows, INITIATIVE_COLUMNS, DA);
  const parsed = parseCsv(csv.slice(1), ';');
  assert.deepEqual(parsed[0], [...INITIATIVE_COLUMNS]);
  assert.equal(parsed.length - 1, items.length, 'one line per filtered initiative');
  const col = (name: string) => INITIATIVE_COLUMNS.indexOf(name as (typeof INITIATIVE_COLUMNS)[number]);
  parsed.slice(1).forEach((line, k) => {
    const item = items[k]!;
    const raw = readPlan(item.plan.id).initiatives.find((i: any) => i.id === item.initiative.id);
    assert.equal(line.length, INITIATIVE_COLUMNS.length);
    assert.equal(line[col('plan_id')], item.plan.id);
    assert.equal(line[col('initiative_id')], raw.id);
    assert.equal(line[col('title')], raw.title.match(/^[=+\-@\t\r]/) ? `'${raw.title}` : raw.title);
    assert.equal(line[col('quote')], raw.provenance.quote);
    assert.equal(line[col('section')], raw.provenance.section);
    assert.equal(line[col('status')], 'Eksisterende');
    assert.equal(line[col('citation')], citationOf(item.plan, item.initiative.provenance, 'da'));
    assert.equal(line[col('period_start')], String(item.plan.period.start));
  });
});

test('initiativeRows: a measure printed twice is one row, as in the list, naming and citing its other printings', () => {
  const index = indexInitiatives(plans);
  const shown = mergePrintings(index, index);
  const merged = shown.filter((i) => i.also?.length);
  assert.ok(merged.length >= 10, `the seed plans print measures twice (${merged.length})`);
  const rows = initiativeRows(shown, 'da');
  assert.equal(rows.length, shown.length);
  const printed = plans.reduce((n, p) => n + p.initiatives.length, 0);
  const printings = rows.reduce((n, r) => n + 1 + r.same_as_citations.length, 0);
  assert.equal(printings, printed, 'every printed initiative is a row or cited on one');
  for (const item of merged) {
    const row = rows[shown.indexOf(item)]!;
    assert.deepEqual(row.same_as, item.initiative.sameAs);
    assert.deepEqual(
      row.same_as_citations,
      item.also!.map((o) => citationOf(o.plan, o.initiative.provenance, 'da')),
    );
  }
  const once = rows.find((r) => r.same_as.length === 0)!;
  assert.deepEqual(once.same_as_citations, []);
  const csv = parseCsv(toCsv(rows, INITIATIVE_COLUMNS, DA).slice(1), ';');
  const k = shown.indexOf(merged[0]!) + 1;
  assert.equal(csv[k]![INITIATIVE_COLUMNS.indexOf('same_as')], merged[0]!.initiative.sameAs!.join(' | '));
});

test('initiativeRows: labels follow the language, ids do not', () => {
  const a = byId('aabenraa-2022-2024');
  const items = indexInitiatives([a])
    .filter((i) => i.initiative.kind === 'offer')
    .slice(0, 1);
  const [da] = initiativeRows(items, 'da');
  const [en] = initiativeRows(items, 'en');
  assert.equal(da!.kind, 'Tilbud');
  assert.equal(en!.kind, 'Offer');
  assert.deepEqual(da!.theme_ids, en!.theme_ids);
  assert.notDeepEqual(da!.themes, en!.themes);
  assert.ok(en!.citation.includes(', section '));
});

test('targetRows: every value of the shown series, numbers as numbers', () => {
  const randers = byId('randers-2017-2020');
  const series = planSeries(randers);
  const total = randers.indicators!.reduce((n, i) => n + i.values.length, 0);
  const rows = targetRows(series, 'da');
  assert.equal(rows.length, total);
  const csv = toCsv(rows, TARGET_COLUMNS, DA);
  const parsed = parseCsv(csv.slice(1), ';');
  assert.equal(parsed.length - 1, total);
  const col = (name: string) => TARGET_COLUMNS.indexOf(name as (typeof TARGET_COLUMNS)[number]);
  const raw = readPlan('randers-2017-2020');
  const rawValues = raw.indicators.flatMap((i: any) => i.values.map((v: any) => ({ ...v, indicator: i.id })));
  parsed.slice(1).forEach((line, k) => {
    const v = rawValues[k];
    assert.equal(line[col('indicator_id')], v.indicator);
    assert.equal(line[col('year')], String(v.year));
    assert.equal(line[col('kind')], v.kind);
    assert.equal(line[col('value')], String(v.value).replace('.', ','));
    assert.equal(line[col('quote')], v.provenance.quote);
  });
  // one comparable indicator across plans: only that group's values
  const group = comparableGroups(plans).find((g) => g.key === 'treatment-effect-drugs')!;
  const groupRows = targetRows(group.series, 'en');
  assert.equal(
    groupRows.length,
    group.series.reduce((n, s) => n + s.points.length, 0),
  );
  assert.ok(groupRows.every((r) => r.comparable_key === 'treatment-effect-drugs'));
  assert.equal(groupRows[0]!.value, 43);
  assert.equal(groupRows[0]!.scope, 'national');
});

test('JSON envelope: schema version, filter, the plans with rows, rows; generatedAt only with a clock', () => {
  const index = indexInitiatives(plans);
  const filter = { plan: ['randers-2017-2020'], theme: ['youth' as const] };
  const { items } = filterInitiatives(index, filter);
  const rows = initiativeRows(items, 'da');
  const env = exportEnvelope({ kind: 'initiatives', lang: 'da', filter, plans, columns: INITIATIVE_COLUMNS, rows });
  assert.equal(env.schemaVersion, '1.1.0');
  assert.equal('generatedAt' in env, false);
  assert.deepEqual(
    env.plans.map((p) => p.id),
    ['randers-2017-2020'],
  );
  assert.equal(env.plans[0]!.title, byId('randers-2017-2020').title);
  assert.deepEqual(env.plans[0]!.period, { start: 2017, end: 2020 });
  const text = toJson(env);
  const back = JSON.parse(text);
  assert.equal(back.rows.length, items.length);
  assert.deepEqual(back.filter, filter);
  assert.ok(Array.isArray(back.rows[0].themes));
  assert.ok(text.includes('æ') || text.includes('ø') || text.includes('å'), 'Danish letters written as themselves');
  const timed = exportEnvelope({
    kind: 'initiatives',
    lang: 'da',
    filter,
    plans,
    columns: INITIATIVE_COLUMNS,
    rows,
    now: new Date(Date.UTC(2026, 10, 3, 12)),
  });
  assert.equal(timed.generatedAt, '2026-11-03T12:00:00.000Z');
  assert.deepEqual(Object.keys(timed).slice(0, 3), ['schemaVersion', 'kind', 'generatedAt']);
});

test('exports carry a caveats column: each initiative row and target row has the caveat texts of its item, from the data', () => {
  const items = indexInitiatives(plans);
  for (const lang of ['da', 'en'] as const) {
    const rows = initiativeRows(items, lang);
    let withCaveat = 0;
    rows.forEach((row) => {
      const plan = byId(row.plan_id);
      const flags = (plan.flags ?? []).filter((f) => f.target === `initiatives/${row.initiative_id}`);
      assert.deepEqual(
        row.caveats,
        flags.map((f) => (lang === 'da' ? f.message : f.translations!['en']!)),
      );
      if (flags.length) withCaveat++;
    });
    assert.ok(withCaveat > 30);
    const csv = parseCsv(toCsv(rows, INITIATIVE_COLUMNS, csvOptionsFor(lang)).slice(1), csvOptionsFor(lang).separator);
    const col = csv[0]!.indexOf('caveats');
    assert.ok(col > 0);
    const i = rows.findIndex((r) => r.caveats.length);
    assert.equal(csv[i + 1]![col], rows[i]!.caveats.join(' | '));
    const json = JSON.parse(
      toJson(exportEnvelope({ kind: 'initiatives', lang, filter: {}, plans, columns: INITIATIVE_COLUMNS, rows })),
    );
    assert.deepEqual(json.rows[i].caveats, rows[i]!.caveats);
  }
  const randers = byId('randers-2017-2020');
  const targets = targetRows(planSeries(randers), 'da');
  for (const row of targets) {
    const flags = (randers.flags ?? []).filter((f) => f.target === `indicators/${row.indicator_id}`);
    assert.deepEqual(
      row.caveats,
      flags.map((f) => f.message),
    );
  }
  assert.ok(targets.some((r) => r.caveats.length));
  assert.ok(targets.every((r) => typeof r.denominator === 'string'));
});
