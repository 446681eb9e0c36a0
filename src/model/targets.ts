/** Indicator series for the target-progress chart. Pure; no DOM. */
import type { Indicator, IndicatorValue, Plan } from '../schema/plan.js';

export interface SeriesPoint {
  year: number;
  value: number;
  kind: IndicatorValue['kind'];
  /** Scope of this value (a national baseline inside a municipal series). */
  scope: Indicator['scope'];
  approximate: boolean;
  source: IndicatorValue;
}

export interface Series {
  plan: Plan;
  indicator: Indicator;
  points: SeriesPoint[];
}

export function series(plan: Plan, indicator: Indicator): Series {
  return {
    plan,
    indicator,
    points: indicator.values.map((v) => ({
      year: v.year,
      value: v.value,
      kind: v.kind,
      scope: v.scope ?? indicator.scope,
      approximate: v.approximate ?? false,
      source: v,
    })),
  };
}

export interface ComparableGroup {
  key: string;
  unit: Indicator['unit'];
  /** One series per plan that has the indicator, in plan order. */
  series: Series[];
}

/** Indicators that share a `comparableKey`, grouped; keys in first-seen order. */
export function comparableGroups(plans: readonly Plan[]): ComparableGroup[] {
  const groups = new Map<string, ComparableGroup>();
  for (const plan of plans) {
    for (const ind of plan.indicators ?? []) {
      if (!ind.comparableKey) continue;
      let g = groups.get(ind.comparableKey);
      if (!g) groups.set(ind.comparableKey, (g = { key: ind.comparableKey, unit: ind.unit, series: [] }));
      g.series.push(series(plan, ind));
    }
  }
  return [...groups.values()];
}

/** Every indicator of one plan as its own series (small multiples). */
export function planSeries(plan: Plan): Series[] {
  return (plan.indicators ?? []).map((ind) => series(plan, ind));
}

/** [min, max] of years over some series, or undefined when there are no points. */
export function yearExtent(all: readonly Series[]): [number, number] | undefined {
  const years = all.flatMap((s) => s.points.map((p) => p.year));
  return years.length ? [Math.min(...years), Math.max(...years)] : undefined;
}

/** [min, max] of values over some series, always including 0 for counts and percentages. */
export function valueExtent(all: readonly Series[]): [number, number] | undefined {
  const values = all.flatMap((s) => s.points.map((p) => p.value));
  if (!values.length) return undefined;
  return [Math.min(0, ...values), Math.max(...values)];
}
