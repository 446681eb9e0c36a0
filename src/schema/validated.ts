/**
 * Plans the validator produced. Passing one back in (elements hand validated plans to each other)
 * returns it as it is instead of validating it again; validated plans are treated as immutable.
 * Kept apart from the validator so that an element can recognise validated plans without loading zod.
 */
const validated = new WeakSet<object>();

export function markValidated(plan: object): void {
  validated.add(plan);
}

export function isValidated(value: unknown): boolean {
  return typeof value === 'object' && value !== null && validated.has(value);
}

/** The plans in `data` when every one of them was produced by the validator (an array or one plan), else undefined. */
export function validatedPlans<T>(data: unknown): T[] | undefined {
  if (Array.isArray(data)) return data.every(isValidated) ? (data as T[]) : undefined;
  return isValidated(data) ? [data as T] : undefined;
}
