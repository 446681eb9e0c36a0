import { PlanFigures } from './plan-figures.js';
import { defineElement } from '../shared/define.js';

defineElement('plan-figures', PlanFigures);

declare global {
  interface HTMLElementTagNameMap {
    'plan-figures': PlanFigures;
  }
}
