import { PlanComparison } from './plan-comparison.js';
import { defineElement } from '../shared/define.js';

defineElement('plan-comparison', PlanComparison);

declare global {
  interface HTMLElementTagNameMap {
    'plan-comparison': PlanComparison;
  }
}
