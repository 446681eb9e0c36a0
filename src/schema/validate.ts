/**
 * Validation entry points. They never throw: every input gives either a valid plan or a list of
 * issues, each with a JSON path, a message and the offending value.
 */
import * as z from 'zod/mini';
import { isValidated, markValidated } from './validated.js';
import { Plan } from './plan.js';
import { checkPlanReferences, duplicatePlanIds } from './references.js';
import { valueAt, type PlanIssue } from './issues.js';

export type PlanResult = { ok: true; plan: Plan } | { ok: false; issues: PlanIssue[] };

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value); // NaN, Infinity: not "number"
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** zod/mini carries no message locale (it says "Invalid input"): say what was expected here. */
function messageFor(iss: z.core.$ZodIssue, value: unknown): string {
  const missing = value === undefined;
  switch (iss.code) {
    case 'invalid_type':
      return missing ? `required (${iss.expected} expected)` : `expected ${iss.expected}, got ${typeName(value)}`;
    case 'invalid_value':
      return `${missing ? 'required; ' : ''}must be one of: ${iss.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown key(s): ${iss.keys.join(', ')}`;
    default:
      return iss.message && iss.message !== 'Invalid input' ? iss.message : `invalid (${iss.code})`;
  }
}

function fromZod(error: z.core.$ZodError, input: unknown): PlanIssue[] {
  return error.issues.map((iss) => {
    const path = iss.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const value = valueAt(input, path);
    return { path, message: messageFor(iss, value), value };
  });
}

/**
 * A record key "__proto__" (a statistic row's breakdown) cannot be an own key of the parsed result, so the
 * parser leaves it out. Report it instead of losing it silently.
 */
function droppedProtoKeys(input: unknown, plan: Plan): PlanIssue[] {
  const out: PlanIssue[] = [];
  plan.statistics?.forEach((stat, i) =>
    stat.rows.forEach((_, j) => {
      const path = ['statistics', i, 'rows', j, 'breakdown', '__proto__'];
      const raw = valueAt(input, path.slice(0, -1));
      if (raw !== null && typeof raw === 'object' && Object.prototype.hasOwnProperty.call(raw, '__proto__'))
        out.push({ path, message: 'key "__proto__" is not allowed', value: valueAt(input, path) });
    }),
  );
  return out;
}

/** Validate one plan document (already parsed from JSON). */
export function validatePlan(input: unknown): PlanResult {
  if (isValidated(input)) return { ok: true, plan: input as Plan };
  try {
    const parsed = z.safeParse(Plan, input);
    if (!parsed.success) return { ok: false, issues: fromZod(parsed.error, input) };
    const refIssues = [...droppedProtoKeys(input, parsed.data), ...checkPlanReferences(parsed.data)];
    if (refIssues.length) return { ok: false, issues: refIssues };
    markValidated(parsed.data);
    return { ok: true, plan: parsed.data };
  } catch (err) {
    return { ok: false, issues: [{ path: [], message: `validator failed: ${err instanceof Error ? err.message : String(err)}` }] };
  }
}

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
function documentsOf(input: unknown): unknown[] {
  try {
    if (Array.isArray(input)) return input;
    const plans = input !== null && typeof input === 'object' ? (input as { plans?: unknown }).plans : undefined;
    return Array.isArray(plans) ? plans : [input];
  } catch {
    return [input]; // reading `plans` threw: validate the input as one document (and reject it)
  }
}

/**
 * Validate a collection: a single plan, an array of plans, or `{ plans: [...] }`.
 * Valid plans are kept even when others are rejected; nothing valid is lost.
 */
export function validateCollection(input: unknown): CollectionResult {
  const docs = documentsOf(input);
  const valid: { index: number; plan: Plan }[] = [];
  const rejected: Rejected[] = [];
  docs.forEach((doc, index) => {
    const r = validatePlan(doc);
    if (r.ok) valid.push({ index, plan: r.plan });
    else rejected.push({ index, id: readId(doc), issues: r.issues });
  });
  // A second plan with an id already seen is ambiguous: reject it, keep the first.
  // (A relation to a plan that is not in the collection is fine: collections may be subsets.)
  const dropped = new Set<number>();
  for (const { index, issue } of duplicatePlanIds(valid.map((v) => v.plan))) {
    dropped.add(index);
    rejected.push({ index: valid[index]!.index, id: valid[index]!.plan.id, issues: [issue] });
  }
  rejected.sort((a, b) => a.index - b.index);
  return { plans: valid.filter((_, i) => !dropped.has(i)).map((v) => v.plan), rejected };
}
