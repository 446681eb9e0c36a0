/** Theme coverage: how strongly each plan covers each canonical theme. Pure; no DOM. */
import type { CoverageGap, Plan, ThemeId, Track } from '../schema/plan.js';
import { THEME_IDS } from '../schema/constants.js';
import { sameAsGroups } from './distinct.js';

/**
 * From weakest to strongest. `none`: the document was read and says nothing on the theme;
 * `unknown`: it says nothing in the parts we have, and a part we do not have (`coverage.gaps`) could.
 */
export const COVERAGE_LEVELS = ['none', 'unknown', 'ambition', 'initiatives', 'target'] as const;
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];

export interface Coverage {
  planId: string;
  theme: ThemeId;
  level: CoverageLevel;
  /** Distinct initiatives tagged with the theme (a measure printed twice, `sameAs`, counts once). */
  initiatives: number;
  /** Indicators of the theme that have at least one target value. */
  targets: number;
  /** The plan's own tracks mapped to the theme, in plan order. */
  tracks: Track[];
  /** Visions, guiding marks, track texts or legal bases that name the theme without an initiative. */
  mentions: number;
  /** Parts of the source we do not have that could speak of the theme (why a level is `unknown`). */
  gaps: CoverageGap[];
}

/** The gaps of a plan's source that could hold `theme`: a gap's own themes, else its track's, else any theme. */
export function gapsFor(plan: Plan, theme: ThemeId): CoverageGap[] {
  return (plan.coverage?.gaps ?? []).filter((g) => {
    if (g.themes) return g.themes.includes(theme);
    const track = g.trackId === undefined ? undefined : plan.tracks.find((t) => t.id === g.trackId);
    return track ? track.themes.includes(theme) : true;
  });
}

function levelOf(plan: Plan, theme: ThemeId, targets: number, initiatives: number, mentions: number) {
  const gaps = gapsFor(plan, theme);
  const level: CoverageLevel =
    targets > 0
      ? 'target'
      : initiatives > 0
        ? 'initiatives'
        : mentions > 0
          ? 'ambition'
          : gaps.length > 0
            ? 'unknown'
            : 'none';
  return { level, gaps };
}

/** The themes of a measure: of all its printings together. */
function groupThemes(plan: Plan): { themes: ThemeId[] }[] {
  const groups = sameAsGroups(plan);
  return plan.initiatives
    .filter((i) => groups.get(i.id)![0] === i)
    .map((i) => ({ themes: [...new Set(groups.get(i.id)!.flatMap((m) => m.themes))] }));
}

function has(themes: readonly ThemeId[] | undefined, theme: ThemeId): boolean {
  return themes !== undefined && themes.includes(theme);
}

export function coverage(plan: Plan, theme: ThemeId): Coverage {
  const tracks = plan.tracks.filter((t) => has(t.themes, theme));
  const initiatives = groupThemes(plan).filter((i) => has(i.themes, theme)).length;
  const targets = (plan.indicators ?? []).filter(
    (i) => has(i.themes, theme) && i.values.some((v) => v.kind === 'target'),
  ).length;
  const mentions =
    tracks.length +
    (plan.visions ?? []).filter((v) => has(v.themes, theme)).length +
    (plan.guidingMarks ?? []).filter((g) => has(g.themes, theme)).length +
    (plan.legalBasis ?? []).filter((l) => has(l.themes, theme)).length +
    (plan.statusUpdates ?? []).filter((u) => has(u.themes, theme)).length;
  const { level, gaps } = levelOf(plan, theme, targets, initiatives, mentions);
  return { planId: plan.id, theme, level, initiatives, targets, tracks, mentions, gaps };
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
  const tally = new Map<ThemeId, Tally>(
    themes.map((t) => [t, { tracks: [], initiatives: 0, targets: 0, mentions: 0 }]),
  );
  /** Each theme of the list once (a list may name a theme twice; `coverage` counts the item once). */
  const each = (list: readonly ThemeId[] | undefined, add: (t: Tally) => void) => {
    if (!list) return;
    for (let i = 0; i < list.length; i++) {
      const t = tally.get(list[i]!);
      if (t && list.indexOf(list[i]!) === i) add(t);
    }
  };
  for (const track of plan.tracks) each(track.themes, (t) => (t.tracks.push(track), t.mentions++));
  for (const ini of groupThemes(plan)) each(ini.themes, (t) => t.initiatives++);
  for (const ind of plan.indicators ?? [])
    if (ind.values.some((v) => v.kind === 'target')) each(ind.themes, (t) => t.targets++);
  for (const list of [plan.visions, plan.guidingMarks, plan.legalBasis, plan.statusUpdates])
    for (const x of list ?? []) each(x.themes, (t) => t.mentions++);
  return themes.map((theme) => {
    const { tracks, initiatives, targets, mentions } = tally.get(theme)!;
    const { level, gaps } = levelOf(plan, theme, targets, initiatives, mentions);
    return { planId: plan.id, theme, level, initiatives, targets, tracks, mentions, gaps };
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
