/**
 * Cross-reference checks that a shape schema cannot express: unique ids, and every track /
 * target-group / initiative / municipality reference resolving inside the plan.
 * They read the document carefully (`./walk.ts`), so they also run on a document whose shape is
 * broken. A list with an item whose id cannot be read is not used to call references unknown
 * (its broken item is reported by the shape schema; "unknown track" would only repeat it).
 */
import type { Plan } from './plan.js';
import type { PlanIssue } from './issues.js';
import type { Thing } from './messages.js';
import { entries, field, fixed, templated, text, type Path } from './walk.js';

/** The ids of a list, and whether every item had one (only then can a reference be called unknown). */
interface Known {
  ids: Set<string>;
  complete: boolean;
}

function uniqueIds(doc: unknown, list: string, what: Thing, out: PlanIssue[], key = 'id'): Known {
  const ids = new Set<string>();
  let complete = true;
  for (const [item, i] of entries(doc, list)) {
    const id = text(item, key);
    if (id === undefined) {
      complete = false;
      continue;
    }
    if (ids.has(id)) out.push(templated([list, i, key], 'duplicateId', { what, id }, id));
    ids.add(id);
  }
  return { ids, complete };
}

function resolves(item: unknown, key: string, known: Known, path: Path, what: Thing, out: PlanIssue[]): void {
  const id = text(item, key);
  if (id !== undefined && known.complete && !known.ids.has(id))
    out.push(templated([...path, key], 'unknownRef', { what, id }, id));
}

function resolvesAll(item: unknown, key: string, known: Known, path: Path, what: Thing, out: PlanIssue[]): void {
  for (const [id, j] of entries(item, key)) {
    if (typeof id === 'string' && known.complete && !known.ids.has(id))
      out.push(templated([...path, key, j], 'unknownRef', { what, id }, id));
  }
}

/**
 * Same-as and links between plans (1.2): a sameAs id names another initiative of this plan, which lists
 * this one back; a link names another plan; a merge has two or more sources, a split two or more parts.
 */
function initiativeLinks(doc: unknown, planId: string | undefined, known: Known, out: PlanIssue[]): void {
  const sameAs = new Map<string, Set<string>>();
  for (const [ini] of entries(doc, 'initiatives')) {
    const id = text(ini, 'id');
    if (id !== undefined) sameAs.set(id, new Set(entries(ini, 'sameAs').map(([s]) => s as string)));
  }
  const splits = new Map<string, number>();
  for (const [ini] of entries(doc, 'initiatives'))
    for (const [l] of entries(ini, 'links'))
      if (text(l, 'type') === 'split-from') {
        const key = `${text(l, 'planId')}/${text(l, 'initiativeId')}`;
        splits.set(key, (splits.get(key) ?? 0) + 1);
      }
  for (const [ini, i] of entries(doc, 'initiatives')) {
    const id = text(ini, 'id');
    for (const [other, j] of entries(ini, 'sameAs')) {
      if (typeof other !== 'string') continue;
      const path: Path = ['initiatives', i, 'sameAs', j];
      if (other === id) out.push(fixed(path, 'selfSameAs', other));
      else if (known.complete && !known.ids.has(other))
        out.push(templated(path, 'unknownRef', { what: 'initiative', id: other }, other));
      else if (id !== undefined && sameAs.has(other) && !sameAs.get(other)!.has(id))
        out.push(templated(path, 'sameAsSymmetric', { id, other }, other));
    }
    const links = entries(ini, 'links');
    const merged = links.filter(([l]) => text(l, 'type') === 'merged-from').length;
    for (const [l, j] of links) {
      const path: Path = ['initiatives', i, 'links', j];
      const target = text(l, 'planId');
      if (target !== undefined && target === planId) out.push(fixed([...path, 'planId'], 'selfLink', target));
      const type = text(l, 'type');
      if (type === 'merged-from' && merged < 2) out.push(fixed([...path, 'type'], 'mergedFromOne', type));
      if (type === 'split-from' && (splits.get(`${target}/${text(l, 'initiativeId')}`) ?? 0) < 2)
        out.push(fixed([...path, 'type'], 'splitFromOne', type));
    }
  }
}

/** All reference problems of one document, in document order per list. */
export function checkPlanReferences(doc: unknown | Plan): PlanIssue[] {
  const out: PlanIssue[] = [];
  const municipalities = uniqueIds(doc, 'municipalities', 'municipality', out, 'code');
  const tracks = uniqueIds(doc, 'tracks', 'track', out);
  const groups = uniqueIds(doc, 'targetGroups', 'target group', out);
  const initiatives = uniqueIds(doc, 'initiatives', 'initiative', out);
  uniqueIds(doc, 'visions', 'vision', out);
  uniqueIds(doc, 'values', 'value', out);
  uniqueIds(doc, 'guidingMarks', 'guiding mark', out);
  uniqueIds(doc, 'indicators', 'indicator', out);
  uniqueIds(doc, 'statistics', 'statistic', out);
  uniqueIds(doc, 'legalBasis', 'legal basis', out);
  uniqueIds(doc, 'statusUpdates', 'status update', out);

  for (const [s, i] of entries(doc, 'signatories'))
    resolves(s, 'municipalityCode', municipalities, ['signatories', i], 'municipality', out);
  for (const [ini, i] of entries(doc, 'initiatives')) {
    resolves(ini, 'trackId', tracks, ['initiatives', i], 'track', out);
    resolvesAll(ini, 'targetGroupIds', groups, ['initiatives', i], 'target group', out);
  }
  for (const [ind, i] of entries(doc, 'indicators')) {
    resolves(ind, 'trackId', tracks, ['indicators', i], 'track', out);
    resolvesAll(ind, 'targetGroupIds', groups, ['indicators', i], 'target group', out);
    for (const [v, j] of entries(ind, 'values'))
      resolves(v, 'municipalityCode', municipalities, ['indicators', i, 'values', j], 'municipality', out);
  }
  for (const [s, i] of entries(doc, 'statistics')) {
    resolves(s, 'trackId', tracks, ['statistics', i], 'track', out);
    for (const [row, j] of entries(s, 'rows'))
      resolves(row, 'municipalityCode', municipalities, ['statistics', i, 'rows', j], 'municipality', out);
  }
  for (const [u, i] of entries(doc, 'statusUpdates')) {
    resolves(u, 'trackId', tracks, ['statusUpdates', i], 'track', out);
    resolves(u, 'initiativeId', initiatives, ['statusUpdates', i], 'initiative', out);
    resolvesAll(u, 'targetGroupIds', groups, ['statusUpdates', i], 'target group', out);
  }
  const id = text(doc, 'id');
  initiativeLinks(doc, id, initiatives, out);
  for (const [g, i] of entries(field(doc, 'coverage'), 'gaps'))
    resolves(g, 'trackId', tracks, ['coverage', 'gaps', i], 'track', out);
  for (const [r, i] of entries(doc, 'relations')) {
    const planId = text(r, 'planId');
    if (planId !== undefined && planId === id) out.push(fixed(['relations', i, 'planId'], 'selfRelation', planId));
  }
  return out;
}
