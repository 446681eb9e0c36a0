// The theme comparison's model: one column per plan, each holding exactly the plan's items tagged with
// the theme (counted here from the plan data), its coverage as coverage() says, and the flags on them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledCollection } from '../../src/data/bundled.js';
import { themeCompare } from '../../src/model/theme-compare.js';
import { coverage } from '../../src/model/coverage.js';
import { THEME_IDS } from '../../src/schema/constants.js';
import { readPlan } from './helpers.js';

const plans = bundledCollection().plans;

test('one column per plan, in order, for every theme; items are those tagged with the theme', () => {
  for (const theme of THEME_IDS) {
    const cols = themeCompare(plans, theme, 'da');
    assert.deepEqual(
      cols.map((c) => c.plan.id),
      plans.map((p) => p.id),
    );
    for (const c of cols) {
      const raw = readPlan(c.plan.id);
      const tagged = (list: any[] | undefined) =>
        (list ?? []).filter((x) => x.themes?.includes(theme)).map((x) => x.id);
      assert.deepEqual(
        c.tracks.map((t) => t.id),
        tagged(raw.tracks),
        `${c.plan.id} tracks × ${theme}`,
      );
      assert.deepEqual(
        c.initiatives.map((i) => i.initiative.id),
        tagged(raw.initiatives),
        `${c.plan.id} initiatives × ${theme}`,
      );
      assert.deepEqual(c.indicators.map((i) => i.id).sort(), tagged(raw.indicators).sort());
      assert.deepEqual(
        c.statistics.map((s) => s.id),
        tagged(raw.statistics),
      );
      assert.deepEqual(c.coverage, coverage(c.plan, theme));
      // every caveat is one of the plan's flags, on an item this column shows
      const ids = new Set([
        ...c.tracks.map((t) => t.id),
        ...c.initiatives.map((i) => i.initiative.id),
        ...c.indicators.map((i) => i.id),
        ...c.statistics.map((s) => s.id),
      ]);
      for (const cav of c.caveats) {
        assert.deepEqual(cav.flag, raw.flags[cav.index]);
        assert.ok(cav.itemId && ids.has(cav.itemId), `${c.plan.id} ${theme}: caveat on ${cav.flag.target}`);
      }
    }
  }
});

test('youth: Randers’ young people in treatment, baseline and target as the plan file has them', () => {
  const raw = readPlan('randers-2017-2020');
  const ind = raw.indicators.find((i: any) => i.id === 'unge-i-behandling');
  const col = themeCompare(plans, 'youth', 'da').find((c) => c.plan.id === 'randers-2017-2020')!;
  const shown = col.indicators.find((i) => i.id === 'unge-i-behandling')!;
  assert.deepEqual(
    shown.values.map((v) => [v.year, v.kind, v.value]),
    ind.values.map((v: any) => [v.year, v.kind, v.value]),
  );
  assert.deepEqual(
    shown.values.map((v) => v.value),
    [142, 200],
  );
  // indicators with a target come first
  const firstWithout = col.indicators.findIndex((i) => !i.values.some((v) => v.kind === 'target'));
  if (firstWithout >= 0)
    assert.ok(col.indicators.slice(firstWithout).every((i) => !i.values.some((v) => v.kind === 'target')));
});

test('target groups of an initiative are resolved from the plan’s own list', () => {
  for (const c of themeCompare(plans, 'youth', 'en'))
    for (const i of c.initiatives)
      assert.equal(i.targetGroups.length, (i.initiative.targetGroupIds ?? []).length, i.initiative.id);
});
