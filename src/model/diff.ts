/** What differs between plans, and how one plan evolved into the next. Pure; no DOM. */
import type { Initiative, InitiativeLink, Plan, ThemeId, Track } from '../schema/plan.js';
import { THEME_IDS } from '../schema/constants.js';
import { coverage, levelRank } from './coverage.js';
import { comparableGroups, type ComparableGroup } from './targets.js';
import { jaccard, wordSet } from './text.js';
import { distinctInitiatives, sameAsGroups } from './distinct.js';

export interface ThemeDifference {
  theme: ThemeId;
  /** Plans with at least one initiative or target on the theme. */
  coveredBy: string[];
  /** Plans that do not act on it (no initiative, no target) in a document we have in full. */
  missingFrom: string[];
  /** Plans whose missing parts (`coverage.gaps`) could hold it: whether they act on it is unknown. */
  unknownIn: string[];
}

export interface UniqueInitiative {
  planId: string;
  initiative: Initiative;
}

export interface Differences {
  /** Themes that some, but not all, plans act on (plans that hold no measures by design left out). */
  themes: ThemeDifference[];
  /** Plans that hold no measures by design (`coverage.holds` without "measures"), e.g. a policy of aims. */
  aimsOnly: string[];
  /** Initiatives with no close counterpart (by title) in any other plan. */
  uniqueInitiatives: UniqueInitiative[];
  /** Indicators that line up across two or more plans. */
  comparableIndicators: ComparableGroup[];
}

/** Titles at least this similar (word Jaccard) count as the same initiative. */
export const SAME_INITIATIVE = 0.5;

/** Whether a plan holds measures: not when `coverage.holds` is given without "measures". */
export function holdsMeasures(plan: Plan): boolean {
  const holds = plan.coverage?.holds;
  return !holds || holds.includes('measures');
}

export function whatDiffers(plans: readonly Plan[]): Differences {
  const themes: ThemeDifference[] = [];
  const aimsOnly = plans.filter((p) => !holdsMeasures(p)).map((p) => p.id);
  const measured = plans.filter(holdsMeasures);
  for (const theme of THEME_IDS) {
    const levels = measured.map((p) => coverage(p, theme).level);
    const acts = levels.map((l) => levelRank(l) >= levelRank('initiatives'));
    if (acts.some(Boolean) && !acts.every(Boolean)) {
      themes.push({
        theme,
        coveredBy: measured.filter((_, i) => acts[i]).map((p) => p.id),
        missingFrom: measured.filter((_, i) => !acts[i] && levels[i] !== 'unknown').map((p) => p.id),
        unknownIn: measured.filter((_, i) => levels[i] === 'unknown').map((p) => p.id),
      });
    }
  }
  const uniqueInitiatives = plans.length > 1 ? initiativesWithoutCounterpart(plans) : [];
  return {
    themes,
    aimsOnly,
    uniqueInitiatives,
    comparableIndicators: comparableGroups(plans).filter((g) => g.series.length > 1),
  };
}

/**
 * Initiatives whose title is not at least `SAME_INITIATIVE` similar to the title of an initiative in
 * another plan — the same answer as comparing every pair, without comparing every pair: a title that
 * similar shares at least ⌈t·n⌉ of this title's n words, so it contains one of any n − ⌈t·n⌉ + 1 of
 * them (prefix filter). Only the titles holding one of this title's rarest words are compared.
 */
function initiativesWithoutCounterpart(plans: readonly Plan[]): UniqueInitiative[] {
  type Entry = { plan: Plan; initiative: Initiative; words: Set<string> };
  const entries: Entry[] = plans.flatMap((plan) =>
    distinctInitiatives(plan).map((initiative) => ({ plan, initiative, words: wordSet(initiative.title) })),
  );
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
      const prefix = [...e.words]
        .sort((a, b) => rarity(a) - rarity(b))
        .slice(0, n - Math.ceil(SAME_INITIATIVE * n - 1e-9) + 1);
      found = prefix.some((w) =>
        byWord.get(w)!.some((o) => o.plan !== e.plan && jaccard(o.words, e.words) >= SAME_INITIATIVE),
      );
    }
    if (!found) out.push({ planId: e.plan.id, initiative: e.initiative });
  }
  return out;
}

export interface TrackChange {
  from?: Track;
  to?: Track;
  change: 'kept' | 'renamed' | 'added' | 'dropped';
  /** Derived from the labels and themes (a heuristic); only a track of the same words is not. */
  inferred: boolean;
}

/**
 * What became of initiatives from one plan to the next:
 * `kept` one carried on as one (perhaps reworded) · `merged` several into one · `split` one into
 * several · `replaced` another measure in its place · `new` in the later plan only · `absent` in the
 * earlier plan only (its text is not in the later plan).
 */
export type InitiativeChangeKind = 'kept' | 'merged' | 'split' | 'replaced' | 'new' | 'absent';

export interface InitiativeChange {
  change: InitiativeChangeKind;
  /** Initiatives of the earlier plan (each the first printing of its measure), with their quotes. */
  from: Initiative[];
  /** Initiatives of the later plan (each the first printing of its measure), with their quotes. */
  to: Initiative[];
  /** The links of the later plan that say so, with the passage of the later plan that shows each. */
  links: InitiativeLink[];
  /** True when no link in the data says so: a matcher over descriptions and quotes proposed it. */
  inferred: boolean;
  /** For an inferred `kept`: how alike the two texts are, 0…1 (word overlap of description and quote). */
  confidence?: number;
}

export interface Evolution {
  from: Plan;
  to: Plan;
  tracks: TrackChange[];
  initiatives: InitiativeChange[];
  /** Whether the initiatives' changes come from links in the data (else all are inferred). */
  fromLinks: boolean;
}

/** Best one-to-one pairs by a score above a threshold, greedy from the highest score. */
function pairUp<A, B>(
  as: readonly A[],
  bs: readonly B[],
  score: (a: A, b: B) => number,
  min: number,
): [A, B, number][] {
  const candidates: [number, number, number][] = [];
  as.forEach((a, i) =>
    bs.forEach((b, j) => {
      const s = score(a, b);
      if (s >= min) candidates.push([i, j, s]);
    }),
  );
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

function trackChanges(from: Plan, to: Plan): TrackChange[] {
  const labelWords = new Map([...from.tracks, ...to.tracks].map((t) => [t, wordSet(t.label)]));
  const trackPairs = pairUp(
    from.tracks,
    to.tracks,
    (a, b) => Math.max(jaccard(labelWords.get(a)!, labelWords.get(b)!), themeOverlap(a, b) * 0.9),
    0.34,
  );
  const tracks: TrackChange[] = [];
  const pairedTo = new Map(trackPairs.map(([a, b]) => [b, a]));
  const pairedFrom = new Set(trackPairs.map(([a]) => a));
  for (const t of to.tracks) {
    const f = pairedTo.get(t);
    const same = f !== undefined && jaccard(labelWords.get(f)!, labelWords.get(t)!) === 1;
    tracks.push(
      f
        ? { from: f, to: t, change: same ? 'kept' : 'renamed', inferred: !same }
        : { to: t, change: 'added', inferred: true },
    );
  }
  for (const f of from.tracks) if (!pairedFrom.has(f)) tracks.push({ from: f, change: 'dropped', inferred: true });
  return tracks;
}

/** The links of `to`'s initiatives that point into `from`. */
function linksInto(from: Plan, to: Plan): { ini: Initiative; link: InitiativeLink }[] {
  return to.initiatives.flatMap((ini) =>
    (ini.links ?? []).filter((l) => l.planId === from.id).map((link) => ({ ini, link })),
  );
}

/** Changes read from the links: connected groups of linked initiatives, and the unlinked on each side. */
function changesFromLinks(from: Plan, to: Plan): InitiativeChange[] {
  const fromGroups = sameAsGroups(from);
  const toGroups = sameAsGroups(to);
  const first = (groups: Map<string, readonly Initiative[]>, ini: Initiative) => groups.get(ini.id)?.[0] ?? ini;
  const fromById = new Map(from.initiatives.map((i) => [i.id, i]));
  // union of the linked measures of both plans (keys "f:" earlier, "t:" later)
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const edges: { a: Initiative; b: Initiative; link: InitiativeLink }[] = [];
  for (const { ini, link } of linksInto(from, to)) {
    const target = fromById.get(link.initiativeId);
    if (!target) continue; // a link to an initiative the plan lacks (rejected by the collection check)
    const a = first(fromGroups, target);
    const b = first(toGroups, ini);
    edges.push({ a, b, link });
    const ra = find(`f:${a.id}`);
    const rb = find(`t:${b.id}`);
    if (ra !== rb) parent.set(rb, ra);
  }
  const components = new Map<string, InitiativeChange>();
  for (const { a, b, link } of edges) {
    const root = find(`f:${a.id}`);
    const c = components.get(root) ?? { change: 'kept', from: [], to: [], links: [], inferred: false };
    if (!c.from.includes(a)) c.from.push(a);
    if (!c.to.includes(b)) c.to.push(b);
    c.links.push(link);
    components.set(root, c);
  }
  const out: InitiativeChange[] = [];
  const linkedFrom = new Set<Initiative>();
  const emitted = new Set<InitiativeChange>();
  // in the later plan's order: each component where its first later initiative stands
  for (const ini of distinctInitiatives(to)) {
    const c = parent.has(`t:${ini.id}`) ? components.get(find(`t:${ini.id}`)) : undefined;
    if (!c) {
      out.push({ change: 'new', from: [], to: [ini], links: [], inferred: false });
      continue;
    }
    if (emitted.has(c)) continue;
    emitted.add(c);
    c.from.forEach((f) => linkedFrom.add(f));
    c.from.sort((x, y) => from.initiatives.indexOf(x) - from.initiatives.indexOf(y));
    c.change = c.links.some((l) => l.type === 'replaces')
      ? 'replaced'
      : c.from.length > 1
        ? 'merged'
        : c.to.length > 1
          ? 'split'
          : 'kept';
    out.push(c);
  }
  for (const ini of distinctInitiatives(from))
    if (!linkedFrom.has(ini)) out.push({ change: 'absent', from: [ini], to: [], links: [], inferred: false });
  return out;
}

/** Texts at least this alike (word Jaccard of description and quote) are proposed as "probably the same". */
export const PROBABLY_SAME = 0.5;

/** What the matcher compares: an initiative's description and its quote — never its title. */
function matchText(ini: Initiative): Set<string> {
  return wordSet([ini.description ?? '', ini.provenance.quote].join(' '));
}

/**
 * Changes proposed by a matcher (when no link in the data connects the two plans): initiatives whose
 * descriptions and quotes share at least `PROBABLY_SAME` of their words are "probably the same";
 * every change is `inferred`, with the overlap as its confidence.
 */
function inferredChanges(from: Plan, to: Plan): InitiativeChange[] {
  const as = distinctInitiatives(from);
  const bs = distinctInitiatives(to);
  const words = new Map([...as, ...bs].map((i) => [i, matchText(i)]));
  const pairs = pairUp(as, bs, (a, b) => jaccard(words.get(a)!, words.get(b)!), PROBABLY_SAME);
  const keptTo = new Map(pairs.map(([a, b, s]) => [b, [a, s] as const]));
  const keptFrom = new Set(pairs.map(([a]) => a));
  const out: InitiativeChange[] = [];
  for (const b of bs) {
    const k = keptTo.get(b);
    out.push(
      k
        ? { change: 'kept', from: [k[0]], to: [b], links: [], inferred: true, confidence: k[1] }
        : { change: 'new', from: [], to: [b], links: [], inferred: true },
    );
  }
  for (const a of as)
    if (!keptFrom.has(a)) out.push({ change: 'absent', from: [a], to: [], links: [], inferred: true });
  return out;
}

/**
 * How plan `from` became plan `to` (e.g. Aabenraa 2021 → 2022–2024). Initiatives: from the links the
 * later plan carries (kept, merged, split, replaced; the unlinked are new or absent), or — when no
 * link connects the two — proposed by a matcher over descriptions and quotes, each change `inferred`.
 * A measure printed twice (`sameAs`) is one initiative here. Tracks: paired by label words and themes.
 */
export function evolution(from: Plan, to: Plan): Evolution {
  const fromLinks = linksInto(from, to).length > 0;
  return {
    from,
    to,
    tracks: trackChanges(from, to),
    initiatives: fromLinks ? changesFromLinks(from, to) : inferredChanges(from, to),
    fromLinks,
  };
}

/** Two documents that follow each other, and what says so. */
export interface PlanPair {
  from: Plan;
  to: Plan;
  /** `supersedes`: a relation in the data says so; `sequence`: same municipalities and kind, in time order. */
  basis: 'supersedes' | 'sequence';
}

const byTime = (a: Plan, b: Plan) => a.period.start - b.period.start || (a.period.end ?? 9999) - (b.period.end ?? 9999);
const municipalitySet = (p: Plan) =>
  p.municipalities
    .map((m) => `${m.country ?? 'DK'}:${m.code}`)
    .sort()
    .join(' ');

/**
 * Pairs of documents that follow each other, earlier → later, in time order: a `supersedes` /
 * `superseded-by` relation between two of the plans, else the same municipalities and the same kind
 * of document, each with the next one. A policy and the action plan that implements it are not a pair
 * (see `implementations`).
 */
export function planPairs(plans: readonly Plan[]): PlanPair[] {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const pairs: PlanPair[] = [];
  const seen = new Set<string>();
  const add = (from: Plan, to: Plan, basis: PlanPair['basis']) => {
    const key = `${from.id}\u0000${to.id}`;
    if (from === to || seen.has(key)) return;
    seen.add(key);
    pairs.push({ from, to, basis });
  };
  for (const p of plans)
    for (const r of p.relations ?? []) {
      const other = r.planId === undefined ? undefined : byId.get(r.planId);
      if (!other) continue;
      if (r.type === 'supersedes') add(other, p, 'supersedes');
      if (r.type === 'superseded-by') add(p, other, 'supersedes');
    }
  const sorted = [...plans].sort(byTime);
  sorted.forEach((a, i) => {
    const next = sorted
      .slice(i + 1)
      .find((b) => b.kind === a.kind && municipalitySet(b) === municipalitySet(a) && b.period.start >= a.period.start);
    if (next && !pairs.some((q) => q.to === next || q.from === a)) add(a, next, 'sequence');
  });
  return pairs.sort((x, y) => byTime(x.from, y.from) || byTime(x.to, y.to));
}

/** Pairs of plans that follow each other (see `planPairs`), earlier → later, in time order. */
export function evolutionPairs(plans: readonly Plan[]): [Plan, Plan][] {
  return planPairs(plans).map((p) => [p.from, p.to]);
}

/** A document and a plan that implements it (a policy and its action plan): not an evolution. */
export interface Implementation {
  /** The implemented document (e.g. a policy). */
  implemented: Plan;
  /** The plan that implements it (e.g. an action plan). */
  by: Plan;
}

/** Every `implements` / `implemented-by` relation between two of the plans, once. */
export function implementations(plans: readonly Plan[]): Implementation[] {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const out: Implementation[] = [];
  const add = (implemented: Plan, by: Plan) => {
    if (implemented !== by && !out.some((o) => o.implemented === implemented && o.by === by))
      out.push({ implemented, by });
  };
  for (const p of plans)
    for (const r of p.relations ?? []) {
      const other = r.planId === undefined ? undefined : byId.get(r.planId);
      if (!other) continue;
      if (r.type === 'implements') add(other, p);
      if (r.type === 'implemented-by') add(p, other);
    }
  return out;
}
