/**
 * Checks across the plans of a collection: plan ids, comparable keys (one key, one unit and one
 * scope), relations and reprinted tables between plans. Each problem belongs to one plan (the later
 * one of the two) and names the other place in its message and in `related`.
 */
import { toPointer, type PlanIssue } from './issues.js';
import { entries, field, num, templated, text, type Path } from './walk.js';
import { INVERSE_RELATION, RELATION_TYPES, type RelationType } from './constants.js';

/** An issue and the index (in the list given) of the plan it belongs to. */
export interface PlacedIssue {
  index: number;
  issue: PlanIssue;
}

/** Plans of one collection whose id an earlier plan already has (index into the array, and the issue). */
export function duplicatePlanIds(plans: readonly { id: string }[]): PlacedIssue[] {
  const out: PlacedIssue[] = [];
  const ids = new Set<string>();
  plans.forEach((p, index) => {
    if (ids.has(p.id)) out.push({ index, issue: templated(['id'], 'duplicateId', { what: 'plan', id: p.id }, p.id) });
    ids.add(p.id);
  });
  return out;
}

const where = (planId: string, path: Path): string => `${planId} ${toPointer(path)}`;

/**
 * One `comparableKey`, one unit (a rate with the same denominator) and one indicator scope, wherever
 * it is used in `docs` (a plan's indicators among themselves too): the first use sets them.
 */
export function comparableKeyIssues(docs: readonly unknown[]): PlacedIssue[] {
  const out: PlacedIssue[] = [];
  const first = new Map<string, { index: number; planId: string; i: number; unit: string; scope: string }>();
  docs.forEach((doc, index) => {
    const planId = text(doc, 'id') ?? `#${index + 1}`;
    for (const [ind, i] of entries(doc, 'indicators')) {
      const key = text(ind, 'comparableKey');
      const scope = text(ind, 'scope');
      const per = num(field(ind, 'denominator'), 'per');
      const unit = text(ind, 'unit') && `${text(ind, 'unit')}${per === undefined ? '' : ` per ${per}`}`;
      if (!key || !unit || !scope) continue;
      const f = first.get(key);
      if (!f) {
        first.set(key, { index, planId, i, unit, scope });
        continue;
      }
      const field_ = f.unit !== unit ? 'unit' : f.scope !== scope ? 'scope' : undefined;
      if (!field_) continue;
      const otherPath = ['indicators', f.i, field_];
      const related = { index: f.index, planId: f.planId, path: otherPath };
      const path = ['indicators', i, field_];
      const other = where(f.planId, otherPath);
      const issue =
        field_ === 'unit'
          ? templated(path, 'keyUnit', { key, unit, otherUnit: f.unit, other }, field(ind, 'unit'))
          : templated(path, 'keyScope', { key, scope, otherScope: f.scope, other }, scope);
      out.push({ index, issue: { ...issue, related } });
    }
  });
  return out;
}

interface RelationLike {
  type: string;
  planId?: string;
}
interface PlanLike {
  id: string;
  relations?: readonly RelationLike[];
  initiatives?: readonly { id: string; links?: readonly { planId: string; initiativeId: string }[] }[];
  statistics?: readonly { id: string; reprintOf?: { planId: string; statisticId: string } }[];
}

/** Relations whose type reads the same in both directions cannot contradict themselves. */
const SYMMETRIC = new Set<string>(['related-to']);

/**
 * Relations and reprinted tables between the plans of a collection.
 * - errors: two plans that claim the same one-way relation of each other (A supersedes B and B
 *   supersedes A); a reprinted table naming a statistic the other plan does not have; an initiative
 *   link (1.2) naming an initiative the other plan does not have.
 * - notes: a `planId` that names no plan of the collection (collections may be subsets).
 */
export function relationIssues(plans: readonly PlanLike[]): { errors: PlacedIssue[]; notes: PlacedIssue[] } {
  const errors: PlacedIssue[] = [];
  const notes: PlacedIssue[] = [];
  const byId = new Map<string, number>();
  plans.forEach((p, i) => byId.set(p.id, byId.get(p.id) ?? i));
  plans.forEach((plan, index) => {
    plan.relations?.forEach((r, j) => {
      if (r.planId === undefined || r.planId === plan.id) return;
      const otherIndex = byId.get(r.planId);
      const path = ['relations', j, 'planId'];
      if (otherIndex === undefined) {
        notes.push({ index, issue: templated(path, 'notInCollection', { planId: r.planId }, r.planId) });
        return;
      }
      if (otherIndex > index || SYMMETRIC.has(r.type) || !RELATION_TYPES.some((t) => t === r.type)) return;
      const other = plans[otherIndex]!;
      const k = other.relations?.findIndex((o) => o.planId === plan.id && o.type === r.type) ?? -1;
      if (k < 0) return;
      const otherPath = ['relations', k, 'type'];
      const issue = templated(
        ['relations', j, 'type'],
        'relationInverse',
        { type: r.type, otherType: r.type, expected: inverseOf(r.type), other: where(other.id, otherPath) },
        r.type,
      );
      errors.push({ index, issue: { ...issue, related: { index: otherIndex, planId: other.id, path: otherPath } } });
    });
    plan.statistics?.forEach((s, j) => {
      if (!s.reprintOf) return;
      const { planId, statisticId } = s.reprintOf;
      const otherIndex = byId.get(planId);
      const path = ['statistics', j, 'reprintOf'];
      if (otherIndex === undefined) {
        notes.push({ index, issue: templated([...path, 'planId'], 'notInCollection', { planId }, planId) });
      } else if (!plans[otherIndex]!.statistics?.some((o) => o.id === statisticId)) {
        errors.push({
          index,
          issue: templated([...path, 'statisticId'], 'unknownRef', { what: 'statistic', id: statisticId }, statisticId),
        });
      }
    });
    // a plan missing from the collection is noted once per plan, not once per link
    const noted = new Set(plan.relations?.map((r) => r.planId));
    plan.initiatives?.forEach((ini, i) =>
      ini.links?.forEach((l, j) => {
        if (l.planId === plan.id) return; // said by the plan's own checks
        const otherIndex = byId.get(l.planId);
        const path = ['initiatives', i, 'links', j];
        if (otherIndex === undefined) {
          if (noted.has(l.planId)) return;
          noted.add(l.planId);
          notes.push({
            index,
            issue: templated([...path, 'planId'], 'notInCollection', { planId: l.planId }, l.planId),
          });
        } else if (!plans[otherIndex]!.initiatives?.some((o) => o.id === l.initiativeId))
          errors.push({
            index,
            issue: templated(
              [...path, 'initiativeId'],
              'unknownRef',
              { what: 'initiative', id: `${l.planId}/${l.initiativeId}` },
              l.initiativeId,
            ),
          });
      }),
    );
  });
  return { errors, notes };
}

function inverseOf(type: string): string {
  return INVERSE_RELATION[type as RelationType] ?? type;
}
