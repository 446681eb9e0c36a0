import { PlanComparison } from './plan-comparison.js';
import { defineElement } from '../shared/define.js';
// The comparison renders the other elements: the first view (summaries, matrix) is defined with it; the other
// sections come from their own chunks, which the comparison requests (see section-hydration.ts).
import '../plan-summary/define.js';
import '../plan-track-matrix/define.js';

defineElement('plan-comparison', PlanComparison);

declare global {
  interface HTMLElementTagNameMap {
    'plan-comparison': PlanComparison;
  }
}
