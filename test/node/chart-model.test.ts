import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartLegend, chartSpecs, movePoint, pointKind, tickFormat, type ChartSpec } from '../../src/model/chart.js';
import {
  chartLayout,
  placeLabels,
  placeTooltip,
  plotFrame,
  textWidth,
  truncate,
  MIN_PLOT_WIDTH,
} from '../../src/model/chart-layout.js';
import { planLabel, municipalityNames } from '../../src/model/summary.js';
import { planNames } from '../../src/model/initiative-view.js';
import { joinList } from '../../src/i18n/index.js';
import { memo } from '../../src/elements/shared/memo.js';
import { validateCollection } from '../../src/schema/validate.js';
import { planFiles, readJson } from './helpers.js';

const { plans } = validateCollection(planFiles().map(readJson));
const byId = (id: string) => plans.find((p) => p.id === id)!;
const randers = byId('randers-2017-2020');
const ishoj = byId('ishoj-vallensbaek-2014-2018');

test('joinList and planLabel: one way to join names and to name a plan', () => {
  assert.equal(joinList([], 'da'), '');
  assert.equal(joinList(['Ishøj'], 'da'), 'Ishøj');
  assert.equal(joinList(['Ishøj', 'Vallensbæk'], 'da'), 'Ishøj og Vallensbæk');
  assert.equal(joinList(['A', 'B', 'C'], 'en'), 'A, B and C');
  assert.equal(municipalityNames(ishoj, 'en'), 'Ishøj and Vallensbæk');
  assert.equal(planLabel(ishoj, 'da'), 'Ishøj og Vallensbæk 2014–2018');
  assert.equal(planLabel(randers, 'en', ' · '), 'Randers · 2017–2020');
});

test('planNames: the municipality alone is the short name only where no other plan has it', () => {
  const aabenraa = plans.filter((p) => p.id.startsWith('aabenraa'));
  const names = planNames([...aabenraa, randers], 'da');
  assert.equal(names.get('randers-2017-2020')!.short, 'Randers');
  for (const p of aabenraa) assert.equal(names.get(p.id)!.short, planLabel(p, 'da'));
  assert.equal(names.get('randers-2017-2020')!.label, 'Randers 2017–2020');
});

test('chartSpecs: small multiples share a year domain; a comparable key gives one chart across plans', () => {
  const multiples = chartSpecs([randers, ishoj], { lang: 'da' }) as ChartSpec[];
  assert.equal(multiples.length, (randers.indicators ?? []).length + (ishoj.indicators ?? []).length);
  assert.ok(multiples.every((s) => s.series.length === 1 && s.years === multiples[0]!.years));
  assert.deepEqual(
    multiples.map((s) => s.id),
    multiples.map((_, i) => `chart-${i}`),
  );
  const one = chartSpecs(plans, { lang: 'en', indicator: ' treatment-effect-drugs ' }) as ChartSpec[];
  assert.equal(one.length, 1);
  assert.ok(one[0]!.series.length >= 1);
  assert.deepEqual(
    one[0]!.slots,
    one[0]!.series.map((_, i) => (i % 6) + 1),
  );
  assert.equal(chartSpecs(plans, { lang: 'da', indicator: 'no-such-key' }), 'unknown');
  const selected = chartSpecs([randers], {
    lang: 'da',
    selection: { planId: randers.id, theme: randers.indicators![0]!.themes[0]! },
  }) as ChartSpec[];
  assert.equal(selected[0]!.selected, randers.indicators![0]!.themes[0]);
});

test('chartLegend: one list of what the charts draw, plans once each in order of appearance', () => {
  const specs = chartSpecs([randers, randers, ishoj], { lang: 'da' }) as ChartSpec[];
  const legend = chartLegend(specs, 'da');
  assert.deepEqual(
    legend.plans.map((p) => p.plan.id),
    [...new Set(specs.flatMap((s) => s.series.map((x) => x.plan.id)))],
  );
  assert.equal(legend.plans[0]!.name, 'Randers · 2017–2020');
  const kinds = new Set(specs.flatMap((s) => s.series.flatMap((x) => x.points.map((p) => p.kind))));
  assert.deepEqual(
    legend.kinds,
    (['baseline', 'target', 'actual'] as const).filter((k) => kinds.has(k)),
  );
});

test('pointKind and tickFormat: a point in words, ticks in the unit', () => {
  const spec = (chartSpecs([randers], { lang: 'da', indicator: 'treatment-effect-drugs' }) as ChartSpec[])[0]!;
  const s = spec.series[0]!;
  const national = s.points.find((p) => p.scope === 'national')!;
  assert.equal(pointKind(s, national, 'da'), 'basislinje (landsplan)');
  assert.equal(tickFormat('percent', 'da')(43), '43\u00a0%');
  assert.equal(tickFormat('persons', 'en')(1234), '1,234');
});

test('truncate and plotFrame: labels fit 30 % of the width; direct labels while 14 px a row fit', () => {
  const long = 'Ishøj og Vallensbæk og en meget lang række andre kommuner 2014–2018';
  const cut = truncate(long, 100);
  assert.ok(cut.endsWith('…') && textWidth(cut) <= 100, cut);
  assert.equal(truncate('Randers', 100), 'Randers');
  const frame = plotFrame(0, true, ['Randers', 'Aalborg']);
  assert.equal(frame.width, 640);
  assert.ok(frame.direct);
  assert.equal(plotFrame(100, false, ['A']).width, MIN_PLOT_WIDTH);
  assert.ok(!plotFrame(0, false, ['A']).direct);
});

test('placeLabels and placeTooltip: labels inside the plot, the tooltip inside the chart', () => {
  const spec = (chartSpecs([randers], { lang: 'da', indicator: 'treatment-effect-drugs' }) as ChartSpec[])[0]!;
  const layout = chartLayout(spec.series, { width: 640, height: 320 });
  const labels = placeLabels(
    layout,
    (p) => String(p.value),
    layout.references.map(() => 'Landsplan 2014: 43 %'),
  );
  assert.equal(labels.references.length, layout.references.length);
  assert.equal(labels.ends.length, layout.series.length);
  for (const l of labels.references) assert.ok(l.box.x0 >= 0 && l.box.x1 <= layout.innerWidth);
  for (const pp of layout.points) {
    const t = placeTooltip(layout, pp, 5);
    assert.ok(t.x >= 4 && t.x + t.width <= layout.width - 4 + 1);
  }
});

test('movePoint: arrows along the reading order, up and down to the nearest year of the next series', () => {
  const spec = (chartSpecs(plans, { lang: 'da', indicator: 'treatment-effect-drugs' }) as ChartSpec[])[0]!;
  const layout = chartLayout(spec.series, { width: 640, height: 320 });
  const n = layout.points.length;
  assert.equal(movePoint(layout, 0, 'ArrowLeft'), 0);
  assert.equal(movePoint(layout, 0, 'ArrowRight'), Math.min(1, n - 1));
  assert.equal(movePoint(layout, 0, 'End'), n - 1);
  assert.equal(movePoint(layout, n - 1, 'Home'), 0);
  if (layout.series.length > 1) {
    const down = movePoint(layout, 0, 'ArrowDown')!;
    assert.equal(layout.points[down]!.series, 1);
  } else assert.equal(movePoint(layout, 0, 'ArrowDown'), Math.min(1, n - 1));
});

test('memo: computes again only when an input changes; an array compares item by item', () => {
  const m = memo<number>();
  let runs = 0;
  const a = [randers, ishoj];
  assert.equal(
    m([a, 'da'], () => ++runs),
    1,
  );
  assert.equal(
    m([[...a], 'da'], () => ++runs),
    1,
  );
  assert.equal(
    m([a, 'en'], () => ++runs),
    2,
  );
  assert.equal(
    m([[ishoj, randers], 'en'], () => ++runs),
    3,
  );
});

test('one comparable key, different units: one chart per unit, each with its own unit name, and a note naming both', async () => {
  const { incomparablePlans } = await import('../fixtures/incomparable-plans.js');
  const { comparableGroups, incomparableKeys } = await import('../../src/model/targets.js');
  const { persons, rate, persons2, bare } = incomparablePlans();
  const specs = chartSpecs([persons, rate, persons2], { lang: 'da', indicator: 'persons-in-treatment' }) as ChartSpec[];
  assert.equal(specs.length, 2);
  assert.deepEqual(
    specs.map((s) => [s.unit, s.unitName, s.series.map((x) => x.plan.id)]),
    [
      ['persons', 'personer', ['testby-2020-2023', 'tredjeby-2020-2023']],
      ['rate', 'pr. 1.000 indbyggere', ['andenby-2020-2023']],
    ],
  );
  for (const s of specs) assert.equal(s.notComparable, 'Ikke sammenlignelige: personer vs. pr. 1.000 indbyggere');
  const en = chartSpecs([persons, rate], { lang: 'en', indicator: 'persons-in-treatment' }) as ChartSpec[];
  assert.equal(en[0]!.notComparable, 'Not comparable: persons vs per 1,000 indbyggere');
  // Alike: one chart, no note.
  const alike = chartSpecs([persons, persons2], { lang: 'da', indicator: 'persons-in-treatment' }) as ChartSpec[];
  assert.equal(alike.length, 1);
  assert.equal(alike[0]!.notComparable, undefined);
  // A rate with no denominator is not a rate per 1 000.
  assert.equal(comparableGroups([rate, bare]).length, 2);
  assert.deepEqual(
    incomparableKeys([persons, rate, persons2, bare]).map((k) => [k.key, k.groups.map((g) => g.series.length)]),
    [['persons-in-treatment', [2, 1, 1]]],
  );
  // Same unit, other scope: apart too, and the note names the scopes.
  const national = structuredClone(persons2) as typeof persons2;
  national.indicators![0]!.scope = 'national';
  const byScope = chartSpecs([persons, national], { lang: 'da', indicator: 'persons-in-treatment' }) as ChartSpec[];
  assert.equal(byScope.length, 2);
  assert.equal(byScope[0]!.notComparable, 'Ikke sammenlignelige: personer (kommunalt) vs. personer (landsplan)');
});
