import { VERSION } from '../../version.js';

/**
 * Guarded registration: defining a name twice never throws. When another copy of the library
 * (a second script tag, a bundle that includes it again) already registered a name with a
 * different class, that definition stays and is used, and this copy logs ONE warning in total —
 * not one per element — naming the elements and both versions.
 *
 * The copies find each other through a registry on `globalThis` under `Symbol.for(REGISTRY_KEY)`:
 * element name → version of the copy that defined it. Whether a copy has already warned is kept on
 * `globalThis` too (`Symbol.for(WARNED_KEY)`), so a page gets one warning however many copies load
 * and in whatever order their on-demand chunks arrive.
 */
export const REGISTRY_KEY = 'plan-compare.elements';
export const WARNED_KEY = 'plan-compare.warned';

type Registry = Map<string, string>;

function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  const key = Symbol.for(REGISTRY_KEY);
  return (g[key] ??= new Map());
}

function pageWarned(): boolean {
  return (globalThis as unknown as Record<symbol, boolean | undefined>)[Symbol.for(WARNED_KEY)] === true;
}

function setPageWarned(): void {
  (globalThis as unknown as Record<symbol, boolean | undefined>)[Symbol.for(WARNED_KEY)] = true;
}

/** Names this copy found already taken, waiting for the one warning (end of the current task). */
let pending: string[] = [];

function flush(): void {
  const names = pending;
  pending = [];
  if (pageWarned() || names.length === 0) return;
  setPageWarned();
  const defined = registry();
  const versions = [...new Set(names.map((n) => defined.get(n)).filter((v): v is string => v !== undefined))];
  const by = versions.length ? `plan-compare ${versions.join(', ')}` : 'other code on the page';
  const tags = names.map((n) => `<${n}>`).join(', ');
  console.warn(
    `plan-compare ${VERSION}: the library is loaded twice on this page. ${tags} ${names.length === 1 ? 'is' : 'are'} already defined by ${by}; ` +
      `this copy uses ${names.length === 1 ? 'that definition' : 'those definitions'}. Load plan-compare once.`,
  );
}

export function defineElement(name: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(name);
  if (existing === undefined) {
    customElements.define(name, ctor);
    registry().set(name, VERSION);
    return;
  }
  if (existing === ctor || pageWarned() || pending.includes(name)) return;
  if (pending.length === 0) queueMicrotask(flush);
  pending.push(name);
}
