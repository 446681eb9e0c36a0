// Honest sharing, the model: the file name the embed code names for plans given through data, the
// file's content (a collection `src` reads back), and the ids of `plans` that name no loaded plan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dataFileName, embedSnippet, plansFileText, unknownPlanIds } from '../../src/model/share.js';
import { validateCollection } from '../../src/schema/validate.js';
import { minimalPlan } from '../fixtures/minimal-plan.js';

test('dataFileName: <id>.json for one plan, plans.json for several or none', () => {
  assert.equal(dataFileName(['min-plan']), 'min-plan.json');
  assert.equal(dataFileName(['a', 'b']), 'plans.json');
  assert.equal(dataFileName([]), 'plans.json');
});

test('plansFileText is a collection the validator reads back to the same plans', () => {
  const r = validateCollection([minimalPlan()]);
  const back = validateCollection(JSON.parse(plansFileText(r.plans)));
  assert.deepEqual(back.rejected, []);
  assert.deepEqual(JSON.parse(JSON.stringify(back.plans)), JSON.parse(JSON.stringify(r.plans)));
});

test('the snippet names the file in src, escaped', () => {
  const code = embedSnippet(
    { plans: ['min-plan'] },
    { scriptSrc: 'https://x/plan-compare.js', lang: 'da', src: 'a"b.json' },
  );
  assert.match(code, /<plan-comparison lang="da" plans="min-plan" src="a&quot;b\.json"><\/plan-comparison>$/);
});

test('unknownPlanIds: each unknown id once, in the order written; the none sentinel and spaces give none', () => {
  assert.deepEqual(unknownPlanIds('a x b x y', ['a', 'b']), ['x', 'y']);
  assert.deepEqual(unknownPlanIds(' ', ['a']), []);
  assert.deepEqual(unknownPlanIds('', ['a']), []);
});
