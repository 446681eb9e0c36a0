import { PlanInitiativeList } from './plan-initiative-list.js';
import { defineElement } from '../shared/define.js';

defineElement('plan-initiative-list', PlanInitiativeList);

declare global {
  interface HTMLElementTagNameMap {
    'plan-initiative-list': PlanInitiativeList;
  }
}
