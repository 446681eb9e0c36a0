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
