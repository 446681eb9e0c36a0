/** What differs between plans, and how one plan evolved into the next. Pure; no DOM. */
import type { Initiative, Plan, ThemeId, Track } from '../schema/plan.js';
import { THEME_IDS } from '../schema/constants.js';
import { coverage, levelRank } from './coverage.js';
import { comparableGroups, type ComparableGroup } from './targets.js';
import { jaccard, wordSet } from './text.js';

export interface ThemeDifference {
  theme: ThemeId;
  /** Plans with at least one initiative or target on the theme. */
  coveredBy: string[];
  /** Plans that do not act on it (no initiative, no target). */
  missingFrom: string[];
}

export interface UniqueInitiative {
  planId: string;
  initiative: Initiative;
}

export interface Differences {
  /** Themes that some, but not all, plans act on. */
  themes: ThemeDifference[];
  /** Initiatives with no close counterpart (by title) in any other plan. */
  uniqueInitiatives: UniqueInitiative[];
  /** Indicators that line up across two or more plans. */
  comparableIndicators: ComparableGroup[];
}

/** Titles at least this similar (word Jaccard) count as the same initiative. */
export const SAME_INITIATIVE = 0.5;

export function whatDiffers(plans: readonly Plan[]): Differences {
  const themes: ThemeDifference[] = [];
  for (const theme of THEME_IDS) {
    const acts = plans.map((p) => levelRank(coverage(p, theme).level) >= levelRank('initiatives'));
    if (acts.some(Boolean) && !acts.every(Boolean)) {
      themes.push({
        theme,
        coveredBy: plans.filter((_, i) => acts[i]).map((p) => p.id),
        missingFrom: plans.filter((_, i) => !acts[i]).map((p) => p.id),
      });
    }
  }
  const uniqueInitiatives = plans.length > 1 ? initiativesWithoutCounterpart(plans) : [];
  return { themes, uniqueInitiatives, comparableIndicators: comparableGroups(plans).filter((g) => g.series.length > 1) };
}

/**
 * Initiatives whose title is not at least `SAME_INITIATIVE` similar to the title of an initiative in
 * another plan — the same answer as comparing every pair, without comparing every pair: a title that
 * similar shares at least ⌈t·n⌉ of this title's n words, so it contains one of any n − ⌈t·n⌉ + 1 of
 * them (prefix filter). Only the titles holding one of this title's rarest words are compared.
 */
function initiativesWithoutCounterpart(plans: readonly Plan[]): UniqueInitiative[] {
  type Entry = { plan: Plan; initiative: Initiative; words: Set<string> };
  const entries: Entry[] = plans.flatMap((plan) => plan.initiatives.map((initiative) => ({ plan, initiative, words: wordSet(initiative.title) })));
  const byWord = new Map<string, Entry[]>();
  const wordless = new Set<Plan>(); // plans with a title without words (two such titles are the same)
  for (const e of entries) {
    if (e.words.size === 0) wordless.add(e.plan);
    for (const w of e.words) {
      const list = byWord.get(w);
      if (list) list.push(e);
      else byWord.set(w, [e]);
    }
  }
  const rarity = (w: string) => byWord.get(w)!.length;
  const out: UniqueInitiative[] = [];
  for (const e of entries) {
    const n = e.words.size;
    let found: boolean;
    if (n === 0) found = [...wordless].some((p) => p !== e.plan);
    else {
      const prefix = [...e.words].sort((a, b) => rarity(a) - rarity(b)).slice(0, n - Math.ceil(SAME_INITIATIVE * n - 1e-9) + 1);
      found = prefix.some((w) => byWord.get(w)!.some((o) => o.plan !== e.plan && jaccard(o.words, e.words) >= SAME_INITIATIVE));
    }
    if (!found) out.push({ planId: e.plan.id, initiative: e.initiative });
  }
  return out;
}

export interface TrackChange {
  from?: Track;
  to?: Track;
  change: 'kept' | 'renamed' | 'added' | 'dropped';
}

export interface InitiativeChange {
  from?: Initiative;
  to?: Initiative;
  change: 'kept' | 'added' | 'dropped';
  /** Title similarity of a kept pair, 0…1. */
  similarity?: number;
}

export interface Evolution {
  from: Plan;
  to: Plan;
  tracks: TrackChange[];
  initiatives: InitiativeChange[];
}

/** Best one-to-one pairs by a score above a threshold, greedy from the highest score. */
function pairUp<A, B>(as: readonly A[], bs: readonly B[], score: (a: A, b: B) => number, min: number): [A, B, number][] {
  const candidates: [number, number, number][] = [];
  as.forEach((a, i) => bs.forEach((b, j) => {
    const s = score(a, b);
    if (s >= min) candidates.push([i, j, s]);
  }));
  candidates.sort((x, y) => y[2] - x[2]);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: [A, B, number][] = [];
  for (const [i, j, s] of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push([as[i]!, bs[j]!, s]);
  }
  return pairs;
}

function themeOverlap(a: Track, b: Track): number {
  const shared = a.themes.filter((t) => b.themes.includes(t)).length;
  return shared / new Set([...a.themes, ...b.themes]).size;
}

/**
 * How plan `from` became plan `to` (e.g. Aabenraa 2021 → 2022–2024): tracks kept (same words),
 * renamed (similar words or the same themes), added or dropped; initiatives kept (similar
 * titles), added or dropped.
 */
export function evolution(from: Plan, to: Plan): Evolution {
  // word sets once per label and title, not once per pair
  const labelWords = new Map([...from.tracks, ...to.tracks].map((t) => [t, wordSet(t.label)]));
  const titleWords = new Map([...from.initiatives, ...to.initiatives].map((i) => [i, wordSet(i.title)]));
  const trackPairs = pairUp(from.tracks, to.tracks, (a, b) => Math.max(jaccard(labelWords.get(a)!, labelWords.get(b)!), themeOverlap(a, b) * 0.9), 0.34);
  const tracks: TrackChange[] = [];
  const pairedTo = new Map(trackPairs.map(([a, b]) => [b, a]));
  const pairedFrom = new Set(trackPairs.map(([a]) => a));
  for (const t of to.tracks) {
    const f = pairedTo.get(t);
    tracks.push(f ? { from: f, to: t, change: jaccard(labelWords.get(f)!, labelWords.get(t)!) === 1 ? 'kept' : 'renamed' } : { to: t, change: 'added' });
  }
  for (const f of from.tracks) if (!pairedFrom.has(f)) tracks.push({ from: f, change: 'dropped' });

  const iniPairs = pairUp(from.initiatives, to.initiatives, (a, b) => jaccard(titleWords.get(a)!, titleWords.get(b)!), SAME_INITIATIVE);
  const keptTo = new Map(iniPairs.map(([a, b, s]) => [b, [a, s] as const]));
  const keptFrom = new Set(iniPairs.map(([a]) => a));
  const initiatives: InitiativeChange[] = [];
  for (const b of to.initiatives) {
    const k = keptTo.get(b);
    initiatives.push(k ? { from: k[0], to: b, change: 'kept', similarity: k[1] } : { to: b, change: 'added' });
  }
  for (const a of from.initiatives) if (!keptFrom.has(a)) initiatives.push({ from: a, change: 'dropped' });
  return { from, to, tracks, initiatives };
}

/** Pairs of plans of the same municipality (sharing a municipality code), earlier → later by period. */
export function evolutionPairs(plans: readonly Plan[]): [Plan, Plan][] {
  const sorted = [...plans].sort((a, b) => a.period.start - b.period.start || a.period.end - b.period.end);
  const pairs: [Plan, Plan][] = [];
  sorted.forEach((a, i) => {
    const codes = new Set(a.municipalities.map((m) => m.code));
    const next = sorted.slice(i + 1).find((b) => b.municipalities.some((m) => codes.has(m.code)));
    if (next) pairs.push([a, next]);
  });
  return pairs;
}
