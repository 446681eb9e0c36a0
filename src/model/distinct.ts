/**
 * Distinct measures: a plan may print one measure twice (two rows linked by `sameAs`, schema 1.2).
 * Counts of initiatives count each such group once. Pure; no DOM.
 */
import type { Initiative, Plan } from '../schema/plan.js';

const GROUPS = new WeakMap<Plan, Map<string, readonly Initiative[]>>();

/**
 * Each initiative's sameAs group (itself and every initiative it is the same as, directly or through
 * another), members in plan order. An initiative printed once is a group of one.
 */
export function sameAsGroups(plan: Plan): Map<string, readonly Initiative[]> {
  const cached = GROUPS.get(plan);
  if (cached) return cached;
  const byId = new Map(plan.initiatives.map((i) => [i.id, i]));
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const ini of plan.initiatives) {
    parent.set(ini.id, find(ini.id));
    for (const other of ini.sameAs ?? []) {
      if (!byId.has(other)) continue;
      const a = find(ini.id);
      const b = find(other);
      if (a !== b) parent.set(b, a);
    }
  }
  const members = new Map<string, Initiative[]>();
  for (const ini of plan.initiatives) {
    const root = find(ini.id);
    const list = members.get(root) ?? [];
    list.push(ini);
    members.set(root, list);
  }
  const out = new Map<string, readonly Initiative[]>();
  for (const ini of plan.initiatives) out.set(ini.id, members.get(find(ini.id))!);
  GROUPS.set(plan, out);
  return out;
}

/** The initiatives of `plan` printed elsewhere in the same plan too (itself first), or just itself. */
export function sameAsGroup(plan: Plan, initiative: Initiative): readonly Initiative[] {
  return sameAsGroups(plan).get(initiative.id) ?? [initiative];
}

/** The first printing of each distinct measure, in plan order: what counts count. */
export function distinctInitiatives(plan: Plan): Initiative[] {
  const groups = sameAsGroups(plan);
  return plan.initiatives.filter((i) => groups.get(i.id)![0] === i);
}

/** How many distinct measures `initiatives` (of `plan`) are: a sameAs group counts once. */
export function countDistinct(plan: Plan, initiatives: Iterable<Initiative>): number {
  const groups = sameAsGroups(plan);
  const seen = new Set<Initiative>();
  for (const i of initiatives) seen.add(groups.get(i.id)?.[0] ?? i);
  return seen.size;
}
