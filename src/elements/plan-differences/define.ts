import { PlanDifferences } from './plan-differences.js';
import { defineElement } from '../shared/define.js';

defineElement('plan-differences', PlanDifferences);

declare global {
  interface HTMLElementTagNameMap {
    'plan-differences': PlanDifferences;
  }
}
