import type { MessageCode } from './messages.js';

/** One validation problem: where (a JSON path), what, and the offending value. */
export interface PlanIssue {
  path: (string | number)[];
  /** The message in English. */
  message: string;
  value?: unknown;
  /** What kind of problem, so that a reader can say it in another language (see `./localise.ts`). */
  code?: MessageCode;
  /** The parameters of the message, by name (for `code`). */
  params?: Record<string, unknown>;
  /** The other place a collection problem concerns (e.g. the first use of a comparableKey), in another plan or this one. */
  related?: RelatedPlace;
}

/** A place in a collection: the plan (its index in the collection and its id) and a path inside it. */
export interface RelatedPlace {
  index: number;
  planId: string;
  path: (string | number)[];
}

/** RFC 6901 JSON pointer for a path: ["tracks", 0, "id"] → "/tracks/0/id". */
export function toPointer(path: readonly (string | number)[]): string {
  if (path.length === 0) return '/';
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/**
 * Value at a path inside an unknown document, or undefined when the path does not exist.
 * Only own properties count: `/values` of a typed array or `/constructor` of a plain object are not there.
 */
export function valueAt(doc: unknown, path: readonly (string | number)[]): unknown {
  let cur: unknown = doc;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/** Short, printable form of an offending value (long strings and big objects cut). */
export function preview(value: unknown, max = 80): string {
  let s: string;
  try {
    s = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  } catch {
    // Cycles, bigints, objects without a usable toString: say what kind of value it is.
    try {
      s = String(value);
    } catch {
      try {
        s = Object.prototype.toString.call(value);
      } catch {
        s = typeof value;
      }
    }
  }
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/** One line per issue: `/path: message (got value)`. */
export function formatIssue(issue: PlanIssue): string {
  return `${toPointer(issue.path)}: ${issue.message} (got ${preview(issue.value)})`;
}
