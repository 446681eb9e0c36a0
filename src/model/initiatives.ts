/**
 * Every initiative of every plan as one list, with facets and Danish-aware search.
 * Build the index once per set of plans; filtering is then a pass over precomputed keys.
 */
import type { Initiative, Plan, TargetGroup, ThemeId, Track } from '../schema/plan.js';
import { fold, queryVariants } from './text.js';

export interface InitiativeItem {
  /** `${planId}/${initiativeId}`: unique across plans. */
  key: string;
  plan: Plan;
  initiative: Initiative;
  track: Track | undefined;
  targetGroups: TargetGroup[];
  /** Folded text searched by the query: title, description, policy goal, track, partners, target groups. */
  haystack: string;
}

export function indexInitiatives(plans: readonly Plan[]): InitiativeItem[] {
  const items: InitiativeItem[] = [];
  for (const plan of plans) {
    const tracks = new Map(plan.tracks.map((t) => [t.id, t]));
    const groups = new Map((plan.targetGroups ?? []).map((g) => [g.id, g]));
    for (const ini of plan.initiatives) {
      const track = tracks.get(ini.trackId);
      const targetGroups = (ini.targetGroupIds ?? []).map((id) => groups.get(id)).filter((g): g is TargetGroup => !!g);
      const text = [ini.title, ini.description, ini.policyGoal?.text, track?.label, ...(ini.partners ?? []), ...targetGroups.map((g) => g.label)]
        .filter(Boolean)
        .join(' \u0000 ');
      items.push({ key: `${plan.id}/${ini.id}`, plan, initiative: ini, track, targetGroups, haystack: fold(text) });
    }
  }
  return items;
}

export type Facet = 'plan' | 'theme' | 'targetGroup' | 'kind' | 'status';
export const FACETS: readonly Facet[] = ['plan', 'theme', 'targetGroup', 'kind', 'status'];

export interface InitiativeFilter {
  query?: string;
  plan?: readonly string[];
  theme?: readonly ThemeId[];
  /** Target-group labels (they differ between plans, so facets use labels, not ids). */
  targetGroup?: readonly string[];
  kind?: readonly string[];
  status?: readonly string[];
}

/** The facet values an item has. Kind "none" stands for an untagged initiative. */
export function facetValues(item: InitiativeItem, facet: Facet): string[] {
  switch (facet) {
    case 'plan':
      return [item.plan.id];
    case 'theme':
      return item.initiative.themes;
    case 'targetGroup':
      return item.targetGroups.map((g) => g.label);
    case 'kind':
      return [item.initiative.kind ?? 'none'];
    case 'status':
      return [item.initiative.status];
  }
}

function matchesQuery(item: InitiativeItem, variants: readonly string[]): boolean {
  if (variants.length === 0 || variants[0] === '') return true;
  // Every word of the query must occur (in any of its spellings).
  return variants.some((v) => v.split(/\s+/).every((w) => item.haystack.includes(w)));
}

function matchesFacet(item: InitiativeItem, facet: Facet, selected: readonly string[] | undefined): boolean {
  if (!selected || selected.length === 0) return true;
  const values = facetValues(item, facet);
  return selected.some((s) => values.includes(s));
}

export interface FilterResult {
  items: InitiativeItem[];
  /** For each facet: value → how many items match with every other filter applied. */
  counts: Record<Facet, Map<string, number>>;
}

/**
 * Filter the items and count facet values. A facet's counts ignore that facet's own selection
 * (standard faceted search: you see how many each other choice would give).
 */
export function filterInitiatives(items: readonly InitiativeItem[], filter: InitiativeFilter): FilterResult {
  const variants = filter.query ? queryVariants(filter.query) : [];
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  const out: InitiativeItem[] = [];
  for (const item of items) {
    if (!matchesQuery(item, variants)) continue;
    const passes = FACETS.map((f) => matchesFacet(item, f, filter[f] as readonly string[] | undefined));
    const all = passes.every(Boolean);
    if (all) out.push(item);
    FACETS.forEach((f, i) => {
      // Counted for facet f when every other facet passes.
      if (passes.every((p, j) => j === i || p)) {
        for (const v of facetValues(item, f)) counts[f].set(v, (counts[f].get(v) ?? 0) + 1);
      }
    });
  }
  return { items: out, counts };
}

/** Items grouped by a key, in first-seen order. */
export function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const k of keys(item)) {
      let g = groups.get(k);
      if (!g) groups.set(k, (g = []));
      g.push(item);
    }
  }
  return groups;
}
