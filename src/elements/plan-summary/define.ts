import { PlanSummary } from './plan-summary.js';
import { defineElement } from '../shared/define.js';

defineElement('plan-summary', PlanSummary);

declare global {
  interface HTMLElementTagNameMap {
    'plan-summary': PlanSummary;
  }
}
