import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coverageMatrix } from '../../src/model/coverage.js';
import { matrixRows, moveInGrid, themeInitiatives, themeTargets, isGridKey } from '../../src/model/matrix.js';
import { THEME_IDS, type Plan } from '../../src/schema/plan.js';
import { validateCollection } from '../../src/schema/validate.js';
import { minimalPlan } from '../fixtures/minimal-plan.js';
import { planFiles, readJson } from './helpers.js';

const fixture = minimalPlan() as unknown as Plan;
const { plans } = validateCollection(planFiles().map(readJson));
const byId = (id: string) => plans.find((p) => p.id === id)!;

test('matrixRows: every theme in taxonomy order; hideEmpty drops rows no plan covers', () => {
  const m = coverageMatrix([fixture]);
  const all = matrixRows(m);
  assert.deepEqual(
    all.map((r) => r.theme),
    [...THEME_IDS],
  );
  assert.equal(all[0]!.cells.length, 1);
  const covered = matrixRows(m, true).map((r) => r.theme);
  for (const theme of covered)
    assert.ok(
      m.cells[THEME_IDS.indexOf(theme)]!.some((c) => c.level !== 'none'),
      theme,
    );
  for (const theme of THEME_IDS.filter((t) => !covered.includes(t))) {
    assert.ok(
      m.cells[THEME_IDS.indexOf(theme)]!.every((c) => c.level === 'none'),
      theme,
    );
  }
  assert.ok(covered.includes('prevention') && covered.includes('treatment'));
  assert.ok(!covered.includes('elderly'));
});

test('matrixRows: a theme one of several plans covers stays', () => {
  const m = coverageMatrix([fixture, byId('randers-2017-2020')]);
  const rows = matrixRows(m, true).map((r) => r.theme);
  assert.ok(rows.includes('dual-diagnosis'), 'Randers covers dual diagnosis, the fixture does not');
});

test('themeTargets: indicators of the theme with target values only', () => {
  const t = themeTargets(fixture, 'treatment');
  assert.deepEqual(
    t.map((x) => x.indicator.id),
    ['effekt-stof'],
  );
  assert.deepEqual(
    t[0]!.targets.map((v) => [v.year, v.value]),
    [
      [2021, 45],
      [2023, 50],
    ],
  );
  assert.deepEqual(themeTargets(fixture, 'youth'), []);
  const randers = byId('randers-2017-2020');
  const youth = themeTargets(randers, 'youth');
  assert.ok(youth.length > 0);
  for (const { indicator, targets } of youth) {
    assert.ok(indicator.themes.includes('youth'));
    assert.ok(targets.length > 0 && targets.every((v) => v.kind === 'target'));
  }
});

test('themeInitiatives: initiatives tagged with the theme, in plan order', () => {
  const randers = byId('randers-2017-2020');
  const youth = themeInitiatives(randers, 'youth');
  assert.deepEqual(
    youth,
    randers.initiatives.filter((i) => i.themes.includes('youth')),
  );
  assert.ok(youth.length > 0);
});

test('moveInGrid: arrows stop at the edges, Home/End in the row, Ctrl+Home/End to the corners', () => {
  const size = { rows: 3, cols: 4 };
  assert.deepEqual(moveInGrid({ row: 0, col: 0 }, 'ArrowRight', size), { row: 0, col: 1 });
  assert.deepEqual(moveInGrid({ row: 0, col: 3 }, 'ArrowRight', size), { row: 0, col: 3 });
  assert.deepEqual(moveInGrid({ row: 0, col: 0 }, 'ArrowLeft', size), { row: 0, col: 0 });
  assert.deepEqual(moveInGrid({ row: 0, col: 2 }, 'ArrowDown', size), { row: 1, col: 2 });
  assert.deepEqual(moveInGrid({ row: 2, col: 2 }, 'ArrowDown', size), { row: 2, col: 2 });
  assert.deepEqual(moveInGrid({ row: 0, col: 2 }, 'ArrowUp', size), { row: 0, col: 2 });
  assert.deepEqual(moveInGrid({ row: 1, col: 2 }, 'Home', size), { row: 1, col: 0 });
  assert.deepEqual(moveInGrid({ row: 1, col: 1 }, 'End', size), { row: 1, col: 3 });
  assert.deepEqual(moveInGrid({ row: 1, col: 1 }, 'Home', size, { ctrl: true }), { row: 0, col: 0 });
  assert.deepEqual(moveInGrid({ row: 1, col: 1 }, 'End', size, { ctrl: true }), { row: 2, col: 3 });
  assert.deepEqual(moveInGrid({ row: 0, col: 1 }, 'PageDown', size, { page: 5 }), { row: 2, col: 1 });
  assert.deepEqual(moveInGrid({ row: 2, col: 1 }, 'PageUp', size, { page: 1 }), { row: 1, col: 1 });
  assert.deepEqual(moveInGrid({ row: 0, col: 1 }, 'ArrowRight', size, { dir: 'rtl' }), { row: 0, col: 0 });
  // A position left over from a bigger grid is clamped first.
  assert.deepEqual(moveInGrid({ row: 9, col: 9 }, 'ArrowUp', size), { row: 1, col: 3 });
  assert.deepEqual(moveInGrid({ row: 0, col: 0 }, 'ArrowDown', { rows: 0, cols: 0 }), { row: 0, col: 0 });
  assert.ok(isGridKey('Home') && !isGridKey('Enter') && !isGridKey('Tab'));
});
