// whatDiffers finds initiatives without a counterpart through a word index (prefix filter) instead of
// comparing every pair of titles. These tests hold it to the pairwise definition, including titles
// without words and near-threshold overlaps, and run it at the scale of every municipality.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { whatDiffers, SAME_INITIATIVE } from '../../src/model/diff.js';
import { similarity } from '../../src/model/text.js';
import type { Plan } from '../../src/schema/plan.js';
import { syntheticPlans } from '../fixtures/synthetic.js';

/** The definition: an initiative is unique when no initiative of another plan has a title at least SAME_INITIATIVE similar. */
function pairwise(plans: readonly Plan[]): string[] {
  const out: string[] = [];
  for (const plan of plans) {
    const others = plans.filter((p) => p !== plan).flatMap((p) => p.initiatives);
    for (const ini of plan.initiatives)
      if (!others.some((o) => similarity(o.title, ini.title) >= SAME_INITIATIVE)) out.push(`${plan.id}/${ini.id}`);
  }
  return out;
}

const fast = (plans: readonly Plan[]) =>
  whatDiffers(plans).uniqueInitiatives.map((u) => `${u.planId}/${u.initiative.id}`);

// Few words, so that titles share words often; "a", "1" and "–" are not words (a title of them has none).
const WORD = fc.constantFrom(
  'unge',
  'Ældre',
  'aeldre',
  'rådgivning',
  'SSP',
  'skole',
  'familier',
  'a',
  '1',
  '–',
  'netværk',
  'behandling',
);
const TITLE = fc.array(WORD, { minLength: 0, maxLength: 6 }).map((w) => w.join(' '));

test('unique initiatives: the same as comparing every pair of titles (generated titles)', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(TITLE, { minLength: 0, maxLength: 8 }), { minLength: 2, maxLength: 5 }),
      (titlesPerPlan) => {
        const plans = syntheticPlans({
          municipalities: titlesPerPlan.length,
          initiatives: 8,
          indicators: 0,
          seed: 7,
        }).map((p, i) => ({
          ...p,
          initiatives: titlesPerPlan[i]!.map((title, k) => ({ ...p.initiatives[k]!, title })),
        }));
        assert.deepEqual(fast(plans), pairwise(plans));
      },
    ),
    { seed: 2026, numRuns: 400 },
  );
});

test('unique initiatives: the same as comparing every pair (synthetic plans, and the same plan object twice)', () => {
  const plans = syntheticPlans({ municipalities: 12, initiatives: 40, indicators: 0, seed: 3 });
  const expected = pairwise(plans);
  assert.ok(expected.length > 0 && expected.length < 12 * 40, 'the fixture has both unique and shared titles');
  assert.deepEqual(fast(plans), expected);
  const twice = [plans[0]!, plans[0]!, plans[1]!];
  assert.deepEqual(fast(twice), pairwise(twice));
});

test('unique initiatives at the scale of every municipality (98 × 60) finish without comparing every pair', () => {
  const plans = syntheticPlans({ municipalities: 98, initiatives: 60, indicators: 0, seed: 1 });
  const t0 = performance.now();
  const unique = whatDiffers(plans).uniqueInitiatives;
  const ms = performance.now() - t0;
  // Every pair would be 98·60 × 97·60 ≈ 34 million title comparisons (tens of seconds); the index needs a fraction of that.
  assert.ok(ms < 5000, `whatDiffers took ${ms.toFixed(0)} ms`);
  // Spot-check against the definition for a sample of initiatives.
  const others = (plan: Plan) => plans.filter((p) => p !== plan).flatMap((p) => p.initiatives);
  const isUnique = new Set(unique.map((u) => `${u.planId}/${u.initiative.id}`));
  for (const plan of plans.slice(0, 3)) {
    const rest = others(plan);
    for (const ini of plan.initiatives.slice(0, 10)) {
      const definition = !rest.some((o) => similarity(o.title, ini.title) >= SAME_INITIATIVE);
      assert.equal(isUnique.has(`${plan.id}/${ini.id}`), definition, `${plan.id}/${ini.id} "${ini.title}"`);
    }
  }
});
