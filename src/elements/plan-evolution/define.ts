import { PlanEvolution } from './plan-evolution.js';
import { defineElement } from '../shared/define.js';

defineElement('plan-evolution', PlanEvolution);

declare global {
  interface HTMLElementTagNameMap {
    'plan-evolution': PlanEvolution;
  }
}
