/** Plain facts about one plan, for summaries and overviews. Pure; no DOM. */
import type { Plan, Track } from '../schema/plan.js';
import { collectQuotes } from '../schema/quotes.js';
import { joinList, type Lang } from '../i18n/index.js';
import { countDistinct, distinctInitiatives } from './distinct.js';

export interface TrackCount {
  track: Track;
  initiatives: number;
}

/**
 * Each track of the plan in the plan's order, with how many distinct initiatives it lists (a measure
 * printed twice in one track counts once there; printed in two tracks, it counts in each).
 */
export function tracksWithCounts(plan: Plan): TrackCount[] {
  return plan.tracks.map((track) => ({
    track,
    initiatives: countDistinct(
      plan,
      plan.initiatives.filter((i) => i.trackId === track.id),
    ),
  }));
}

export interface PlanCounts {
  tracks: number;
  /** Distinct measures: a measure the plan prints twice (`sameAs`) counts once. */
  initiatives: number;
  /** Initiative rows as printed (`initiatives` plus the second printings). */
  printedInitiatives: number;
  indicators: number;
  indicatorValues: number;
  statistics: number;
  statisticRows: number;
  quotes: number;
  flags: number;
}

export function planCounts(plan: Plan): PlanCounts {
  const indicators = plan.indicators ?? [];
  const statistics = plan.statistics ?? [];
  return {
    tracks: plan.tracks.length,
    initiatives: distinctInitiatives(plan).length,
    printedInitiatives: plan.initiatives.length,
    indicators: indicators.length,
    indicatorValues: indicators.reduce((n, i) => n + i.values.length, 0),
    statistics: statistics.length,
    statisticRows: statistics.reduce((n, s) => n + s.rows.length, 0),
    quotes: collectQuotes(plan).length,
    flags: plan.flags?.length ?? 0,
  };
}

/** "Ishøj og Vallensbæk" / "Ishøj and Vallensbæk": the municipalities of a plan joined for display. */
export function municipalityNames(plan: Plan, lang: Lang): string {
  return joinList(
    plan.municipalities.map((m) => m.name),
    lang,
  );
}

/** "2017–2020", "2021" for a one-year plan, "2012–" for an open-ended one. */
export function periodLabel(plan: Plan): string {
  const { start, end } = plan.period;
  return start === end ? String(start) : `${start}–${end ?? ''}`;
}

/**
 * "Ishøj og Vallensbæk 2014–2018": how the elements name a plan, by its municipalities and period.
 * `separator` goes between the two (the chart writes "Randers · 2017–2020").
 */
export function planLabel(plan: Plan, lang: Lang, separator = ' '): string {
  return `${municipalityNames(plan, lang)}${separator}${periodLabel(plan)}`;
}
