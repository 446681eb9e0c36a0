/** Theme coverage: how strongly each plan covers each canonical theme. Pure; no DOM. */
import type { Plan, ThemeId, Track } from '../schema/plan.js';
import { THEME_IDS } from '../schema/constants.js';

/** From weakest to strongest. */
export const COVERAGE_LEVELS = ['none', 'ambition', 'initiatives', 'target'] as const;
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];

export interface Coverage {
  planId: string;
  theme: ThemeId;
  level: CoverageLevel;
  /** Initiatives tagged with the theme. */
  initiatives: number;
  /** Indicators of the theme that have at least one target value. */
  targets: number;
  /** The plan's own tracks mapped to the theme, in plan order. */
  tracks: Track[];
  /** Visions, guiding marks, track texts or legal bases that name the theme without an initiative. */
  mentions: number;
}

function has(themes: readonly ThemeId[] | undefined, theme: ThemeId): boolean {
  return themes !== undefined && themes.includes(theme);
}

export function coverage(plan: Plan, theme: ThemeId): Coverage {
  const tracks = plan.tracks.filter((t) => has(t.themes, theme));
  const initiatives = plan.initiatives.filter((i) => has(i.themes, theme)).length;
  const targets = (plan.indicators ?? []).filter((i) => has(i.themes, theme) && i.values.some((v) => v.kind === 'target')).length;
  const mentions =
    tracks.length +
    (plan.visions ?? []).filter((v) => has(v.themes, theme)).length +
    (plan.guidingMarks ?? []).filter((g) => has(g.themes, theme)).length +
    (plan.legalBasis ?? []).filter((l) => has(l.themes, theme)).length +
    (plan.statusUpdates ?? []).filter((u) => has(u.themes, theme)).length;
  const level: CoverageLevel = targets > 0 ? 'target' : initiatives > 0 ? 'initiatives' : mentions > 0 ? 'ambition' : 'none';
  return { planId: plan.id, theme, level, initiatives, targets, tracks, mentions };
}

export interface CoverageMatrix {
  themes: ThemeId[];
  plans: Plan[];
  /** cells[themeIndex][planIndex] */
  cells: Coverage[][];
}

/**
 * `coverage(plan, theme)` for every theme at once: one pass over the plan's tracks, initiatives,
 * indicators and statements instead of one pass per theme.
 */
export function planCoverage(plan: Plan, themes: readonly ThemeId[]): Coverage[] {
  type Tally = { tracks: Track[]; initiatives: number; targets: number; mentions: number };
  const tally = new Map<ThemeId, Tally>(themes.map((t) => [t, { tracks: [], initiatives: 0, targets: 0, mentions: 0 }]));
  /** Each theme of the list once (a list may name a theme twice; `coverage` counts the item once). */
  const each = (list: readonly ThemeId[] | undefined, add: (t: Tally) => void) => {
    if (!list) return;
    for (let i = 0; i < list.length; i++) {
      const t = tally.get(list[i]!);
      if (t && list.indexOf(list[i]!) === i) add(t);
    }
  };
  for (const track of plan.tracks) each(track.themes, (t) => (t.tracks.push(track), t.mentions++));
  for (const ini of plan.initiatives) each(ini.themes, (t) => t.initiatives++);
  for (const ind of plan.indicators ?? []) if (ind.values.some((v) => v.kind === 'target')) each(ind.themes, (t) => t.targets++);
  for (const list of [plan.visions, plan.guidingMarks, plan.legalBasis, plan.statusUpdates]) for (const x of list ?? []) each(x.themes, (t) => t.mentions++);
  return themes.map((theme) => {
    const { tracks, initiatives, targets, mentions } = tally.get(theme)!;
    const level: CoverageLevel = targets > 0 ? 'target' : initiatives > 0 ? 'initiatives' : mentions > 0 ? 'ambition' : 'none';
    return { planId: plan.id, theme, level, initiatives, targets, tracks, mentions };
  });
}

/** Themes × plans. `themes` defaults to the whole taxonomy in its order. */
export function coverageMatrix(plans: readonly Plan[], themes: readonly ThemeId[] = THEME_IDS): CoverageMatrix {
  const byPlan = plans.map((plan) => planCoverage(plan, themes));
  return {
    themes: [...themes],
    plans: [...plans],
    cells: themes.map((_, i) => byPlan.map((cells) => cells[i]!)),
  };
}

export function levelRank(level: CoverageLevel): number {
  return COVERAGE_LEVELS.indexOf(level);
}
