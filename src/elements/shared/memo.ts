/**
 * One cached value that is computed again only when its inputs change:
 *
 *   private readonly matrix = memo<CoverageMatrix>();
 *   … this.matrix([plans], () => coverageMatrix(plans, THEME_ORDER))
 *
 * Inputs compare with `Object.is`; an array input compares item by item, so a new array of the same
 * plans counts as the same input.
 */
export function memo<R>(): (inputs: readonly unknown[], compute: () => R) => R {
  let last: readonly unknown[] | undefined;
  let value: R;
  return (inputs, compute) => {
    if (!last || last.length !== inputs.length || !inputs.every((x, i) => same(x, last![i]))) {
      value = compute();
      last = inputs.map((x) => (Array.isArray(x) ? [...(x as unknown[])] : x));
    }
    return value;
  };
}

function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  return (
    Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x: unknown, i) => Object.is(x, b[i]))
  );
}
