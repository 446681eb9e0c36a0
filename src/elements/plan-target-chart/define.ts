import { PlanTargetChart } from './plan-target-chart.js';
import { defineElement } from '../shared/define.js';

defineElement('plan-target-chart', PlanTargetChart);

declare global {
  interface HTMLElementTagNameMap {
    'plan-target-chart': PlanTargetChart;
  }
}
