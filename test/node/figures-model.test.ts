// The figures view's model: every statistic once, grouped by its first theme; printed totals against the
// sum of their rows (computed here from the plan data, not copied from the output); reprints; the
// national figures several plans cite lined up by unit, value and bound (inferred).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledCollection } from '../../src/data/bundled.js';
import { figureRows, figureText, figures, sharedKey, totalCheck } from '../../src/model/figures.js';
import type { Plan } from '../../src/schema/plan.js';
import { readPlan } from './helpers.js';

const plans = bundledCollection().plans;
const plan = (id: string) => plans.find((p) => p.id === id)!;

test('every statistic is shown once, under its first theme', () => {
  const f = figures(plans);
  const expected = plans.reduce((n, p) => n + (p.statistics?.length ?? 0), 0);
  assert.equal(f.count, expected);
  const seen = f.groups.flatMap((g) => g.entries.map((e) => `${e.plan.id}/${e.statistic.id}`));
  assert.equal(seen.length, expected);
  assert.equal(new Set(seen).size, expected);
  for (const g of f.groups) for (const e of g.entries) assert.equal(e.statistic.themes[0], g.theme);
});

test('Randers: the printed cost total beside the sum of its four rows, read from the JSON file', () => {
  const raw = readPlan('randers-2017-2020');
  const st = raw.statistics.find((s: any) => s.reportedTotal && s.unit === 'DKK');
  const sum = st.rows.reduce((a: number, r: any) => a + r.value, 0);
  const check = totalCheck(plan('randers-2017-2020').statistics!.find((s) => s.id === st.id)!)!;
  assert.equal(check.reported, st.reportedTotal.value);
  assert.equal(check.reported, 64738559);
  assert.equal(check.sum, sum);
  assert.equal(check.differs, sum !== st.reportedTotal.value);
});

test('Aabenraa: 509 printed, the rows sum to 421; the reprint in 2022–2024 is marked', () => {
  const raw = readPlan('aabenraa-2021');
  const st = raw.statistics.find((s: any) => s.id === 'antal-henvisninger');
  const sum = st.rows.reduce((a: number, r: any) => a + r.value, 0);
  assert.equal(sum, 421);
  assert.equal(st.reportedTotal.value, 509);
  const check = totalCheck(plan('aabenraa-2021').statistics!.find((s) => s.id === st.id)!)!;
  assert.deepEqual(check, { reported: 509, sum: 421, differs: true });
  const reprint = plan('aabenraa-2022-2024').statistics!.find((s) => s.reprintOf);
  assert.deepEqual(reprint?.reprintOf, { planId: 'aabenraa-2021', statisticId: 'antal-henvisninger' });
  // a reprint never lines up as a "shared" figure (it is the same table, not a second citation)
  assert.ok(reprint!.rows.every((r) => sharedKey(reprint!, r) === undefined));
});

test('a total over bounded rows is not summed', () => {
  const st = {
    ...plan('aabenraa-2021').statistics![0]!,
    rows: [{ label: 'a', value: 5, qualifier: 'about' as const, provenance: { section: 's', quote: 'qqqqqqqqq' } }],
  };
  assert.deepEqual(totalCheck(st), { reported: st.reportedTotal!.value, differs: false });
});

test('shared national figures: same unit, value, upper end and bound, in two or more plans; never municipal', () => {
  const f = figures(plans);
  assert.ok(f.shared.length > 0);
  for (const g of f.shared) {
    assert.ok(new Set(g.members.map((m) => m.plan.id)).size >= 2);
    for (const m of g.members) {
      assert.notEqual(m.statistic.scope, 'municipal');
      assert.equal(m.statistic.unit, g.unit);
      assert.equal(sharedKey(m.statistic, m.row), g.key);
    }
  }
  // The example: "omkring 140.000 danskere har et reelt misbrug" (Ishøj–Vallensbæk) lines up.
  const g140 = f.shared.find((g) => g.members.some((m) => m.row.value === 140000 && m.plan.id.startsWith('ishoj')));
  assert.ok(g140, 'the 140.000 figure is lined up');
  assert.ok(g140!.members.length >= 2);
  // One plan alone: nothing to line up.
  assert.equal(figures([plan('randers-2017-2020')]).shared.length, 0);
});

test('figures as printed, with unit and bound, in Danish and English', () => {
  assert.equal(figureText({ value: 120000, qualifier: 'at-least' }, 'persons', 'da'), 'mindst 120.000');
  assert.equal(figureText({ value: 40, qualifier: 'just-below' }, 'percent', 'da'), 'knap 40\u00a0%');
  assert.equal(figureText({ value: 64738559 }, 'DKK', 'da'), '64.738.559 kr.');
  assert.equal(figureText({ value: 64738559 }, 'DKK', 'en'), '64,738,559 DKK');
});

test('download rows: one per statistic row plus one per printed total, each with its citation', () => {
  const chosen: Plan[] = [plan('randers-2017-2020'), plan('aabenraa-2021')];
  const f = figures(chosen);
  const rows = figureRows(f, 'da');
  const expected = chosen.reduce(
    (n, p) => n + (p.statistics ?? []).reduce((m, s) => m + s.rows.length + (s.reportedTotal ? 1 : 0), 0),
    0,
  );
  assert.equal(rows.length, expected);
  const total = rows.find((r) => r.row_kind === 'reported-total' && r.plan_id === 'aabenraa-2021')!;
  assert.equal(total.value, 509);
  for (const r of rows) assert.ok(r.citation.includes(r.quote));
});
