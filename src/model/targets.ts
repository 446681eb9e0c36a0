/** Indicator series for the target-progress chart. Pure; no DOM. */
import type { Indicator, IndicatorValue, Plan, Qualifier } from '../schema/plan.js';
import { qualifierOf } from './bounds.js';

export interface SeriesPoint {
  year: number;
  value: number;
  kind: IndicatorValue['kind'];
  /** Scope of this value (a national baseline inside a municipal series). */
  scope: Indicator['scope'];
  /** "ca." in the source (a 1.0 `approximate`, or qualifier "about"). */
  approximate: boolean;
  /** How the source bounds the value ("mindst", "knap" …), when it does. */
  qualifier?: Qualifier;
  /** Upper end of a range. */
  valueMax?: number;
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
      approximate: qualifierOf(v) === 'about',
      ...(qualifierOf(v) && { qualifier: qualifierOf(v) }),
      ...(v.valueMax !== undefined && { valueMax: v.valueMax }),
      source: v,
    })),
  };
}

export interface ComparableGroup {
  /** The shared `comparableKey`. */
  key: string;
  unit: Indicator['unit'];
  /** What a rate is per, when the indicators say it. */
  denominator?: Indicator['denominator'];
  scope: Indicator['scope'];
  /** One series per plan that has the indicator, in plan order. */
  series: Series[];
}

/**
 * What must agree for two figures to share an axis besides their key: unit, denominator (a rate per
 * 1 000 is not a rate per 100 000, nor a rate with no stated denominator) and scope.
 */
export function measureOf(ind: Pick<Indicator, 'unit' | 'denominator' | 'scope'>): string {
  const d = ind.denominator;
  return [ind.unit, d ? `${d.per}/${d.of.trim().toLowerCase()}` : '', ind.scope].join('|');
}

/**
 * Indicators that share a `comparableKey` and measure the same way (`measureOf`: unit, denominator,
 * scope), grouped; in first-seen order. Indicators with one key but different units or scopes form
 * separate groups with the same `key`: they are not comparable (see `keyGroups`).
 */
export function comparableGroups(plans: readonly Plan[]): ComparableGroup[] {
  const groups = new Map<string, ComparableGroup>();
  for (const plan of plans) {
    for (const ind of plan.indicators ?? []) {
      if (!ind.comparableKey) continue;
      const id = `${ind.comparableKey}\u0000${measureOf(ind)}`;
      let g = groups.get(id);
      if (!g) {
        g = { key: ind.comparableKey, unit: ind.unit, scope: ind.scope, series: [] };
        if (ind.denominator) g.denominator = ind.denominator;
        groups.set(id, g);
      }
      g.series.push(series(plan, ind));
    }
  }
  return [...groups.values()];
}

/** The groups of one comparable key: more than one means the key joins figures that are not comparable. */
export function keyGroups(plans: readonly Plan[], key: string): ComparableGroup[] {
  return comparableGroups(plans).filter((g) => g.key === key);
}

/** Comparable keys whose indicators differ in unit, denominator or scope, with their groups; first-seen order. */
export function incomparableKeys(plans: readonly Plan[]): { key: string; groups: ComparableGroup[] }[] {
  const byKey = new Map<string, ComparableGroup[]>();
  for (const g of comparableGroups(plans)) byKey.set(g.key, [...(byKey.get(g.key) ?? []), g]);
  return [...byKey].filter(([, gs]) => gs.length > 1).map(([key, groups]) => ({ key, groups }));
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
