/**
 * Every event the plan elements fire: its name, its detail, and its entry in `HTMLElementEventMap`, so
 * that `el.addEventListener('plan-select', (e) => e.detail.theme)` is typed without a cast.
 *
 * All of them bubble and cross shadow roots (`composed`); only `plan-download` can be cancelled.
 * Elements fire them through `PlanElement.emit()`, which makes them with `planEvent()`.
 */
import type { InitiativeFilter } from '../../model/initiatives.js';
import type { PlanThemeSelection } from './context.js';

/** Fired by the track matrix when a cell is activated (click, Enter or Space). */
export const SELECT_EVENT = 'plan-select';
/** Fired by the track matrix when the selection is cleared; detail is the cleared selection. */
export const SELECT_CLEAR_EVENT = 'plan-select-clear';
/** Fired before a file is saved; cancelable (the page then handles the blob). */
export const DOWNLOAD_EVENT = 'plan-download';
/** Fired by the initiative list when the user changes its filter. */
export const FILTER_CHANGE_EVENT = 'plan-filter-change';
/** Fired by the comparison when the chosen plans change in its picker. */
export const SELECTION_CHANGE_EVENT = 'plan-selection-change';

/** The formats a download menu offers. */
export type DownloadFormat = 'csv' | 'json' | 'svg' | 'png';

/** Detail of `plan-download`. */
export interface PlanDownloadDetail {
  format: DownloadFormat;
  filename: string;
  blob: Blob;
}

/** Detail of `plan-filter-change`: the filter now applied to the list. */
export type PlanFilterChangeDetail = InitiativeFilter;

/** Detail of `plan-selection-change`. */
export interface PlanSelectionChange {
  plans: string[];
}

export type PlanSelectEvent = CustomEvent<PlanThemeSelection>;

/** Event name → detail, for every event of the plan elements. */
export interface PlanEventDetails {
  [SELECT_EVENT]: PlanThemeSelection;
  [SELECT_CLEAR_EVENT]: PlanThemeSelection;
  [DOWNLOAD_EVENT]: PlanDownloadDetail;
  [FILTER_CHANGE_EVENT]: PlanFilterChangeDetail;
  [SELECTION_CHANGE_EVENT]: PlanSelectionChange;
}

export type PlanEventName = keyof PlanEventDetails;

/** A plan element's event: it bubbles and crosses shadow roots; `cancelable` only for `plan-download`. */
export function planEvent<K extends PlanEventName>(
  name: K,
  detail: PlanEventDetails[K],
  cancelable = false,
): CustomEvent<PlanEventDetails[K]> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });
}

declare global {
  interface HTMLElementEventMap {
    [SELECT_EVENT]: CustomEvent<PlanThemeSelection>;
    [SELECT_CLEAR_EVENT]: CustomEvent<PlanThemeSelection>;
    [DOWNLOAD_EVENT]: CustomEvent<PlanDownloadDetail>;
    [FILTER_CHANGE_EVENT]: CustomEvent<PlanFilterChangeDetail>;
    [SELECTION_CHANGE_EVENT]: CustomEvent<PlanSelectionChange>;
  }
}
