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

/** Themes × plans. `themes` defaults to the whole taxonomy in its order. */
export function coverageMatrix(plans: readonly Plan[], themes: readonly ThemeId[] = THEME_IDS): CoverageMatrix {
  return {
    themes: [...themes],
    plans: [...plans],
    cells: themes.map((theme) => plans.map((plan) => coverage(plan, theme))),
  };
}

export function levelRank(level: CoverageLevel): number {
  return COVERAGE_LEVELS.indexOf(level);
}
