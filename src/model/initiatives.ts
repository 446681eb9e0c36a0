/**
 * Every initiative of every plan as one list, with facets and Danish-aware search.
 * Build the index once per set of plans; filtering is then a pass over precomputed keys.
 */
import type { Initiative, Plan, TargetGroup, ThemeId, Track } from '../schema/plan.js';
import { fold, queryVariants } from './text.js';
import { sameAsGroups } from './distinct.js';
import { caveatsOf } from './caveats.js';

export interface InitiativeItem {
  /** `${planId}/${initiativeId}`: unique across plans. */
  key: string;
  plan: Plan;
  initiative: Initiative;
  track: Track | undefined;
  targetGroups: TargetGroup[];
  /** Folded text searched by the query: title, description, policy goal, track, partners, target groups. */
  haystack: string;
  /** The item's values of each facet, in `FACETS` order (`facetValues`, computed once when indexing). */
  facets: readonly (readonly string[])[];
  /** The same values as small integers (see `valueIds`), for counting without string keys. */
  facetIds?: readonly (readonly number[])[];
  /**
   * For a measure the plan prints more than once (`sameAs`): the key of its first printing, shared by
   * every printing, so that facet counts count the measure once.
   */
  group?: string;
  /**
   * Set on the item the list shows for a measure printed more than once (see `mergePrintings`): the
   * other printings of the measure, in plan order, cited on the one item.
   */
  also?: readonly InitiativeItem[];
}

/** Facet values as small integers, per facet, shared by every index: counting facet values is then array arithmetic. */
const VALUE_IDS: Map<string, number>[] = [];
const VALUE_NAMES: string[][] = [];

function valueIds(facetIndex: number, values: readonly string[]): number[] {
  const ids = (VALUE_IDS[facetIndex] ??= new Map());
  const names = (VALUE_NAMES[facetIndex] ??= []);
  return values.map((v) => {
    let id = ids.get(v);
    if (id === undefined) {
      id = names.length;
      ids.set(v, id);
      names.push(v);
    }
    return id;
  });
}

export function indexInitiatives(plans: readonly Plan[]): InitiativeItem[] {
  const items: InitiativeItem[] = [];
  for (const plan of plans) {
    const sameAs = sameAsGroups(plan);
    const tracks = new Map(plan.tracks.map((t) => [t.id, t]));
    const groups = new Map((plan.targetGroups ?? []).map((g) => [g.id, g]));
    for (const ini of plan.initiatives) {
      const track = tracks.get(ini.trackId);
      const targetGroups = (ini.targetGroupIds ?? []).map((id) => groups.get(id)).filter((g): g is TargetGroup => !!g);
      const text = [
        ini.title,
        ini.description,
        ini.policyGoal?.text,
        track?.label,
        ...(ini.partners ?? []),
        ...targetGroups.map((g) => g.label),
      ]
        .filter(Boolean)
        .join(' \u0000 ');
      const item: InitiativeItem = {
        key: `${plan.id}/${ini.id}`,
        plan,
        initiative: ini,
        track,
        targetGroups,
        haystack: fold(text),
        facets: [],
      };
      const group = sameAs.get(ini.id);
      if (group && group.length > 1) item.group = `${plan.id}/${group[0]!.id}`;
      item.facets = FACETS.map((f) => facetValues(item, f));
      item.facetIds = item.facets.map((values, i) => valueIds(i, values));
      items.push(item);
    }
  }
  return items;
}

/** `caveat` has one value, `with`: the initiative has a source caveat (a flag that targets it). */
export type Facet = 'plan' | 'theme' | 'targetGroup' | 'kind' | 'status' | 'caveat';
export const FACETS: readonly Facet[] = ['plan', 'theme', 'targetGroup', 'kind', 'status', 'caveat'];

/** The one value of the `caveat` facet. */
export const WITH_CAVEAT = 'with';

export interface InitiativeFilter {
  query?: string;
  plan?: readonly string[];
  theme?: readonly ThemeId[];
  /** Target-group labels (they differ between plans, so facets use labels, not ids). */
  targetGroup?: readonly string[];
  kind?: readonly string[];
  status?: readonly string[];
  /** `['with']`: only initiatives with a source caveat. */
  caveat?: readonly string[];
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
    case 'caveat':
      return hasCaveat(item) ? [WITH_CAVEAT] : [];
  }
}

/** Whether a flag of the item's plan targets the initiative. */
export function hasCaveat(item: InitiativeItem): boolean {
  return caveatsOf(item.plan, item.plan.language).some(
    (c) => c.kind === 'initiative' && c.itemId === item.initiative.id,
  );
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
  // Every word of the query must occur (in any of its spellings); the words are split once, not per item.
  const variants = filter.query ? queryVariants(filter.query) : [''];
  const words = variants[0] === '' ? undefined : variants.map((v) => v.split(/\s+/));
  const matched = words ? matchQuery(items, variants[0]!, words) : items;
  if (!words) queryMemo.set(items, { folded: '', matched: items });
  // The same items pass the query as last time and the facet choices are the same: the same result (the same object).
  const facetKey = FACETS.map((f) => ((filter[f] ?? []) as readonly string[]).join('\u0001')).join('\u0002');
  const last = resultMemo.get(items);
  if (last && last.matched === matched && last.facetKey === facetKey) return last.result;

  const n = FACETS.length;
  const ids = matched.map(
    (item) =>
      item.facetIds ??
      (item.facets.length === n ? item.facets : FACETS.map((f) => facetValues(item, f))).map((values, i) =>
        valueIds(i, values),
      ),
  );
  const selected = FACETS.map((f, i) => {
    const values = filter[f] as readonly string[] | undefined;
    if (!values || values.length === 0) return undefined;
    const known = new Set<number>();
    for (const v of values) {
      const id = VALUE_IDS[i]?.get(v);
      if (id !== undefined) known.add(id);
    }
    return known; // a selection of values no item has: nothing passes
  });
  const tally = FACETS.map((_, i) => new Int32Array(VALUE_NAMES[i]?.length ?? 0));
  const out: InitiativeItem[] = [];
  // A measure printed twice counts once per facet value: its printings share `group`.
  const counted = new Set<string>();
  const count = (item: InitiativeItem, i: number, v: number) => {
    if (item.group !== undefined) {
      const key = `${i}\u0000${v}\u0000${item.group}`;
      if (counted.has(key)) return;
      counted.add(key);
    }
    tally[i]![v]!++;
  };
  for (let k = 0; k < matched.length; k++) {
    const values = ids[k]!;
    const item = matched[k]!;
    // The facets the item fails; a facet's count needs every *other* facet to pass, so two failures count nowhere.
    let failed = -1;
    let failures = 0;
    for (let i = 0; i < n && failures < 2; i++) {
      const sel = selected[i];
      if (sel && !values[i]!.some((v) => sel.has(v))) {
        failed = i;
        failures++;
      }
    }
    if (failures === 0) {
      out.push(item);
      for (let i = 0; i < n; i++) for (const v of values[i]!) count(item, i, v);
    } else if (failures === 1) for (const v of values[failed]!) count(item, failed, v);
  }
  const counts = {} as Record<Facet, Map<string, number>>;
  FACETS.forEach((f, i) => {
    const m = new Map<string, number>();
    const t = tally[i]!;
    for (let id = 0; id < t.length; id++) if (t[id]! > 0) m.set(VALUE_NAMES[i]![id]!, t[id]!);
    counts[f] = m;
  });
  const result = { items: out, counts };
  resultMemo.set(items, { matched, facetKey, result });
  return result;
}

/** The last result for an index, with the query matches and facet choices it came from. */
const resultMemo = new WeakMap<
  readonly InitiativeItem[],
  { matched: readonly InitiativeItem[]; facetKey: string; result: FilterResult }
>();

/**
 * The last query answered for an index (a list of items): typing one more letter narrows the result, so
 * the items that matched the shorter query are the only candidates. A folded query that starts with the
 * previous one has every word of it, each as long or longer (also in the loose spelling), so it can only
 * match items the previous one matched.
 */
const queryMemo = new WeakMap<readonly InitiativeItem[], { folded: string; matched: readonly InitiativeItem[] }>();

function matchQuery(
  items: readonly InitiativeItem[],
  folded: string,
  words: readonly string[][],
): readonly InitiativeItem[] {
  const memo = queryMemo.get(items);
  const candidates = memo && folded.startsWith(memo.folded) ? memo.matched : items;
  const filtered = candidates.filter((item) => words.some((ws) => ws.every((w) => item.haystack.includes(w))));
  // Every candidate still matches (one more letter that every item has): keep the same list, so the result can be reused.
  const matched = filtered.length === candidates.length ? candidates : filtered;
  queryMemo.set(items, { folded, matched });
  return matched;
}

/** Per index: each group key → its printings, in index (plan) order. */
const printingsMemo = new WeakMap<readonly InitiativeItem[], Map<string, InitiativeItem[]>>();
/** Per printing: the item the list shows for it (the same object each time, so rendering can skip it). */
const mergedMemo = new WeakMap<InitiativeItem, InitiativeItem>();

/**
 * The filtered items with each measure printed more than once shown once: the first of its printings
 * that passed the filters (in plan order) is the item, with every other printing of it in `index` (matching
 * or not) as `also`. So when only the second printing matches a search or a filter, that one is the item
 * and the first is cited on it. Items printed once are returned as they are. Pure.
 */
export function mergePrintings(items: readonly InitiativeItem[], index: readonly InitiativeItem[]): InitiativeItem[] {
  if (!items.some((i) => i.group !== undefined)) return items as InitiativeItem[];
  let printings = printingsMemo.get(index);
  if (!printings) {
    printings = new Map();
    for (const item of index) {
      if (item.group === undefined) continue;
      const list = printings.get(item.group) ?? [];
      list.push(item);
      printings.set(item.group, list);
    }
    printingsMemo.set(index, printings);
  }
  const seen = new Set<string>();
  const out: InitiativeItem[] = [];
  for (const item of items) {
    if (item.group === undefined) {
      out.push(item);
      continue;
    }
    if (seen.has(item.group)) continue;
    seen.add(item.group);
    const others = (printings.get(item.group) ?? []).filter((p) => p !== item);
    if (others.length === 0) {
      out.push(item);
      continue;
    }
    let merged = mergedMemo.get(item);
    if (!merged || merged.also!.length !== others.length || merged.also!.some((o, k) => o !== others[k])) {
      merged = { ...item, also: others };
      mergedMemo.set(item, merged);
    }
    out.push(merged);
  }
  return out;
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
