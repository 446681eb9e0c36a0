/**
 * Browser side of the prerendered comparison page (scripts/prerender.ts), in this order:
 * 1. the hydration support, before lit-element is evaluated (it installs the hook lit-element calls when it
 *    loads). Nothing here imports lit statically: lit comes with the element definitions, imported after it,
 *    so that no chunk the bundler shares between them can evaluate lit-element first;
 * 2. the plans the server rendered (the bundled seed plans, validated), set on each `<plan-comparison>` before
 *    it is defined: lit takes a property set before the upgrade as its own, so the element is ready at its
 *    first update and that update matches the server's HTML;
 * 3. the element definitions: defining upgrades the elements of the page, whose declarative shadow roots are
 *    then hydrated by their first update instead of being rendered anew. The sections other than the first
 *    view (summaries, matrix) hydrate when their own chunks arrive.
 * (All in this one module: the package marks only the define files as having side effects.)
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import type { PlanComparison } from '../elements/plan-comparison/plan-comparison.js';
import { bundledCollection } from '../data/bundled.js';

const { plans } = bundledCollection();
for (const el of document.querySelectorAll<PlanComparison>('plan-comparison')) el.data = plans;
await import('../elements/plan-comparison/define.js');
