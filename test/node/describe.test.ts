import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  describeGroup,
  describeSeries,
  pointValue,
  seriesName,
  valueRuns,
  valueWithUnit,
  yearSpan,
} from '../../src/model/describe.js';
import { comparableGroups, planSeries, series } from '../../src/model/targets.js';
import type { Plan } from '../../src/schema/plan.js';
import { validateCollection } from '../../src/schema/validate.js';
import { minimalPlan } from '../fixtures/minimal-plan.js';
import { planFiles, readJson } from './helpers.js';

const { plans } = validateCollection(planFiles().map(readJson));
const byId = (id: string) => plans.find((p) => p.id === id)!;
const randers = byId('randers-2017-2020');
/** Intl puts a no-break space between number and %; compare as plain spaces. */
const sp = (text: string) => text.replace(/\u00a0/g, ' ');
const indicator = (plan: Plan, key: string) => plan.indicators!.find((i) => i.comparableKey === key)!;

test('valueRuns: consecutive equal years collapse, gaps and changes do not', () => {
  const pts = [2017, 2018, 2019, 2020].map((year, i) => ({ year, value: i === 0 ? 48 : 50, approximate: false }));
  assert.deepEqual(valueRuns(pts), [
    { from: 2017, to: 2017, value: 48, approximate: false },
    { from: 2018, to: 2020, value: 50, approximate: false },
  ]);
  const gap = [
    { year: 2018, value: 50, approximate: false },
    { year: 2020, value: 50, approximate: false },
  ];
  assert.equal(valueRuns(gap).length, 2);
  assert.equal(yearSpan(2018, 2020), '2018–2020');
  assert.equal(yearSpan(2017, 2017), '2017');
});

test('describeSeries: Randers drug treatment effect in Danish, from the data', () => {
  const s = series(randers, indicator(randers, 'treatment-effect-drugs'));
  assert.equal(
    sp(describeSeries(s, 'da')),
    'Randers: Effekt behandling stofmisbrug (højere er bedre). Basislinje 43 % (landsplan, 2014). Mål: 48 % i 2017, 50 % i 2018–2020.',
  );
});

test('describeSeries: English, percent without space, plural targets', () => {
  const s = series(randers, indicator(randers, 'treatment-effect-alcohol'));
  assert.equal(
    describeSeries(s, 'en'),
    'Randers: Effekt behandling alkoholmisbrug (higher is better). Baseline 38% (national, 2014). Targets: 42% in 2017, 45% in 2018–2020.',
  );
});

test('describeSeries: counts carry their unit; a municipal baseline has only its year', () => {
  const s = series(randers, indicator(randers, 'citizens-in-treatment'));
  assert.equal(
    describeSeries(s, 'da'),
    'Randers: Borgere i behandling (højere er bedre). Basislinje 622 personer (2016). Mål: 775 personer i 2020.',
  );
  const f = series(randers, indicator(randers, 'families-in-treatment'));
  assert.match(describeSeries(f, 'en'), /Baseline 53 families \(2016\)\. Target: 100 families in 2020\.$/);
});

test('describeSeries: actual values and lower-is-better (Aabenraa 2022–24)', () => {
  const [s] = planSeries(byId('aabenraa-2022-2024'));
  assert.equal(s!.points.length, 2);
  assert.equal(
    describeSeries(s!, 'da'),
    `Aabenraa: ${s!.indicator.label} (lavere er bedre). Faktisk: 4,3 i 2013, 6,8 i 2018.`,
  );
  assert.match(describeSeries(s!, 'en'), /\(lower is better\)\. Actual: 4\.3 in 2013, 6\.8 in 2018\.$/);
});

test('approximate values say so', () => {
  assert.equal(sp(pointValue({ value: 40, approximate: true }, 'percent', 'da')), 'ca. 40 %');
  assert.equal(pointValue({ value: 40, approximate: true }, 'percent', 'en'), 'approx. 40%');
  assert.equal(pointValue({ value: 1234, approximate: false }, 'persons', 'da', true), '1.234 personer');
  assert.equal(valueWithUnit(4.3, 'rate', 'da'), '4,3');
});

test('seriesName adds the period only when two plans share municipalities', () => {
  const a21 = byId('aabenraa-2021');
  const a22 = byId('aabenraa-2022-2024');
  assert.equal(seriesName(a22, [a22, randers], 'da'), 'Aabenraa');
  assert.equal(seriesName(a22, [a21, a22], 'da'), 'Aabenraa 2022–2024');
  assert.equal(seriesName(byId('ishoj-vallensbaek-2014-2018'), plans, 'en'), 'Ishøj and Vallensbæk');
});

test('describeGroup: one sentence group per plan of a comparable indicator', () => {
  const other = minimalPlan() as unknown as Plan;
  const group = comparableGroups([randers, other]).find((g) => g.key === 'treatment-effect-drugs')!;
  assert.equal(group.series.length, 2);
  const text = sp(describeGroup(group.series, 'da'));
  assert.ok(text.startsWith('Randers: Effekt behandling stofmisbrug'));
  assert.ok(
    text.includes(
      'Testby: Effekt af stofbehandling (højere er bedre). Basislinje 40 % (landsplan, 2019). Mål: 45 % i 2021, 50 % i 2023.',
    ),
  );
});
