/**
 * Careful reading of a document that may be anything (the checks in `./rules.ts`, `./references.ts`
 * and `./collection.ts` run also on documents whose shape is broken, so that every problem is reported
 * at once). Only own properties count, as in `valueAt`; a list that is not an array is no list.
 */
import { render, STATIC, type StaticCode, type TemplateCode, type Templates } from './messages.js';
import type { PlanIssue } from './issues.js';

export type Path = (string | number)[];
export type Rec = Record<string, unknown>;

export function isRecord(value: unknown): value is Rec {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The own property `key` of `value`, or undefined. */
export function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

export function has(value: unknown, key: string): boolean {
  return isRecord(value) && Object.prototype.hasOwnProperty.call(value, key);
}

/** The items of the list at `value[key]` with their indices (none when it is not an array). */
export function entries(value: unknown, key: string): [unknown, number][] {
  const list = field(value, key);
  if (!Array.isArray(list)) return [];
  const out: [unknown, number][] = [];
  for (let i = 0; i < list.length; i++) if (Object.prototype.hasOwnProperty.call(list, i)) out.push([list[i], i]);
  return out;
}

export function text(value: unknown, key: string): string | undefined {
  const v = field(value, key);
  return typeof v === 'string' ? v : undefined;
}

export function num(value: unknown, key: string): number | undefined {
  const v = field(value, key);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** An issue with a fixed message. */
export function fixed(path: Path, code: StaticCode, value: unknown): PlanIssue {
  return { path, message: STATIC[code], value, code };
}

/** An issue with a templated message. */
export function templated<K extends TemplateCode>(
  path: Path,
  code: K,
  params: Templates[K],
  value: unknown,
): PlanIssue {
  return { path, message: render(code, params), value, code, params: { ...params } };
}
