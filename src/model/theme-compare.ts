/**
 * One theme across plans, a column per plan: the plan's own tracks on the theme with their
 * "what we see / what we want" texts, its initiatives on the theme, its indicators on the theme (with
 * their values by year), its reported figures on the theme, and the caveats (flags) the plan carries on
 * any of these. The coverage level is `coverage()` as the matrix counts it. Pure; no DOM.
 */
import type { Indicator, Initiative, Plan, Statistic, TargetGroup, ThemeId, Track } from '../schema/plan.js';
import { coverage, type Coverage } from './coverage.js';
import { caveatsOf, type Caveat, type CaveatKind } from './caveats.js';

export interface ThemeInitiative {
  initiative: Initiative;
  track?: Track;
  targetGroups: TargetGroup[];
}

export interface ThemeColumn {
  plan: Plan;
  coverage: Coverage;
  tracks: Track[];
  initiatives: ThemeInitiative[];
  /** Indicators on the theme; those with a target value first, in plan order otherwise. */
  indicators: Indicator[];
  statistics: Statistic[];
  /** The source caveats on these tracks, initiatives, indicators (and their values) and figures (and their rows). */
  caveats: Caveat[];
  /** Entries in the column (tracks, initiatives, indicators, figures). */
  entries: number;
}

const on = (themes: readonly ThemeId[] | undefined, theme: ThemeId) => themes?.includes(theme) ?? false;

/** The column of one plan for `theme`; caveats in `lang` where the plan translates them. */
export function themeColumn(plan: Plan, theme: ThemeId, lang: string): ThemeColumn {
  const cov = coverage(plan, theme);
  const tracksById = new Map(plan.tracks.map((t) => [t.id, t]));
  const groups = new Map((plan.targetGroups ?? []).map((g) => [g.id, g]));
  const initiatives = plan.initiatives
    .filter((i) => on(i.themes, theme))
    .map((initiative) => ({
      initiative,
      track: tracksById.get(initiative.trackId),
      targetGroups: (initiative.targetGroupIds ?? []).map((id) => groups.get(id)).filter((g) => g !== undefined),
    }));
  const indicators = (plan.indicators ?? []).filter((i) => on(i.themes, theme));
  const hasTarget = (i: Indicator) => i.values.some((v) => v.kind === 'target');
  indicators.sort((a, b) => Number(hasTarget(b)) - Number(hasTarget(a)));
  const statistics = (plan.statistics ?? []).filter((s) => on(s.themes, theme));
  const all = caveatsOf(plan, lang);
  const caveats: Caveat[] = [];
  const collect = (kinds: readonly CaveatKind[], id: string) => {
    for (const c of all) if (c.itemId === id && kinds.includes(c.kind)) caveats.push(c);
  };
  for (const t of cov.tracks) collect(['track'], t.id);
  for (const i of initiatives) collect(['initiative'], i.initiative.id);
  for (const i of indicators) collect(['indicator', 'indicator-value'], i.id);
  for (const s of statistics) collect(['statistic', 'statistic-row'], s.id);
  return {
    plan,
    coverage: cov,
    tracks: cov.tracks,
    initiatives,
    indicators,
    statistics,
    caveats,
    entries: cov.tracks.length + initiatives.length + indicators.length + statistics.length,
  };
}

/** One column per plan, in the plans' order. */
export function themeCompare(plans: readonly Plan[], theme: ThemeId, lang: string): ThemeColumn[] {
  return plans.map((p) => themeColumn(p, theme, lang));
}
