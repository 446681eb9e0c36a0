/**
 * Browser side of the prerendered comparison page (scripts/prerender.ts), in this order:
 * 1. the hydration support, before lit-element is evaluated (it installs the hook lit-element calls when it loads);
 * 2. the element definitions: defining upgrades the elements of the page, whose declarative shadow roots
 *    are then hydrated by their first update instead of being rendered anew;
 * 3. the plans the server rendered (the bundled seed plans, validated), given to each `<plan-comparison>` in
 *    the same task, before that first update (lit updates in a microtask): validated plans make the element
 *    ready at once, so its first render matches the server's HTML.
 * (All in this one module: the package marks only the define files as having side effects.)
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../elements/plan-comparison/define.js';
import type { PlanComparison } from '../elements/plan-comparison/plan-comparison.js';
import { bundledCollection } from '../data/bundled.js';

const { plans } = bundledCollection();
for (const el of document.querySelectorAll<PlanComparison>('plan-comparison')) el.data = plans;
