/**
 * Validation entry points. They never throw: every input gives either a valid plan or a list of
 * issues, each with a JSON path, a message (English, with a code for other languages) and the
 * offending value. All stages run on every document — shape (`./plan.ts`), cross-field rules
 * (`./rules.ts`), references (`./references.ts`), comparable keys — so that every problem is
 * reported at once. No JSON parser here: positions in a file are `./positions.ts`'s job.
 */
import * as z from 'zod/mini';
import { isValidated, markValidated } from './validated.js';
import { Plan } from './plan.js';
import { checkPlanRules } from './rules.js';
import { checkPlanReferences } from './references.js';
import { comparableKeyIssues, duplicatePlanIds, relationIssues, type PlacedIssue } from './collection.js';
import { valueAt, type PlanIssue } from './issues.js';
import { render, staticCode } from './messages.js';
import { fixed } from './walk.js';

export type PlanResult = { ok: true; plan: Plan } | { ok: false; issues: PlanIssue[] };

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value); // NaN, Infinity: not "number"
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** zod/mini carries no message locale (it says "Invalid input"): say what was expected here, with a code. */
function describe(iss: z.core.$ZodIssue, value: unknown): Pick<PlanIssue, 'message' | 'code' | 'params'> {
  const missing = value === undefined;
  const templated = <K extends Parameters<typeof render>[0]>(code: K, params: Parameters<typeof render<K>>[1]) => ({
    message: render(code, params),
    code,
    params: { ...params },
  });
  switch (iss.code) {
    case 'invalid_type':
      return missing
        ? templated('required', { expected: iss.expected })
        : templated('type', { expected: iss.expected, got: typeName(value) });
    case 'invalid_value':
      return templated('oneOf', { options: iss.values.map(String).join(', '), missing });
    case 'unrecognized_keys':
      return templated('unknownKeys', { keys: iss.keys });
    case 'invalid_key': {
      const inner = iss.issues[0]?.message; // a record key: say what its own check says
      const code = inner === undefined ? undefined : staticCode(inner);
      if (code) return { message: inner!, code };
      return templated('invalid', { code: iss.code });
    }
    default: {
      const code = staticCode(iss.message);
      return code ? { message: iss.message, code } : templated('invalid', { code: iss.code });
    }
  }
}

function fromZod(error: z.core.$ZodError, input: unknown): PlanIssue[] {
  return error.issues.map((iss) => {
    const path = iss.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const value = valueAt(input, path);
    return { path, ...describe(iss, value), value };
  });
}

/**
 * A record key "__proto__" (a statistic row's breakdown, a flag's translations) cannot be an own key of the
 * parsed result, so the parser leaves it out. Report it instead of losing it silently.
 */
function droppedProtoKeys(input: unknown, plan: Plan): PlanIssue[] {
  const out: PlanIssue[] = [];
  const check = (path: (string | number)[]) => {
    const raw = valueAt(input, path);
    if (raw !== null && typeof raw === 'object' && Object.prototype.hasOwnProperty.call(raw, '__proto__'))
      out.push(fixed([...path, '__proto__'], 'protoKey', valueAt(input, [...path, '__proto__'])));
  };
  plan.statistics?.forEach((stat, i) => stat.rows.forEach((_, j) => check(['statistics', i, 'rows', j, 'breakdown'])));
  plan.flags?.forEach((_, i) => check(['flags', i, 'translations']));
  return out;
}

/** Runs one stage; a stage that throws (a hostile getter) is reported as one issue, the others still run. */
function stage(issues: PlanIssue[], run: () => void): void {
  try {
    run();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    issues.push({
      path: [],
      message: render('validatorFailed', { reason }),
      code: 'validatorFailed',
      params: { reason },
    });
  }
}

/** The same problem said twice (by two stages) is said once. */
function distinct(issues: PlanIssue[]): PlanIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = JSON.stringify([i.path, i.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Validate one plan document (already parsed from JSON). */
export function validatePlan(input: unknown): PlanResult {
  if (isValidated(input)) return { ok: true, plan: input as Plan };
  const issues: PlanIssue[] = [];
  let plan: Plan | undefined;
  stage(issues, () => {
    const parsed = z.safeParse(Plan, input);
    if (parsed.success) plan = parsed.data;
    else issues.push(...fromZod(parsed.error, input));
  });
  stage(issues, () => issues.push(...checkPlanRules(input)));
  stage(issues, () => issues.push(...checkPlanReferences(input)));
  stage(issues, () => issues.push(...comparableKeyIssues([input]).map((p) => p.issue)));
  if (plan) {
    const parsed = plan;
    stage(issues, () => issues.push(...droppedProtoKeys(input, parsed)));
  }
  if (issues.length || !plan) return { ok: false, issues: distinct(issues) };
  markValidated(plan);
  return { ok: true, plan };
}

/** Problems of one document of a collection. */
export interface Rejected {
  /** Position in the input collection. */
  index: number;
  /** The plan's id when one could be read, for display. */
  id?: string;
  issues: PlanIssue[];
}

export interface CollectionResult {
  plans: Plan[];
  rejected: Rejected[];
  /**
   * Remarks that do not reject a plan (absent when there are none): a relation or reprinted table
   * naming a plan that is not in this collection (collections may be subsets).
   */
  notes?: Rejected[];
}

function readId(doc: unknown): string | undefined {
  try {
    const id = valueAt(doc, ['id']);
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined; // a getter or proxy that throws: the plan is rejected anyway
  }
}

/** The documents of a collection: an array of plans, `{ plans: [...] }`, or one plan. */
export function documentsOf(input: unknown): { docs: unknown[]; base: (string | number)[] } {
  try {
    if (Array.isArray(input)) return { docs: input, base: [] };
    const plans = input !== null && typeof input === 'object' ? (input as { plans?: unknown }).plans : undefined;
    return Array.isArray(plans) ? { docs: plans, base: ['plans'] } : { docs: [input], base: [] };
  } catch {
    return { docs: [input], base: [] }; // reading `plans` threw: validate the input as one document (and reject it)
  }
}

/** Groups placed issues by plan, as entries of the collection (index = position in the input). */
function byPlan(placed: readonly PlacedIssue[], kept: readonly { index: number; plan: Plan }[]): Rejected[] {
  const out = new Map<number, Rejected>();
  for (const { index, issue } of placed) {
    const { index: at, plan } = kept[index]!;
    const related = issue.related && { ...issue.related, index: kept[issue.related.index]!.index };
    const entry = out.get(at) ?? { index: at, id: plan.id, issues: [] };
    entry.issues.push(related ? { ...issue, related } : issue);
    out.set(at, entry);
  }
  return [...out.values()];
}

/**
 * Validate a collection: a single plan, an array of plans, or `{ plans: [...] }`.
 * Valid plans are kept even when others are rejected; nothing valid is lost. Of two plans that
 * contradict each other (the same id, one comparableKey with two units or scopes, two plans that
 * supersede each other) the later one is rejected, and its issue names the other place.
 */
export function validateCollection(input: unknown): CollectionResult {
  const { docs } = documentsOf(input);
  let kept: { index: number; plan: Plan }[] = [];
  const rejected: Rejected[] = [];
  docs.forEach((doc, index) => {
    const r = validatePlan(doc);
    if (r.ok) kept.push({ index, plan: r.plan });
    else rejected.push({ index, id: readId(doc), issues: r.issues });
  });
  const reject = (placed: PlacedIssue[]) => {
    if (!placed.length) return;
    rejected.push(...byPlan(placed, kept));
    const dropped = new Set(placed.map((p) => p.index));
    kept = kept.filter((_, i) => !dropped.has(i));
  };
  reject(duplicatePlanIds(kept.map((v) => v.plan)));
  reject(comparableKeyIssues(kept.map((v) => v.plan)));
  const relations = relationIssues(kept.map((v) => v.plan));
  const noted = byPlan(relations.notes, kept);
  reject(relations.errors);
  rejected.sort((a, b) => a.index - b.index);
  const keptIndexes = new Set(kept.map((k) => k.index));
  const notes = noted.filter((n) => keptIndexes.has(n.index));
  const result: CollectionResult = { plans: kept.map((v) => v.plan), rejected };
  if (notes.length) result.notes = notes;
  return result;
}
