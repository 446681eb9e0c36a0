import { PlanThemeCompare } from './plan-theme-compare.js';
import { defineElement } from '../shared/define.js';

defineElement('plan-theme-compare', PlanThemeCompare);

declare global {
  interface HTMLElementTagNameMap {
    'plan-theme-compare': PlanThemeCompare;
  }
}
