/**
 * What the target chart draws, before any geometry: one spec per chart (every indicator of the
 * plans as small multiples, or one comparable indicator across plans), the legend entries the charts
 * need (one list for the legend on screen and the one in the exported picture), the words for a
 * point's kind, and which point an arrow key moves to. Pure; no DOM.
 */
import { formatNumber, formatValue, type Lang } from '../i18n/index.js';
import { STRINGS } from '../i18n/plan-target-chart.js';
import type { Plan, ThemeId } from '../schema/plan.js';
import { keyGroups, planSeries, yearExtent, type Series, type SeriesPoint } from './targets.js';
import { measureLabel, notComparableNote, unitLabel } from './measure.js';
import { describeGroup, describeSeries, seriesName } from './describe.js';
import { planLabel } from './summary.js';
import type { ChartLayout } from './chart-layout.js';

/** Series colours (`--plan-series-1` …); more plans than this reuse them, told apart by direct labels. */
export const SERIES_SLOTS = 6;

/** One drawn chart: one indicator of one plan (small multiples) or one comparable indicator across plans. */
export interface ChartSpec {
  id: string;
  title: string;
  /** Language of the plan text in the title. */
  titleLang: string;
  subtitle: string;
  unit: string;
  /** The unit in words for the value axis: "personer", "pr. 1.000 indbyggere". */
  unitName: string;
  /**
   * Set when one comparable key joins figures that measure differently (unit, denominator, scope):
   * each kind is its own chart with its own axis, and this note says why
   * ("Ikke sammenlignelige: personer vs. pr. 1.000 indbyggere").
   */
  notComparable?: string;
  series: Series[];
  /** Short name of each series (direct labels, table rows). */
  names: string[];
  /** Colour slot (1 … SERIES_SLOTS) of each series. */
  slots: number[];
  description: string;
  /** Shared year domain of the small multiples. */
  years?: [number, number];
  /** The theme selected in a surrounding comparison, when this chart matches it. */
  selected?: ThemeId;
}

export interface SpecOptions {
  /** A comparable indicator key: one chart of it across the plans. Unset or blank: small multiples. */
  indicator?: string;
  lang: Lang;
  /** The (plan, theme) cell chosen in a surrounding comparison. */
  selection?: { planId: string; theme: ThemeId };
}

/** How the chart names a plan in subtitles and its legend: "Randers · 2017–2020". */
export function chartPlanName(plan: Plan, lang: Lang): string {
  return planLabel(plan, lang, ' · ');
}

const slotOf = (i: number) => (i % SERIES_SLOTS) + 1;

/** The charts to draw for `plans`; `'unknown'` when `indicator` names no comparable indicator of them. */
export function chartSpecs(
  plans: readonly Plan[],
  { indicator, lang, selection }: SpecOptions,
): ChartSpec[] | 'unknown' {
  const selectedFor = (series: Series[]) =>
    selection && series.some((s) => s.plan.id === selection.planId && s.indicator.themes.includes(selection.theme))
      ? selection.theme
      : undefined;
  const key = indicator?.trim();
  if (key) {
    // One chart per way of measuring: a rate and a count (or two denominators, or two scopes) never share an axis.
    const groups = keyGroups(plans, key);
    if (!groups.length) return 'unknown';
    const allPlans = groups.flatMap((g) => g.series.map((s) => s.plan));
    const note = groups.length > 1 ? notComparableNote(groups, lang) : undefined;
    const withScope = new Set(groups.map((g) => unitLabel(g, lang))).size < groups.length;
    let slot = 0;
    return groups.map((group, gi) => {
      const first = group.series[0]!;
      const plansText =
        group.series.length === 1 ? chartPlanName(first.plan, lang) : STRINGS[lang].plansCount(group.series.length);
      return {
        id: `chart-${gi}`,
        title: first.indicator.label,
        titleLang: first.plan.language,
        subtitle: note ? `${plansText} · ${measureLabel(group, lang, withScope)}` : plansText,
        unit: group.unit,
        unitName: unitLabel(group, lang),
        ...(note && { notComparable: note }),
        series: group.series,
        names: group.series.map((s) => seriesName(s.plan, allPlans, lang)),
        slots: group.series.map(() => slotOf(slot++)),
        description: describeGroup(group.series, lang),
        selected: selectedFor(group.series),
      };
    });
  }
  const withIndicators = plans.filter((p) => (p.indicators ?? []).length > 0);
  const years = yearExtent(withIndicators.flatMap((p) => planSeries(p)));
  const specs: ChartSpec[] = [];
  withIndicators.forEach((plan, pi) => {
    const name = seriesName(plan, plans, lang);
    for (const s of planSeries(plan)) {
      specs.push({
        id: `chart-${specs.length}`,
        title: s.indicator.label,
        titleLang: plan.language,
        subtitle: chartPlanName(plan, lang),
        unit: s.indicator.unit,
        unitName: unitLabel(s.indicator, lang),
        series: [s],
        names: [name],
        slots: [slotOf(pi)],
        description: describeSeries(s, lang, name),
        years,
        selected: selectedFor([s]),
      });
    }
  });
  return specs;
}

/** A plan in the legend, with the colour slot of its series. */
export interface LegendPlan {
  plan: Plan;
  name: string;
  slot: number;
}

/** What the legend of some charts explains: only what they draw. */
export interface ChartLegend {
  /** Value kinds drawn, in the order baseline, target, actual. */
  kinds: SeriesPoint['kind'][];
  /** A value of wider scope than its plan (a national baseline) drawn as a reference line. */
  reference: boolean;
  /** An approximate value ("ca.") drawn. */
  approximate: boolean;
  /** The plans drawn, in the order they first appear. */
  plans: LegendPlan[];
}

/** The legend of `specs`: the one list both the legend on screen and the exported picture draw from. */
export function chartLegend(specs: readonly ChartSpec[], lang: Lang): ChartLegend {
  const points = specs.flatMap((s) => s.series.flatMap((x) => x.points.map((p) => ({ p, scope: x.indicator.scope }))));
  const plans: LegendPlan[] = [];
  for (const spec of specs)
    spec.series.forEach((s, i) => {
      if (!plans.some((p) => p.plan.id === s.plan.id))
        plans.push({ plan: s.plan, name: chartPlanName(s.plan, lang), slot: spec.slots[i]! });
    });
  return {
    kinds: (['baseline', 'target', 'actual'] as const).filter((k) => points.some(({ p }) => p.kind === k)),
    reference: points.some(({ p, scope }) => p.scope !== scope && p.scope !== 'municipal'),
    approximate: points.some(({ p }) => p.approximate),
    plans,
  };
}

/** A point's kind in words, with its scope when that is not the plan's own: "mål", "basislinje (landsplan)". */
export function pointKind(series: Series, point: SeriesPoint, lang: Lang): string {
  const ui = STRINGS[lang];
  const scope =
    point.scope !== series.indicator.scope || point.scope !== 'municipal' ? ` (${ui.scope[point.scope]})` : '';
  return `${ui.kind[point.kind]}${scope}`;
}

/** How the value axis labels its ticks: percentages with their sign, other units as plain numbers. */
export function tickFormat(unit: string, lang: Lang): (value: number) => string {
  return unit === 'percent' ? (v) => formatValue(v, 'percent', lang) : (v) => formatNumber(v, lang);
}

/** Keys that move between the points of a chart. */
export const POINT_KEYS = ['ArrowRight', 'ArrowLeft', 'Home', 'End', 'ArrowDown', 'ArrowUp'] as const;
export type PointKey = (typeof POINT_KEYS)[number];

export function isPointKey(key: string): key is PointKey {
  return (POINT_KEYS as readonly string[]).includes(key);
}

/**
 * Which point `key` moves to from point `index` (reading order, as `layout.points`): ←/→ the previous
 * or next point, Home/End the first or last; ↓/↑ the point nearest in year in the next or previous
 * series (the next or previous point when there is no such series). `undefined`: nowhere to go.
 */
export function movePoint(
  layout: Pick<ChartLayout, 'points' | 'series'>,
  index: number,
  key: PointKey,
): number | undefined {
  const n = layout.points.length;
  const here = layout.points[index]!;
  switch (key) {
    case 'ArrowRight':
      return Math.min(n - 1, index + 1);
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return n - 1;
    default: {
      const step = key === 'ArrowDown' ? 1 : -1;
      const target = layout.series[here.series + step];
      if (!target) return Math.max(0, Math.min(n - 1, index + step));
      if (!target.points.length) return undefined;
      const best = target.points.reduce((a, b) =>
        Math.abs(b.point.year - here.point.year) < Math.abs(a.point.year - here.point.year) ? b : a,
      );
      return layout.points.indexOf(best);
    }
  }
}
