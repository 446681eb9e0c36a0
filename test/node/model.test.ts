import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, queryVariants, similarity } from '../../src/model/text.js';
import { coverage, coverageMatrix } from '../../src/model/coverage.js';
import { comparableGroups, planSeries, valueExtent, yearExtent } from '../../src/model/targets.js';
import { filterInitiatives, indexInitiatives } from '../../src/model/initiatives.js';
import { evolution, whatDiffers } from '../../src/model/diff.js';
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
  assert.deepEqual(coverage(p, 'elderly').tracks.map((t) => t.id), ['forebyggelse']);
});

test('coverage matrix: Randers has measurable treatment targets, Aalborg has none', () => {
  const m = coverageMatrix([byId('randers-2017-2020'), byId('aalborg-2016-2019-status')], ['treatment', 'youth']);
  assert.equal(m.cells[0]![0]!.level, 'target');
  assert.notEqual(m.cells[0]![1]!.level, 'target');
  const youth = byId('randers-2017-2020').initiatives.filter((i) => i.themes.includes('youth')).length;
  assert.ok(youth > 0);
  assert.equal(m.cells[1]![0]!.initiatives, youth);
});

test('target series: Randers treatment effect lines up by comparable key', () => {
  const groups = comparableGroups(plans);
  const drugs = groups.find((g) => g.key === 'treatment-effect-drugs')!;
  assert.equal(drugs.series.length, 1);
  const pts = drugs.series[0]!.points;
  assert.deepEqual(pts.map((p) => [p.year, p.kind, p.value]), [
    [2014, 'baseline', 43],
    [2017, 'target', 48],
    [2018, 'target', 50],
    [2019, 'target', 50],
    [2020, 'target', 50],
  ]);
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
  assert.equal(all.items.length, plans.reduce((n, p) => n + p.initiatives.length, 0));
  const r = filterInitiatives(items, { plan: ['randers-2017-2020'] });
  assert.equal(r.items.length, byId('randers-2017-2020').initiatives.length);
  assert.equal(r.counts.plan.get('aabenraa-2021'), byId('aabenraa-2021').initiatives.length);
  const planned = r.items.filter((i) => i.initiative.status === 'planned').length;
  assert.equal(r.counts.status.get('planned'), planned);
  const both = filterInitiatives(items, { plan: ['randers-2017-2020'], status: ['planned'], query: 'unge' });
  assert.ok(both.items.every((i) => i.plan.id === 'randers-2017-2020' && i.initiative.status === 'planned' && i.haystack.includes('unge')));
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

test('evolution Aabenraa 2021 → 2022–2024: four tracks carried over, initiatives kept/added/dropped add up', () => {
  const a = byId('aabenraa-2021');
  const b = byId('aabenraa-2022-2024');
  const e = evolution(a, b);
  assert.equal(e.tracks.filter((t) => t.change === 'kept' || t.change === 'renamed').length, 4);
  const kept = e.initiatives.filter((i) => i.change === 'kept').length;
  const added = e.initiatives.filter((i) => i.change === 'added').length;
  const dropped = e.initiatives.filter((i) => i.change === 'dropped').length;
  assert.equal(kept + added, b.initiatives.length);
  assert.equal(kept + dropped, a.initiatives.length);
  assert.ok(kept > 10, `only ${kept} kept`);
  const kb = e.initiatives.find((i) => i.change === 'kept' && /Klassebesøg/.test(i.to!.title));
  assert.ok(kb, 'Klassebesøg fra SSP is in both plans');
});

test('summary: counts, names and periods', () => {
  assert.deepEqual(tracksWithCounts(fixture).map((t) => t.initiatives), [1, 0]);
  assert.equal(planCounts(fixture).indicatorValues, 3);
  assert.equal(municipalityNames(byId('ishoj-vallensbaek-2014-2018'), 'og'), 'Ishøj og Vallensbæk');
  assert.equal(periodLabel(byId('aabenraa-2021')), '2021');
  assert.equal(periodLabel(byId('randers-2017-2020')), '2017–2020');
});

test('synthetic plans are valid and deterministic', async () => {
  const { syntheticPlans } = await import('../fixtures/synthetic.js');
  const a = syntheticPlans({ municipalities: 5, initiatives: 12, indicators: 3, seed: 7 });
  const b = syntheticPlans({ municipalities: 5, initiatives: 12, indicators: 3, seed: 7 });
  assert.deepEqual(a, b);
  const r = validateCollection(a);
  assert.deepEqual(r.rejected.map((x) => x.issues), []);
  assert.equal(r.plans.length, 5);
  assert.equal(r.plans.reduce((n, p) => n + p.initiatives.length, 0), 60);
});

test('evolution pairs: Aabenraa 2021 → 2022–2024 is the only same-municipality pair of the seeds', async () => {
  const { evolutionPairs } = await import('../../src/model/diff.js');
  assert.deepEqual(evolutionPairs(plans).map(([a, b]) => [a.id, b.id]), [['aabenraa-2021', 'aabenraa-2022-2024']]);
  assert.deepEqual(evolutionPairs([byId('randers-2017-2020')]), []);
});
