/**
 * Guarded registration: defining a name twice never throws. When another copy of the library
 * already registered the name with a different class, that one stays and one warning is logged.
 */
const warned = new Set<string>();

export function defineElement(name: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(name);
  if (existing === undefined) {
    customElements.define(name, ctor);
    return;
  }
  if (existing !== ctor && !warned.has(name)) {
    warned.add(name);
    console.warn(`plan-compare: <${name}> is already defined by another copy of the library; this copy uses the existing definition.`);
  }
}
