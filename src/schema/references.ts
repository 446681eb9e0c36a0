/**
 * Cross-reference checks that a shape schema cannot express: unique ids per collection, and every
 * track / target-group / initiative reference resolving inside the plan.
 * Runs on a plan that already passed the shape schema.
 */
import type { Plan } from './plan.js';
import type { PlanIssue } from './issues.js';

type Path = (string | number)[];

function uniqueIds(items: readonly { id: string }[] | undefined, base: Path, what: string, out: PlanIssue[]): Set<string> {
  const ids = new Set<string>();
  items?.forEach((item, i) => {
    if (ids.has(item.id)) out.push({ path: [...base, i, 'id'], message: `duplicate ${what} id "${item.id}"`, value: item.id });
    ids.add(item.id);
  });
  return ids;
}

function resolves(id: string | undefined, known: Set<string>, path: Path, what: string, out: PlanIssue[]): void {
  if (id !== undefined && !known.has(id)) out.push({ path, message: `unknown ${what} "${id}"`, value: id });
}

function resolvesAll(ids: readonly string[] | undefined, known: Set<string>, path: Path, what: string, out: PlanIssue[]): void {
  ids?.forEach((id, i) => resolves(id, known, [...path, i], what, out));
}

/** All reference problems of one plan, in document order. */
export function checkPlanReferences(plan: Plan): PlanIssue[] {
  const out: PlanIssue[] = [];
  const tracks = uniqueIds(plan.tracks, ['tracks'], 'track', out);
  const groups = uniqueIds(plan.targetGroups, ['targetGroups'], 'target group', out);
  const initiatives = uniqueIds(plan.initiatives, ['initiatives'], 'initiative', out);
  uniqueIds(plan.visions, ['visions'], 'vision', out);
  uniqueIds(plan.values, ['values'], 'value', out);
  uniqueIds(plan.guidingMarks, ['guidingMarks'], 'guiding mark', out);
  uniqueIds(plan.indicators, ['indicators'], 'indicator', out);
  uniqueIds(plan.statistics, ['statistics'], 'statistic', out);
  uniqueIds(plan.legalBasis, ['legalBasis'], 'legal basis', out);
  uniqueIds(plan.statusUpdates, ['statusUpdates'], 'status update', out);

  plan.initiatives.forEach((ini, i) => {
    resolves(ini.trackId, tracks, ['initiatives', i, 'trackId'], 'track', out);
    resolvesAll(ini.targetGroupIds, groups, ['initiatives', i, 'targetGroupIds'], 'target group', out);
  });
  plan.indicators?.forEach((ind, i) => {
    resolves(ind.trackId, tracks, ['indicators', i, 'trackId'], 'track', out);
    resolvesAll(ind.targetGroupIds, groups, ['indicators', i, 'targetGroupIds'], 'target group', out);
  });
  plan.statistics?.forEach((s, i) => resolves(s.trackId, tracks, ['statistics', i, 'trackId'], 'track', out));
  plan.statusUpdates?.forEach((u, i) => {
    resolves(u.trackId, tracks, ['statusUpdates', i, 'trackId'], 'track', out);
    resolves(u.initiativeId, initiatives, ['statusUpdates', i, 'initiativeId'], 'initiative', out);
    resolvesAll(u.targetGroupIds, groups, ['statusUpdates', i, 'targetGroupIds'], 'target group', out);
  });
  plan.relations?.forEach((r, i) => {
    if (r.planId === plan.id) out.push({ path: ['relations', i, 'planId'], message: 'a plan cannot relate to itself', value: r.planId });
  });
  return out;
}

/** Plans of one collection whose id an earlier plan already has (index into the array, and the issue). */
export function duplicatePlanIds(plans: readonly Plan[]): { index: number; issue: PlanIssue }[] {
  const out: { index: number; issue: PlanIssue }[] = [];
  const ids = new Set<string>();
  plans.forEach((p, index) => {
    if (ids.has(p.id)) out.push({ index, issue: { path: ['id'], message: `duplicate plan id "${p.id}" in collection`, value: p.id } });
    ids.add(p.id);
  });
  return out;
}
