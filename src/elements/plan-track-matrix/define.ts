import { PlanTrackMatrix } from './plan-track-matrix.js';
import { defineElement } from '../shared/define.js';

defineElement('plan-track-matrix', PlanTrackMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'plan-track-matrix': PlanTrackMatrix;
  }
}
