// The size budget check itself: it must fail when an entry is over its limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Row = { name: string; min: number; gzip: number };
type Budget = { name: string; match: string; goal: number; limit: number };
const { checkBudgets, staticClosure } = (await import('../../scripts/sizes.mjs' as string)) as {
  staticClosure(dir: string, file: string): string[];
  checkBudgets(
    rows: Row[],
    budgets: Budget[],
  ): { results: { name: string; ok: boolean; meetsGoal: boolean }[]; failures: string[] };
};
const budgets: Budget[] = JSON.parse(readFileSync(new URL('../../scripts/size-budgets.json', import.meta.url), 'utf8'));

test('an entry over its limit fails the check; one under it passes; goals are reported apart from limits', () => {
  const limit = budgets.find((b) => b.name === 'seed data')!.limit;
  const kb = (n: number) => (n / 1024).toFixed(1).replace('.', '\\.');
  const over = checkBudgets([{ name: 'cdn/plan-compare-data.js', min: 1, gzip: limit + 1 }], budgets);
  assert.equal(over.failures.length, 1);
  assert.match(
    over.failures[0]!,
    new RegExp(`cdn/plan-compare-data\\.js: ${kb(limit)} KB gzip > budget ${kb(limit)} KB`),
  );
  assert.deepEqual(checkBudgets([{ name: 'cdn/plan-compare-data.js', min: 1, gzip: limit }], budgets).failures, []);
  const under = checkBudgets([{ name: 'plan-compare/plan-summary/define', min: 1, gzip: 20 * 1024 }], budgets);
  assert.deepEqual(under.failures, []);
  assert.equal(under.results[0]!.meetsGoal, true);
});

test('every budget names at least one entry; a limit is never below its goal', () => {
  const names = [
    'cdn/plan-compare.js',
    'cdn/plan-compare-data.js',
    'cdn first view (entry + static imports)',
    'cdn all code (11 files)',
    'cdn preview page script (1 files)',
    ...[
      'summary',
      'track-matrix',
      'target-chart',
      'initiative-list',
      'differences',
      'evolution',
      'figures',
      'theme-compare',
    ].map((e) => `plan-compare/plan-${e}/define`),
  ];
  for (const b of budgets) {
    assert.ok(
      names.some((n) => new RegExp(b.match).test(n)),
      `${b.match} matches no entry`,
    );
    assert.ok(b.limit >= b.goal, `${b.match}: limit ${b.limit} below the goal ${b.goal}`);
  }
});

test('the CDN first view counts the entry and what it imports statically, not the chunks it imports on demand', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-sizes-'));
  try {
    const files: Record<string, string> = {
      'entry.js': 'import{a as b}from"./core.js";import"./side.js";const c=()=>import("./lazy.js");export{c};',
      'core.js': 'import{d}from"./deep.js";export const a=d;',
      'deep.js': 'export const d=1;',
      'side.js': 'console.log(1);',
      'lazy.js': 'import{a}from"./core.js";import{x}from"./lazy-only.js";export{a,x};',
      'lazy-only.js': 'export const x=2;',
    };
    for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, name), code);
    assert.deepEqual(staticClosure(dir, 'entry.js').sort(), ['core.js', 'deep.js', 'entry.js', 'side.js']);
    assert.deepEqual(staticClosure(dir, 'lazy.js').sort(), ['core.js', 'deep.js', 'lazy-only.js', 'lazy.js']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
