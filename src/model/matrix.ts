/**
 * Helpers for the theme × plan matrix: which rows to show, what a cell holds in detail, and how
 * focus moves through the grid. Pure; no DOM.
 */
import type { Indicator, IndicatorValue, Initiative, Plan, ThemeId } from '../schema/plan.js';
import type { Coverage, CoverageMatrix } from './coverage.js';

export interface MatrixRow {
  theme: ThemeId;
  /** One cell per plan, in plan order. */
  cells: Coverage[];
}

/**
 * The rows of a coverage matrix, in taxonomy order. With `hideEmpty`, a theme that no plan covers at
 * all (every cell `none`) is left out.
 */
export function matrixRows(matrix: CoverageMatrix, hideEmpty = false): MatrixRow[] {
  const rows = matrix.themes.map((theme, i) => ({ theme, cells: matrix.cells[i] ?? [] }));
  return hideEmpty ? rows.filter((r) => r.cells.some((c) => c.level !== 'none')) : rows;
}

export interface ThemeTarget {
  indicator: Indicator;
  /** The indicator's target values, in year order. */
  targets: IndicatorValue[];
}

/** Indicators of the plan tagged with the theme that have at least one target value, in plan order. */
export function themeTargets(plan: Plan, theme: ThemeId): ThemeTarget[] {
  return (plan.indicators ?? [])
    .filter((ind) => ind.themes.includes(theme))
    .map((indicator) => ({ indicator, targets: indicator.values.filter((v) => v.kind === 'target') }))
    .filter((t) => t.targets.length > 0);
}

/** Initiatives of the plan tagged with the theme, in plan order. */
export function themeInitiatives(plan: Plan, theme: ThemeId): Initiative[] {
  return plan.initiatives.filter((i) => i.themes.includes(theme));
}

/** A position in a grid of `rows` × `cols` cells (0-based). */
export interface GridPosition {
  row: number;
  col: number;
}

/** Keys that move focus in a data grid (WAI-ARIA APG grid pattern). */
export const GRID_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'] as const;
export type GridKey = (typeof GRID_KEYS)[number];

export function isGridKey(key: string): key is GridKey {
  return (GRID_KEYS as readonly string[]).includes(key);
}

/**
 * Where focus goes from `pos` on `key`: arrows move one cell and stop at the edges; Home/End go to
 * the start/end of the row, or with `ctrl` to the first/last cell of the grid; PageUp/PageDown move
 * `page` rows. `dir: 'rtl'` swaps left and right.
 */
export function moveInGrid(
  pos: GridPosition,
  key: GridKey,
  size: { rows: number; cols: number },
  options: { ctrl?: boolean; page?: number; dir?: 'ltr' | 'rtl' } = {},
): GridPosition {
  const { rows, cols } = size;
  if (rows <= 0 || cols <= 0) return { row: 0, col: 0 };
  const clampRow = (r: number) => Math.min(rows - 1, Math.max(0, r));
  const clampCol = (c: number) => Math.min(cols - 1, Math.max(0, c));
  const row = clampRow(pos.row);
  const col = clampCol(pos.col);
  const page = Math.max(1, options.page ?? 5);
  const forward = options.dir === 'rtl' ? -1 : 1;
  switch (key) {
    case 'ArrowRight':
      return { row, col: clampCol(col + forward) };
    case 'ArrowLeft':
      return { row, col: clampCol(col - forward) };
    case 'ArrowDown':
      return { row: clampRow(row + 1), col };
    case 'ArrowUp':
      return { row: clampRow(row - 1), col };
    case 'PageDown':
      return { row: clampRow(row + page), col };
    case 'PageUp':
      return { row: clampRow(row - page), col };
    case 'Home':
      return options.ctrl ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return options.ctrl ? { row: rows - 1, col: cols - 1 } : { row, col: cols - 1 };
  }
}
