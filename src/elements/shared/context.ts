/**
 * Shared state of one comparison, provided by <plan-comparison> through @lit/context and consumed
 * by the elements inside it. Outside a comparison the elements work on their own.
 */
import { createContext } from '@lit/context';
import type { ThemeId } from '../../schema/plan.js';

/** A (plan, theme) cell chosen in the track matrix. */
export interface PlanThemeSelection {
  planId: string;
  theme: ThemeId;
}

export interface ComparisonState {
  /** The cell chosen in the matrix; the initiative list filters by it. */
  selection?: PlanThemeSelection;
}

export interface ComparisonContextValue {
  state: ComparisonState;
  /** Set or clear the (plan, theme) selection. */
  select(selection: PlanThemeSelection | undefined): void;
}

export const comparisonContext = createContext<ComparisonContextValue>(Symbol('plan-comparison'));

/** Event fired by the track matrix when a cell is activated (click, Enter or Space). */
export const SELECT_EVENT = 'plan-select';
export type PlanSelectEvent = CustomEvent<PlanThemeSelection>;

/** Event fired by the track matrix when the selection is cleared; detail is the cleared selection. */
export const SELECT_CLEAR_EVENT = 'plan-select-clear';
