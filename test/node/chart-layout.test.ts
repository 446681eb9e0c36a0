import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  chartLayout,
  fitLabels,
  markPath,
  placeReferenceLabels,
  pointBox,
  spreadLabels,
  textWidth,
  wrapText,
  yearTicks,
  linear,
} from '../../src/model/chart-layout.js';
import { comparableGroups, planSeries } from '../../src/model/targets.js';
import { validateCollection } from '../../src/schema/validate.js';
import { planFiles, readJson } from './helpers.js';

const { plans } = validateCollection(planFiles().map(readJson));
const randers = plans.find((p) => p.id === 'randers-2017-2020')!;
const drugs = comparableGroups([randers]).find((g) => g.key === 'treatment-effect-drugs')!;

test('chartLayout: one placed point per value, inside the plot, higher value drawn higher', () => {
  const l = chartLayout(drugs.series, { width: 600, height: 300 });
  const values = drugs.series.flatMap((s) => s.points.map((p) => p.value));
  assert.equal(l.points.length, values.length);
  for (const p of l.points) {
    assert.ok(p.x >= 0 && p.x <= l.innerWidth, `x ${p.x} inside`);
    assert.ok(p.y >= 0 && p.y <= l.innerHeight, `y ${p.y} inside`);
  }
  for (const a of l.points) for (const b of l.points) if (a.point.value > b.point.value) assert.ok(a.y < b.y);
  // y includes 0 and the maximum; years are integer ticks
  assert.equal(l.y.domain[0], 0);
  assert.ok(l.y.domain[1] >= 50);
  assert.deepEqual(l.xTicks, [2014, 2015, 2016, 2017, 2018, 2019, 2020]);
  assert.equal(l.margin.left + l.innerWidth + l.margin.right, 600);
});

test('chartLayout: targets become a dashed path from the baseline, no actual path, a national reference', () => {
  const l = chartLayout(drugs.series, { width: 600, height: 300 });
  const [s] = l.series;
  assert.match(s!.targetPath!, /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){4}$/);
  assert.equal(s!.actualPath, null);
  assert.equal(l.references.length, 1);
  assert.deepEqual([l.references[0]!.year, l.references[0]!.value, l.references[0]!.scope], [2014, 43, 'national']);
  assert.equal(s!.end!.point.year, 2020);
});

test('chartLayout: actual values get a solid path (Aabenraa), shared year domain is honoured', () => {
  const [s] = planSeries(plans.find((p) => p.id === 'aabenraa-2022-2024')!);
  const l = chartLayout([s!], { width: 400, height: 220, years: [2013, 2020] });
  assert.ok(l.series[0]!.actualPath);
  assert.equal(l.series[0]!.targetPath, null);
  assert.deepEqual(l.x.domain, [2012.5, 2020.5]);
  assert.equal(l.references.length, 0);
});

test('chartLayout: a narrower box gives a narrower plot and fewer year ticks when crowded', () => {
  const wide = chartLayout(drugs.series, { width: 800, height: 300 });
  const narrow = chartLayout(drugs.series, { width: 280, height: 300 });
  assert.ok(narrow.innerWidth < wide.innerWidth);
  assert.deepEqual(yearTicks(2000, 2020, 5), [2000, 2005, 2010, 2015, 2020]);
  assert.deepEqual(yearTicks(2013, 2020, 4), [2014, 2016, 2018, 2020]);
  assert.deepEqual(yearTicks(2014, 2014, 5), [2014]);
});

test('markPath: a diamond for a baseline differs from the circle of a target', () => {
  assert.notEqual(markPath('baseline'), markPath('target'));
  assert.equal(markPath('target'), markPath('actual'));
  assert.match(markPath('baseline'), /^M/);
});

test('spreadLabels keeps labels apart and inside bounds, in input order', () => {
  const out = spreadLabels([50, 52, 51, 200], 14, 0, 210);
  const sorted = [...out].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i]! - sorted[i - 1]! >= 14 - 1e-9);
  assert.equal(out[3], 200);
  const tight = spreadLabels([100, 100, 100], 14, 0, 105);
  assert.ok(Math.max(...tight) <= 105);
});

test('wrapText and textWidth', () => {
  assert.deepEqual(wrapText('Effekt behandling stofmisbrug 43% 48% 50% 50% 50%', 20), [
    'Effekt behandling',
    'stofmisbrug 43% 48%',
    '50% 50% 50%',
  ]);
  assert.deepEqual(wrapText('', 10), []);
  assert.ok(textWidth('Landsplan 2014: 43 %') > textWidth('43 %'));
});

test('fitLabels drops a label that would overlap its right neighbour, keeps the last', () => {
  assert.deepEqual(
    fitLabels([
      { x: 0, width: 30 },
      { x: 20, width: 30 },
      { x: 80, width: 30 },
    ]),
    [false, true, true],
  );
  assert.deepEqual(
    fitLabels([
      { x: 0, width: 10 },
      { x: 50, width: 10 },
    ]),
    [true, true],
  );
  assert.deepEqual(fitLabels([]), []);
});

test('placeReferenceLabels avoids point markers and earlier labels', () => {
  // a point right under the line at the right end moves the label to the left end of the same row
  const [a] = placeReferenceLabels([{ y: 100, width: 120 }], [pointBox(390, 112)], 400, 200);
  assert.deepEqual([a!.anchor, a!.x, a!.y], ['start', 2, 118]);
  // blocked at both ends and the middle below: the row above
  const [b] = placeReferenceLabels(
    [{ y: 100, width: 120 }],
    [pointBox(390, 112), pointBox(10, 112), pointBox(200, 112)],
    400,
    200,
  );
  assert.ok(b!.y < 100);
  // two lines close together: the second label does not overlap the first
  const [p, q] = placeReferenceLabels(
    [
      { y: 100, width: 120 },
      { y: 104, width: 120 },
    ],
    [],
    400,
    200,
  );
  assert.ok(p!.box.y1 <= q!.box.y0 || q!.box.y1 <= p!.box.y0 || p!.box.x1 <= q!.box.x0 || q!.box.x1 <= p!.box.x0);
  // nothing in the way: below the line at the right
  const [c] = placeReferenceLabels([{ y: 50, width: 100 }], [], 400, 200);
  assert.deepEqual([c!.x, c!.anchor, c!.y > 50], [398, 'end', true]);
});

test('linear: maps the domain onto the range, inverted ranges included; a zero-width domain maps to the middle', () => {
  const y = linear([0, 50], [200, 0]);
  assert.equal(y(0), 200);
  assert.equal(y(50), 0);
  assert.equal(y(12.5), 150);
  assert.equal(linear([3, 3], [0, 100])(3), 50);
});
