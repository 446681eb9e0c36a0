// The size budget check itself: it must fail when an entry is over its limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

type Row = { name: string; min: number; gzip: number };
type Budget = { name: string; match: string; goal: number; limit: number };
const { checkBudgets } = (await import('../../scripts/sizes.mjs' as string)) as {
  checkBudgets(rows: Row[], budgets: Budget[]): { results: { name: string; ok: boolean; meetsGoal: boolean }[]; failures: string[] };
};
const budgets: Budget[] = JSON.parse(readFileSync(new URL('../../scripts/size-budgets.json', import.meta.url), 'utf8'));

test('an entry over its limit fails the check; one under it passes; goals are reported apart from limits', () => {
  const over = checkBudgets([{ name: 'cdn/plan-compare-data.js', min: 1, gzip: 60 * 1024 + 1 }], budgets);
  assert.equal(over.failures.length, 1);
  assert.match(over.failures[0]!, /cdn\/plan-compare-data\.js: 60\.0 KB gzip > budget 60\.0 KB/);
  const under = checkBudgets([{ name: 'plan-compare/plan-summary/define', min: 1, gzip: 20 * 1024 }], budgets);
  assert.deepEqual(under.failures, []);
  assert.equal(under.results[0]!.meetsGoal, true);
});

test('every budget names at least one entry; a limit is never below its goal', () => {
  const names = ['cdn/plan-compare.js', 'cdn/plan-compare-data.js', ...['summary', 'track-matrix', 'target-chart', 'initiative-list', 'differences', 'evolution'].map((e) => `plan-compare/plan-${e}/define`)];
  for (const b of budgets) {
    assert.ok(names.some((n) => new RegExp(b.match).test(n)), `${b.match} matches no entry`);
    assert.ok(b.limit >= b.goal, `${b.match}: limit ${b.limit} below the goal ${b.goal}`);
  }
});
