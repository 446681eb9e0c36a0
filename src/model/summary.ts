/** Plain facts about one plan, for summaries and overviews. Pure; no DOM. */
import type { Plan, Track } from '../schema/plan.js';
import { collectQuotes } from '../schema/quotes.js';

export interface TrackCount {
  track: Track;
  initiatives: number;
}

/** Each track of the plan in the plan's order, with how many initiatives it lists. */
export function tracksWithCounts(plan: Plan): TrackCount[] {
  const counts = new Map<string, number>();
  for (const ini of plan.initiatives) counts.set(ini.trackId, (counts.get(ini.trackId) ?? 0) + 1);
  return plan.tracks.map((track) => ({ track, initiatives: counts.get(track.id) ?? 0 }));
}

export interface PlanCounts {
  tracks: number;
  initiatives: number;
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
    initiatives: plan.initiatives.length,
    indicators: indicators.length,
    indicatorValues: indicators.reduce((n, i) => n + i.values.length, 0),
    statistics: statistics.length,
    statisticRows: statistics.reduce((n, s) => n + s.rows.length, 0),
    quotes: collectQuotes(plan).length,
    flags: plan.flags?.length ?? 0,
  };
}

/** "Ishøj og Vallensbæk" / "Ishøj and Vallensbæk": the municipalities of a plan joined for display. */
export function municipalityNames(plan: Plan, and: string): string {
  const names = plan.municipalities.map((m) => m.name);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

/** "2017–2020", or "2021" for a one-year plan. */
export function periodLabel(plan: Plan): string {
  const { start, end } = plan.period;
  return start === end ? String(start) : `${start}–${end}`;
}
