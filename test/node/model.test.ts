import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, queryVariants, similarity } from '../../src/model/text.js';
import { coverage, coverageMatrix } from '../../src/model/coverage.js';
import { comparableGroups, planSeries, valueExtent, yearExtent } from '../../src/model/targets.js';
import { filterInitiatives, indexInitiatives } from '../../src/model/initiatives.js';
import { evolution, whatDiffers } from '../../src/model/diff.js';
import { countDistinct } from '../../src/model/distinct.js';
import { tracksWithCounts, planCounts, municipalityNames, periodLabel } from '../../src/model/summary.js';
import type { Plan } from '../../src/schema/plan.js';
import { validateCollection } from '../../src/schema/validate.js';
import { minimalPlan } from '../fixtures/minimal-plan.js';
import { planFiles, readJson } from './helpers.js';

const fixture = minimalPlan() as unknown as Plan;
const { plans } = validateCollection(planFiles().map(readJson));
const byId = (id: string) => plans.find((p) => p.id === id)!;

test('fold: case, diacritics and Danish letters', () => {
  assert.equal(fold('Ældre ÅBENRÅ Ishøj'), 'aeldre aabenraa ishoej');
  assert.equal(fold('Café\u00adteria'), 'cafeteria');
  assert.deepEqual(queryVariants('Ishøj'), ['ishoej', 'ishoj']);
  assert.ok(similarity('Klassebesøg fra SSP', 'Klassebesøg fra SSP.') === 1);
  assert.ok(similarity('Klassebesøg fra SSP', 'Åben anonym rådgivning') === 0);
});

test('coverage levels: target > initiatives > ambition > none', () => {
  assert.equal(coverage(fixture, 'treatment').level, 'target');
  assert.equal(coverage(fixture, 'youth').level, 'initiatives');
  assert.equal(coverage(fixture, 'youth').initiatives, 1);
  assert.equal(coverage(fixture, 'elderly').level, 'none');
  const p = structuredClone(fixture);
  p.tracks[0]!.themes.push('elderly');
  assert.equal(coverage(p, 'elderly').level, 'ambition');
  assert.deepEqual(
    coverage(p, 'elderly').tracks.map((t) => t.id),
    ['forebyggelse'],
  );
});

test('coverage matrix: Randers has measurable treatment targets, Aalborg has none', () => {
  const m = coverageMatrix([byId('randers-2017-2020'), byId('aalborg-2016-2019-status')], ['treatment', 'youth']);
  assert.equal(m.cells[0]![0]!.level, 'target');
  assert.notEqual(m.cells[0]![1]!.level, 'target');
  const r = byId('randers-2017-2020');
  const rows = r.initiatives.filter((i) => i.themes.includes('youth'));
  // a measure printed twice (sameAs) counts once: 20 rows on youth, 5 of them second printings
  const firsts = rows.filter(
    (i) => !(i.sameAs ?? []).some((o) => r.initiatives.findIndex((x) => x.id === o) < r.initiatives.indexOf(i)),
  );
  assert.equal(rows.length, 20);
  assert.equal(m.cells[1]![0]!.initiatives, firsts.length);
  assert.equal(firsts.length, 15);
});

test('target series: Randers treatment effect lines up by comparable key', () => {
  const groups = comparableGroups(plans);
  const drugs = groups.find((g) => g.key === 'treatment-effect-drugs')!;
  assert.equal(drugs.series.length, 1);
  const pts = drugs.series[0]!.points;
  assert.deepEqual(
    pts.map((p) => [p.year, p.kind, p.value]),
    [
      [2014, 'baseline', 43],
      [2017, 'target', 48],
      [2018, 'target', 50],
      [2019, 'target', 50],
      [2020, 'target', 50],
    ],
  );
  assert.equal(pts[0]!.scope, 'national');
  assert.equal(pts[1]!.scope, 'municipal');
  assert.deepEqual(yearExtent(planSeries(byId('randers-2017-2020'))), [2014, 2020]);
  assert.deepEqual(valueExtent(drugs.series), [0, 50]);
});

test('initiative search: "aeldre" and "ældre" find the same initiatives, all mentioning ældre', () => {
  const items = indexInitiatives(plans);
  const a = filterInitiatives(items, { query: 'aeldre' }).items.map((i) => i.key);
  const b = filterInitiatives(items, { query: 'ældre' }).items.map((i) => i.key);
  assert.deepEqual(a, b);
  assert.ok(a.length >= 2, `found ${a.length}`);
  for (const item of filterInitiatives(items, { query: 'ÆLDRE' }).items) assert.match(item.haystack, /aeldre/);
});

test('initiative facets: counts ignore their own selection and match the filtered list', () => {
  const items = indexInitiatives(plans);
  const all = filterInitiatives(items, {});
  assert.equal(
    all.items.length,
    plans.reduce((n, p) => n + p.initiatives.length, 0),
  );
  const r = filterInitiatives(items, { plan: ['randers-2017-2020'] });
  assert.equal(r.items.length, byId('randers-2017-2020').initiatives.length);
  // the plan facet counts distinct measures: Aabenraa 2021 prints 48 rows, two measures twice
  assert.equal(r.counts.plan.get('aabenraa-2021'), 46);
  const planned = r.items.filter((i) => i.initiative.status === 'planned').map((i) => i.initiative);
  assert.equal(r.counts.status.get('planned'), countDistinct(byId('randers-2017-2020'), planned));
  assert.ok(countDistinct(byId('randers-2017-2020'), planned) < planned.length, 'planned pairs count once');
  const both = filterInitiatives(items, { plan: ['randers-2017-2020'], status: ['planned'], query: 'unge' });
  assert.ok(
    both.items.every(
      (i) => i.plan.id === 'randers-2017-2020' && i.initiative.status === 'planned' && i.haystack.includes('unge'),
    ),
  );
});

test('what differs: themes some plans act on, comparable indicators', () => {
  const d = whatDiffers([byId('randers-2017-2020'), byId('aalborg-2016-2019-status')]);
  for (const t of d.themes) assert.ok(t.coveredBy.length > 0 && t.missingFrom.length > 0);
  assert.equal(d.comparableIndicators.length, 0);
  assert.ok(d.uniqueInitiatives.length > 0);
  const same = whatDiffers([fixture, structuredClone(fixture)]);
  assert.equal(same.uniqueInitiatives.length, 0);
  assert.equal(same.themes.length, 0);
  assert.equal(same.comparableIndicators.length, 1);
});

test('evolution Aabenraa 2021 → 2022–2024: four tracks carried over, every distinct initiative accounted for once', () => {
  const a = byId('aabenraa-2021');
  const b = byId('aabenraa-2022-2024');
  const e = evolution(a, b);
  assert.equal(e.tracks.filter((t) => t.change === 'kept' || t.change === 'renamed').length, 4);
  assert.ok(e.fromLinks);
  const fromIds = e.initiatives.flatMap((i) => i.from.map((f) => f.id));
  const toIds = e.initiatives.flatMap((i) => i.to.map((t) => t.id));
  assert.equal(new Set(fromIds).size, fromIds.length);
  assert.equal(new Set(toIds).size, toIds.length);
  assert.equal(fromIds.length, 46, '48 printed 2021 initiatives, 2 printed twice');
  assert.equal(toIds.length, 64, '70 printed 2022–24 initiatives, 6 printed twice');
  const kb = e.initiatives.find((i) => i.change === 'kept' && /Klassebesøg/.test(i.to[0]!.title));
  assert.ok(kb, 'Klassebesøg fra SSP is in both plans');
});

test('summary: counts, names and periods', () => {
  assert.deepEqual(
    tracksWithCounts(fixture).map((t) => t.initiatives),
    [1, 0],
  );
  assert.equal(planCounts(fixture).indicatorValues, 3);
  assert.equal(municipalityNames(byId('ishoj-vallensbaek-2014-2018'), 'da'), 'Ishøj og Vallensbæk');
  assert.equal(periodLabel(byId('aabenraa-2021')), '2021');
  assert.equal(periodLabel(byId('randers-2017-2020')), '2017–2020');
});

test('synthetic plans are valid and deterministic', async () => {
  const { syntheticPlans } = await import('../fixtures/synthetic.js');
  const a = syntheticPlans({ municipalities: 5, initiatives: 12, indicators: 3, seed: 7 });
  const b = syntheticPlans({ municipalities: 5, initiatives: 12, indicators: 3, seed: 7 });
  assert.deepEqual(a, b);
  const r = validateCollection(a);
  assert.deepEqual(
    r.rejected.map((x) => x.issues),
    [],
  );
  assert.equal(r.plans.length, 5);
  assert.equal(
    r.plans.reduce((n, p) => n + p.initiatives.length, 0),
    60,
  );
});

test('evolution pairs: Aabenraa 2021 → 2022–2024 is the only same-municipality pair of the seeds', async () => {
  const { evolutionPairs } = await import('../../src/model/diff.js');
  assert.deepEqual(
    evolutionPairs(plans).map(([a, b]) => [a.id, b.id]),
    [['aabenraa-2021', 'aabenraa-2022-2024']],
  );
  assert.deepEqual(evolutionPairs([byId('randers-2017-2020')]), []);
});
