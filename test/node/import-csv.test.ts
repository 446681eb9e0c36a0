// Spreadsheet import: every seed plan → CSV → plan gives deep-equal initiatives (with `;` + BOM, `,`
// and tab); errors name the CSV row and the column's header name, in Danish and English, all at once;
// the template and filled example in docs/templates are what the generator writes from data/plans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import {
  CSV_COLUMNS,
  detectDelimiter,
  formatCsvIssue,
  identityOf,
  importPlan,
  initiativesToCsv,
  readInitiativesCsv,
  rowLines,
  slugify,
} from '../../src/import/csv.js';
import { validatePlan } from '../../src/schema/validate.js';
import type { Plan } from '../../src/schema/plan.js';
import { minimalPlan } from '../fixtures/minimal-plan.js';
import { ROOT, planFiles, readJson } from './helpers.js';

/** Deep equality without regard to key order (assert's own, as a boolean). */
function deepEqualish(a: unknown, b: unknown): boolean {
  try {
    assert.deepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
    return true;
  } catch {
    return false;
  }
}

const seeds = planFiles().map((file) => {
  const r = validatePlan(readJson(file));
  assert.ok(r.ok, file);
  return r.plan;
});

test('there are seed plans with initiatives to round-trip', () => {
  assert.equal(seeds.length, 5);
  for (const plan of seeds) assert.ok(plan.initiatives.length > 0, plan.id);
});

for (const [name, options] of [
  ['; with BOM (Danish Excel)', { delimiter: ';', bom: true }],
  [', without BOM', { delimiter: ',', bom: false }],
  ['tab', { delimiter: '\t', bom: false }],
] as const) {
  test(`each seed plan → CSV (${name}) → plan gives deep-equal initiatives`, (t) => {
    let same = 0;
    let total = 0;
    for (const plan of seeds) {
      const csv = initiativesToCsv(plan.initiatives, options);
      assert.equal(csv.charCodeAt(0) === 0xfeff, options.bom, 'BOM as asked');
      const identity = JSON.parse(JSON.stringify(identityOf(plan))) as unknown;
      const result = importPlan(identity, csv);
      assert.deepEqual(
        result.csvIssues,
        [],
        `${plan.id}: ${result.csvIssues.map((i) => formatCsvIssue(i, 'en')).join('\n')}`,
      );
      assert.deepEqual(result.planIssues, [], plan.id);
      assert.ok(result.plan, plan.id);
      assert.equal(result.read.delimiter, options.delimiter);
      assert.equal(result.plan.initiatives.length, plan.initiatives.length, `${plan.id}: N/N`);
      assert.deepStrictEqual(
        JSON.parse(JSON.stringify(result.plan.initiatives)),
        JSON.parse(JSON.stringify(plan.initiatives)),
        plan.id,
      );
      total += plan.initiatives.length;
      same += result.plan.initiatives.filter(
        (i, k) => JSON.stringify(i) === JSON.stringify(plan.initiatives[k]) || deepEqualish(i, plan.initiatives[k]),
      ).length;
      // the whole plan comes back, not only its initiatives
      assert.deepStrictEqual(JSON.parse(JSON.stringify(result.plan)), JSON.parse(JSON.stringify(plan)), plan.id);
      // and the initiatives go back where they were (after tracks)
      const keys = Object.keys(result.document!);
      assert.equal(keys.indexOf('initiatives'), keys.indexOf('tracks') + 1, plan.id);
    }
    t.diagnostic(`${same}/${total} initiatives of ${seeds.length} seed plans came back equal`);
    assert.equal(same, total);
  });
}

test('the separator is taken from the header row, also when cells hold the other separators', () => {
  assert.equal(detectDelimiter('id;track;title\r\na,b;c;d'), ';');
  assert.equal(detectDelimiter('id,track,title\n'), ',');
  assert.equal(detectDelimiter('id\ttrack\ttitle'), '\t');
});

test('a cell with the separator, a quote and a line break survives the trip', () => {
  const plan = validatePlan(minimalPlan());
  assert.ok(plan.ok);
  const initiative = {
    ...plan.plan.initiatives[0]!,
    description: 'Første linje; med "citat", komma\nog anden linje',
    partners: ['SSP', 'Skoler; gymnasier'],
  };
  for (const delimiter of [';', ',', '\t'] as const) {
    const csv = initiativesToCsv([initiative], { delimiter });
    const back = readInitiativesCsv(csv);
    assert.deepEqual(back.issues, []);
    assert.equal(back.initiatives[0]!['description'], initiative.description);
    assert.deepEqual(back.initiatives[0]!['partners'], initiative.partners);
  }
});

test('a text a spreadsheet would run as a formula is written with a leading apostrophe and read back as it was', () => {
  const plan = validatePlan(minimalPlan());
  assert.ok(plan.ok);
  const initiative = { ...plan.plan.initiatives[0]!, title: '=HYPERLINK("x")' };
  const csv = initiativesToCsv([initiative]);
  assert.match(csv, /;"'=HYPERLINK/);
  assert.equal(readInitiativesCsv(csv).initiatives[0]!['title'], initiative.title);
});

function identity(): Record<string, unknown> {
  const doc = minimalPlan();
  doc['initiatives'] = [];
  return doc;
}

const header = CSV_COLUMNS.join(';');
const row = (cells: Partial<Record<(typeof CSV_COLUMNS)[number], string>>) =>
  CSV_COLUMNS.map((c) => cells[c] ?? '').join(';');
const good = {
  id: 'klassebesoeg',
  track: 'forebyggelse',
  title: 'Klassebesøg',
  status: 'existing',
  themes: 'prevention|youth',
  section: 'Testafsnit',
  quote: 'Klassebesøg fra SSP i alle skoler',
};

test('a valid table with BOM and ; gives a valid plan; Danish words for kind and status are read', () => {
  const csv =
    '\uFEFF' +
    [header, row({ ...good, kind: 'Tilbud', status: 'Planlagt', age_min: '15', age_max: '25' })].join('\r\n');
  const r = importPlan(identity(), csv);
  assert.deepEqual(r.csvIssues, []);
  assert.ok(r.plan);
  assert.equal(r.read.bom, true);
  assert.equal(r.read.delimiter, ';');
  const i = r.plan.initiatives[0]!;
  assert.equal(i.kind, 'offer');
  assert.equal(i.status, 'planned');
  assert.deepEqual(i.ages, { min: 15, max: 25 });
  assert.deepEqual(i.themes, ['prevention', 'youth']);
});

test('an empty id is made from the title (æøå spelled out), never one already in the file', () => {
  assert.equal(slugify('Støtte til børn i misbrugsramte familier'), 'stoette-til-boern-i-misbrugsramte-familier');
  const csv = [header, row({ ...good, id: '' }), row({ ...good, id: 'klassebesoeg' })].join('\n');
  const r = importPlan(identity(), csv);
  assert.deepEqual(r.csvIssues, []);
  assert.deepEqual(
    r.plan!.initiatives.map((i) => i.id),
    ['klassebesoeg-2', 'klassebesoeg'],
  );
});

test('every problem names its CSV row and column, in Danish and English, and the first does not stop the rest', () => {
  const csv = [
    header,
    row(good),
    row({ ...good, id: 'b', status: 'igang' }), // row 3: status not one of the list
    row({ ...good, id: 'c', track: 'nowhere', age_min: 'ti' }), // row 4: unknown track, age not a number
    row({ ...good, id: 'd', quote: '', themes: 'prevention|nope' }), // row 5: quote empty, unknown theme
  ].join('\r\n');
  const r = importPlan(identity(), csv);
  assert.equal(r.plan, undefined);
  const places = r.csvIssues.map((i) => `${i.row}:${i.column}`);
  assert.deepEqual(places, ['3:status', '4:track', '4:age_min', '5:themes', '5:quote']);
  const da = r.csvIssues.map((i) => formatCsvIssue(i, 'da'));
  const en = r.csvIssues.map((i) => formatCsvIssue(i, 'en'));
  assert.match(da[0]!, /^række 3, kolonne status: /);
  assert.match(da[0]!, /igang/);
  assert.match(en[0]!, /^row 3, column status: /);
  assert.match(da[2]!, /helt tal/);
  assert.match(en[2]!, /whole number/);
  assert.match(en[1]!, /nowhere/);
  assert.notEqual(da[1], en[1], 'the schema message is said in each language');
});

test('links and same_as: Danish type words, parallel provenance and notes, an escaped | in a quote', () => {
  const csv = [
    header,
    row({
      ...good,
      same_as: 'to',
      links: 'fortsætter:aabenraa-2021/klassebesoeg-fra-ssp | Erstatter:aabenraa-2021/ssp-samarbejde',
      link_sections: 'Spor 1 / Det gør vi|',
      link_quotes: 'Tilbud: Klassebesøg fra SSP \\| alle klasser|',
      link_notes: '|Nu ét tilbud',
    }),
    row({ ...good, id: 'to', same_as: 'klassebesoeg' }),
  ].join('\r\n');
  const r = importPlan(identity(), csv);
  assert.deepEqual(r.csvIssues, [], r.csvIssues.map((i) => formatCsvIssue(i, 'en')).join('\n'));
  const i = r.plan!.initiatives[0]!;
  assert.deepEqual(i.sameAs, ['to']);
  assert.deepEqual(i.links, [
    {
      type: 'continues',
      planId: 'aabenraa-2021',
      initiativeId: 'klassebesoeg-fra-ssp',
      provenance: { section: 'Spor 1 / Det gør vi', quote: 'Tilbud: Klassebesøg fra SSP | alle klasser' },
    },
    { type: 'replaces', planId: 'aabenraa-2021', initiativeId: 'ssp-samarbejde', note: 'Nu ét tilbud' },
  ]);
  // and back: the | in the quote is escaped, the Danish words are written as the schema's
  const back = readInitiativesCsv(initiativesToCsv(r.plan!.initiatives));
  assert.deepEqual(back.issues, []);
  assert.deepEqual(back.initiatives[0]!['links'], i.links);
  const words = readInitiativesCsv(
    [header, row({ ...good, links: 'sammenlagt-fra:p/a|Udskilt fra:p/b|erstatter:p/c|fortsætter:p/d' })].join('\n'),
  );
  assert.deepEqual(
    (words.initiatives[0]!['links'] as { type: string }[]).map((l) => l.type),
    ['merged-from', 'split-from', 'replaces', 'continues'],
  );
});

test('a malformed link cell, a misaligned link column and a bad link field name their row and column', () => {
  const csv = [
    header,
    row({ ...good, links: 'continues:aabenraa-2021/a|continues aabenraa-2021' }), // row 2: entry 2 has no : or /
    row({ ...good, id: 'b', links: 'continues:aabenraa-2021/a', link_notes: 'en|to' }), // row 3: 2 notes, 1 link
    row({ ...good, id: 'c', links: 'follows:aabenraa-2021/a', link_sections: 'S', link_quotes: 'kort' }), // row 4
    row({ ...good, id: 'd', same_as: 'nowhere' }), // row 5: no such initiative
  ].join('\r\n');
  const r = importPlan(identity(), csv);
  assert.equal(r.plan, undefined);
  const places = r.csvIssues.map((i) => `${i.row}:${i.column}`);
  assert.deepEqual(places, ['2:links', '3:link_notes', '4:links', '4:link_quotes', '5:same_as']);
  const da = r.csvIssues.map((i) => formatCsvIssue(i, 'da'));
  const en = r.csvIssues.map((i) => formatCsvIssue(i, 'en'));
  assert.match(da[0]!, /^række 2, kolonne links: henvisning nr\. 2 skal skrives type:plan-id\/indsats-id/);
  assert.match(da[0]!, /continues aabenraa-2021/);
  assert.match(en[0]!, /^row 2, column links: link 2 must be written type:planId\/initiativeId/);
  assert.match(da[1]!, /^række 3, kolonne link_notes: har 2 dele adskilt af \|, men kolonnen links har 1/);
  assert.match(en[1]!, /^row 3, column link_notes: has 2 entries separated by \|, but the links column has 1/);
  assert.match(en[2]!, /follows/);
});

test('header problems: unknown, missing and doubled columns are named; a short row is named', () => {
  const csv = [
    'id;title;title;farve;status;themes;section;quote',
    'a;x;x;rød;existing;prevention;S;citat fra kilden',
    'b;y',
  ].join('\n');
  const r = readInitiativesCsv(csv);
  const found = r.issues.map((i) => `${i.row}:${i.column ?? ''}:${i.code}`);
  assert.ok(found.includes('1:title:csvDuplicateColumn'), found.join(' '));
  assert.ok(found.includes('1:farve:csvUnknownColumn'), found.join(' '));
  assert.ok(found.includes('1:track:csvMissingColumn'), found.join(' '));
  assert.ok(found.includes('3::csvFieldCount'), found.join(' '));
  assert.match(
    formatCsvIssue(
      r.issues.find((i) => i.code === 'csvFieldCount')!,
      'da',
    ),
    /^række 3: rækken har 2 celler/,
  );
});

test('an empty file and initiatives already in the JSON are said', () => {
  assert.equal(readInitiativesCsv('\uFEFF').issues[0]!.code, 'csvEmpty');
  const doc = minimalPlan();
  const r = importPlan(doc, [header, row(good)].join('\n'));
  assert.ok(r.csvIssues.some((i) => i.code === 'csvInitiativesInJson' && i.row === 0));
  assert.equal(r.plan, undefined);
});

test('problems of the identity JSON stay JSON paths (for line and column in that file)', () => {
  const doc = identity();
  (doc['period'] as Record<string, unknown>)['start'] = 'tyve';
  const r = importPlan(doc, [header, row(good)].join('\n'));
  assert.deepEqual(r.csvIssues, []);
  assert.deepEqual(
    r.planIssues.map((i) => i.path.join('/')),
    ['period/start'],
  );
});

// The command: npm run import -- plan.json initiatives.csv [-o out.json]
const dir = mkdtempSync(join(tmpdir(), 'plan-import-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const runImport = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/import.ts'), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
  });

test('the import command writes a validated plan with -o, and exits 1 with row/column errors otherwise', () => {
  const planFile = write('plan.json', JSON.stringify(identity(), null, 2));
  const csvFile = write('ok.csv', '\uFEFF' + [header, row(good)].join('\r\n'));
  const out = join(dir, 'out.json');
  const ok = runImport(planFile, csvFile, '-o', out);
  assert.equal(ok.status, 0, ok.stderr);
  const written = JSON.parse(readFileSync(out, 'utf8')) as Plan;
  assert.ok(validatePlan(written).ok);
  assert.equal(written.initiatives[0]!.id, 'klassebesoeg');

  const badFile = write(
    'bad.csv',
    [header, row({ ...good, status: 'igang' }), row({ ...good, id: 'x', track: '' })].join('\n'),
  );
  const bad = runImport(planFile, badFile);
  assert.equal(bad.status, 1);
  assert.match(bad.stdout + bad.stderr, /bad\.csv: række 2, kolonne status: /);
  assert.match(bad.stdout + bad.stderr, /bad\.csv: række 3, kolonne track: /);
  const en = runImport('--lang', 'en', planFile, badFile);
  assert.match(en.stdout + en.stderr, /bad\.csv: row 2, column status: /);

  const brokenPlan = write('broken.json', '{\n  "id": "x",\n  "title": \n}');
  const broken = runImport(brokenPlan, csvFile);
  assert.equal(broken.status, 1);
  assert.match(broken.stdout + broken.stderr, /broken\.json:4:1 /);

  assert.equal(runImport(planFile).status, 2, 'usage');
});

test('docs/templates holds the header-only template and a filled example that imports to the seed plan', () => {
  const template = readFileSync(join(ROOT, 'docs/templates/initiatives-template.csv'), 'utf8');
  assert.equal(template, '\uFEFF' + CSV_COLUMNS.join(';') + '\r\n');
  const exampleCsv = readFileSync(join(ROOT, 'docs/templates/example-initiatives.csv'), 'utf8');
  const examplePlan = readJson(join(ROOT, 'docs/templates/example-plan.json')) as Record<string, unknown>;
  assert.deepEqual(examplePlan['initiatives'], []);
  const seed = seeds.find((p) => p.id === examplePlan['id']);
  assert.ok(seed, 'the example is made from a seed plan');
  const r = importPlan(examplePlan, exampleCsv);
  assert.deepEqual(r.csvIssues, []);
  assert.equal(examplePlan['$schema'], '../../data/schema/plan.schema.json', 'the schema path from docs/templates');
  assert.deepStrictEqual(
    JSON.parse(JSON.stringify({ ...r.plan, $schema: seed.$schema })),
    JSON.parse(JSON.stringify(seed)),
  );
  // generated: what npm run templates writes now
  assert.equal(exampleCsv, initiativesToCsv(seed.initiatives));
});

test('rowLines: the text line each CSV row starts on (a quoted line break does not start a row, blank lines are skipped)', () => {
  const text = 'id;title\r\na;"two\r\nlines"\r\n\r\nb;x\r\n';
  const lines = rowLines(text);
  assert.equal(lines[1], 1);
  assert.equal(lines[2], 2);
  assert.equal(lines[3], 5);
  const read = readInitiativesCsv(text);
  assert.deepEqual(read.rows, [2, 3], 'the reader numbers the same rows');
});
