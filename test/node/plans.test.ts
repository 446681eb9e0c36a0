// The bundled data: every plan validates, the collection is whole, the theme taxonomy and the schema agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import { validatePlan, validateCollection } from '../../src/schema/validate.js';
import { THEME_IDS } from '../../src/schema/plan.js';
import { formatIssue } from '../../src/schema/issues.js';
import { ROOT, planFiles, readJson } from './helpers.js';

const EXPECTED = ['aabenraa-2021', 'aabenraa-2022-2024', 'aalborg-2016-2019-status', 'ishoj-vallensbaek-2014-2018', 'randers-2017-2020'];

test('there is one plan file per seed document', () => {
  assert.deepEqual(planFiles().map((f) => basename(f, '.json')), EXPECTED);
});

for (const file of planFiles()) {
  test(`${basename(file)} validates, and its id is its file name`, () => {
    const doc = readJson(file);
    const r = validatePlan(doc);
    assert.ok(r.ok, r.ok ? '' : r.issues.map(formatIssue).join('\n'));
    assert.equal(doc.id, basename(file, '.json'));
    assert.equal(doc.$schema, '../schema/plan.schema.json');
  });
}

test('the collection keeps all five plans and every relation to a plan id resolves', () => {
  const { plans, rejected } = validateCollection(planFiles().map(readJson));
  assert.deepEqual(rejected, []);
  assert.equal(plans.length, 5);
  const ids = new Set(plans.map((p) => p.id));
  for (const p of plans) for (const r of p.relations ?? []) if (r.planId) assert.ok(ids.has(r.planId), `${p.id} → ${r.planId}`);
});

test('Aabenraa 2022–2024 supersedes Aabenraa 2021', () => {
  const later = readJson(join(ROOT, 'data/plans/aabenraa-2022-2024.json'));
  assert.ok(later.relations.some((r: any) => r.type === 'supersedes' && r.planId === 'aabenraa-2021'));
});

test('themes.json lists exactly the schema theme ids, each with da/en label and description', () => {
  const tax = readJson(join(ROOT, 'data/themes.json'));
  assert.deepEqual(tax.themes.map((t: any) => t.id), [...THEME_IDS]);
  for (const t of tax.themes) {
    for (const lang of ['da', 'en']) {
      assert.ok(t.label[lang]?.length > 2, `${t.id} label ${lang}`);
      assert.ok(t.description[lang]?.length > 10, `${t.id} description ${lang}`);
    }
  }
});

test('every canonical theme is used by at least one plan (no dead themes)', () => {
  const used = new Set<string>();
  const walk = (n: any): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') for (const [k, v] of Object.entries(n)) k === 'themes' && Array.isArray(v) ? v.forEach((x) => used.add(String(x))) : walk(v);
  };
  planFiles().map(readJson).forEach(walk);
  assert.deepEqual(THEME_IDS.filter((t) => !used.has(t)), []);
});
