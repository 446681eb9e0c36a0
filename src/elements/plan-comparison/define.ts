import { PlanComparison } from './plan-comparison.js';
import { defineElement } from '../shared/define.js';
// The comparison renders the other elements: defining it defines them.
import '../plan-summary/define.js';
import '../plan-track-matrix/define.js';
import '../plan-target-chart/define.js';
import '../plan-initiative-list/define.js';
import '../plan-differences/define.js';
import '../plan-evolution/define.js';

defineElement('plan-comparison', PlanComparison);

declare global {
  interface HTMLElementTagNameMap {
    'plan-comparison': PlanComparison;
  }
}
