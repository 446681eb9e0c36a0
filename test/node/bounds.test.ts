// Bounded figures (schema 1.1) as a reader sees them, and the 1.0 `approximate` read as "about".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundedText, qualifierOf } from '../../src/model/bounds.js';
import { pointValue } from '../../src/model/describe.js';
import { series } from '../../src/model/targets.js';
import { UNIT_NAMES } from '../../src/i18n/index.js';
import { RELATION_TYPES, UNITS, type Plan } from '../../src/schema/plan.js';
import { STRINGS as SUMMARY } from '../../src/i18n/plan-summary.js';
import { minimalPlan } from '../fixtures/minimal-plan.js';

const sp = (s: string) => s.replace(/\u00a0/g, ' ');

test('qualifier of a figure: its own, else "about" for approximate', () => {
  assert.equal(qualifierOf({ qualifier: 'at-least' }), 'at-least');
  assert.equal(qualifierOf({ approximate: true }), 'about');
  assert.equal(qualifierOf({ approximate: false }), undefined);
  assert.equal(qualifierOf({}), undefined);
});

test('bounded figures say their bound in Danish and English', () => {
  const n = (v: number) => String(v);
  assert.equal(boundedText({ value: 120000, qualifier: 'at-least' }, n, 'da'), 'mindst 120000');
  assert.equal(boundedText({ value: 40, qualifier: 'just-below' }, n, 'da'), 'knap 40');
  assert.equal(boundedText({ value: 10, qualifier: 'just-above' }, n, 'en'), 'just over 10');
  assert.equal(boundedText({ value: 75, valueMax: 100, qualifier: 'about' }, n, 'da'), 'ca. 75–100');
  assert.equal(boundedText({ value: 20, valueMax: 25 }, n, 'en'), '20–25');
  assert.equal(sp(pointValue({ value: 40, qualifier: 'just-below' }, 'percent', 'da')), 'knap 40 %');
  assert.equal(sp(pointValue({ value: 20, valueMax: 25 }, 'percent', 'da')), '20 %–25 %');
  assert.equal(sp(pointValue({ value: 14, qualifier: 'at-most' }, 'days', 'da')), 'højst 14 dage');
  assert.equal(pointValue({ value: 40, approximate: true }, 'percent', 'en'), 'approx. 40%');
});

test('a series point carries the bound of its value', () => {
  const plan = minimalPlan() as unknown as Plan;
  const ind = plan.indicators![0]!;
  Object.assign(ind.values[1]!, { qualifier: 'at-least' });
  Object.assign(ind.values[2]!, { value: 45, valueMax: 50, qualifier: 'about' });
  const [, least, range] = series(plan, ind).points;
  assert.deepEqual([least!.qualifier, least!.approximate, least!.valueMax], ['at-least', false, undefined]);
  assert.deepEqual([range!.qualifier, range!.approximate, range!.valueMax], ['about', true, 50]);
});

test('every unit and relation type has a name in both languages', () => {
  for (const lang of ['da', 'en'] as const) {
    for (const u of UNITS) assert.ok(UNIT_NAMES[lang][u], `${lang} unit ${u}`);
    for (const r of RELATION_TYPES) assert.ok(SUMMARY[lang].relationTypes[r], `${lang} relation ${r}`);
  }
});
