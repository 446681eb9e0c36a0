// coverageMatrix tallies each plan in one pass (planCoverage); it must give exactly coverage(plan, theme)
// for every cell — for the seed plans, synthetic plans, and plans whose items name a theme twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledCollection } from '../../src/data/bundled.js';
import { coverage, coverageMatrix } from '../../src/model/coverage.js';
import { countDistinct } from '../../src/model/distinct.js';
import { THEME_IDS, type Plan } from '../../src/schema/plan.js';
import { validateCollection } from '../../src/schema/validate.js';
import { syntheticPlans } from '../fixtures/synthetic.js';

function check(plans: readonly Plan[], themes: readonly (typeof THEME_IDS)[number][] = THEME_IDS) {
  const m = coverageMatrix(plans, themes);
  assert.deepEqual(m.themes, [...themes]);
  themes.forEach((theme, i) =>
    plans.forEach((plan, j) => assert.deepEqual(m.cells[i]![j], coverage(plan, theme), `${plan.id} × ${theme}`)),
  );
}

test('coverageMatrix equals coverage() in every cell: seed plans', () => check(bundledCollection().plans));

test('coverageMatrix equals coverage() in every cell: synthetic plans, a subset of themes in another order', () => {
  const plans = validateCollection(
    syntheticPlans({ municipalities: 12, initiatives: 30, indicators: 6, seed: 5 }),
  ).plans;
  check(plans);
  check(plans, ['youth', 'prevention', 'treatment']);
});

test('an item that names a theme twice counts once, as in coverage()', () => {
  const base = bundledCollection().plans.find((p) => p.id === 'randers-2017-2020')!;
  const twice: Plan = {
    ...base,
    tracks: base.tracks.map((t) => ({ ...t, themes: [...t.themes, ...t.themes] })),
    initiatives: base.initiatives.map((i) => ({ ...i, themes: [...i.themes, i.themes[0]!] })),
    indicators: (base.indicators ?? []).map((i) => ({ ...i, themes: [...i.themes, ...i.themes] })),
  };
  check([twice, base]);
  const youth = coverageMatrix([twice], ['youth']).cells[0]![0]!;
  assert.equal(youth.initiatives, coverageMatrix([base], ['youth']).cells[0]![0]!.initiatives);
  assert.equal(
    youth.initiatives,
    countDistinct(
      base,
      base.initiatives.filter((i) => i.themes.includes('youth')),
    ),
  );
});
