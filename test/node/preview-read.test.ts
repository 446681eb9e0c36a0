// The preview page's reading of dropped files (src/preview/read.ts): a collection file with a broken
// plan gives that plan's problems at their lines in the collection file and keeps the valid plans; a
// plan JSON + CSV pairs up; a CSV alone, an unknown file and a plan whose id a bundled plan uses are said.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { besideBundled, readFiles } from '../../src/preview/read.js';
import { validateCollection } from '../../src/schema/validate.js';
import { CSV_COLUMNS, initiativesToCsv } from '../../src/import/csv.js';
import { minimalPlan } from '../fixtures/minimal-plan.js';
import { planFiles, readJson } from './helpers.js';

const pretty = (doc: unknown) => JSON.stringify(doc, null, 2) + '\n';
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

function other(): Record<string, any> {
  const doc = minimalPlan();
  doc['id'] = 'andenby-2021-2024';
  doc['indicators'] = [];
  return doc;
}

test('a collection file: the broken plan’s problems at their lines in that file, the valid plan kept', () => {
  const broken = other();
  broken['tracks'][0].themes = ['ingen-tema'];
  const text = pretty({ plans: [minimalPlan(), broken] });
  const r = readFiles([{ name: 'samling.json', text }]);
  assert.deepEqual(
    r.plans.map((p) => p.id),
    ['testby-2020-2023'],
  );
  assert.equal(r.messages.length, 1);
  assert.equal(r.messages[0]!.line, lineOf(text, '"ingen-tema"'));
  assert.match(r.messages[0]!.text('da'), /^\/plans\/1\/tracks\/0\/themes\/0: /);
  assert.match(r.messages[0]!.text('en'), /must be one of/);
});

test('a plan JSON + an initiatives CSV (BOM, ;) pair up into one valid plan; the BOM is not shown', () => {
  const plan = minimalPlan();
  const csv = initiativesToCsv(plan['initiatives']);
  const identity = { ...plan, initiatives: [] };
  const r = readFiles([
    { name: 'indsatser.csv', text: csv },
    { name: 'plan.json', text: pretty(identity) },
  ]);
  assert.deepEqual(r.messages, []);
  assert.equal(r.plans.length, 1);
  assert.equal(r.plans[0]!.initiatives.length, plan['initiatives'].length);
  assert.ok(!r.files[0]!.text.startsWith('\uFEFF'));
  assert.ok(r.files[0]!.text.startsWith(CSV_COLUMNS.join(';')));
});

test('a CSV alone, an unknown file: said for the whole file', () => {
  const r = readFiles([
    { name: 'indsatser.csv', text: CSV_COLUMNS.join(';') },
    { name: 'noter.docx', text: 'PK…' },
  ]);
  assert.equal(r.plans.length, 0);
  assert.deepEqual(
    r.messages.map((m) => [m.file, m.line]),
    [
      [0, 0],
      [1, 0],
    ],
  );
  assert.match(r.messages[0]!.text('en'), /exactly one plan file/);
});

test('beside the bundled plans: a plan with a bundled plan’s id is not shown, and said; another is', () => {
  const bundled = validateCollection(planFiles().map(readJson)).plans;
  const seed = readJson(planFiles()[0]!) as Record<string, unknown>;
  const clash = { ...minimalPlan(), id: seed['id'] };
  const text = pretty([minimalPlan(), clash]);
  const r = readFiles([{ name: 'to.json', text }]);
  assert.equal(r.plans.length, 2);
  const shown = besideBundled(r, bundled);
  assert.deepEqual(shown.own, ['testby-2020-2023']);
  assert.equal(shown.bundled, bundled.length);
  assert.equal(shown.plans.length, bundled.length + 1);
  assert.equal(shown.messages.length, 1);
  assert.match(shown.messages[0]!.text('da'), new RegExp(`^/1/id: id'et "${String(seed['id'])}" er allerede brugt`));
  assert.equal(shown.messages[0]!.line, lineOf(text, `"id": "${String(seed['id'])}"`));
});
