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
export const GRID_KEYS = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
] as const;
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

/** Which plan columns a windowed matrix renders: `start` ≤ index < `end`. */
export interface ColumnWindow {
  start: number;
  end: number;
}

export interface ColumnWindowInput {
  /** Number of plan columns. */
  count: number;
  /** How far the table is scrolled along the row (px, ≥ 0; in right-to-left tables the absolute value). */
  scrollX: number;
  /** Width of the scrolling region (px). */
  viewportWidth: number;
  /** Width of the sticky theme column (px): it covers the start of the region. */
  firstColumnWidth: number;
  /** Width of one plan column (px). */
  columnWidth: number;
  /** Columns rendered beyond each edge of the visible part. Default 2. */
  overscan?: number;
  /** The window's edges snap to multiples of this, so that a short scroll keeps the same window. Default 4. */
  chunk?: number;
}

/** The plan columns in and near the visible part of a scrolled matrix (at least one column when there are any). */
export function columnWindow(input: ColumnWindowInput): ColumnWindow {
  const { count } = input;
  if (count <= 0) return { start: 0, end: 0 };
  const width = Math.max(1, input.columnWidth);
  const overscan = Math.max(0, input.overscan ?? 2);
  const chunk = Math.max(1, Math.floor(input.chunk ?? 4));
  const x = Math.max(0, input.scrollX);
  const first = Math.floor(x / width);
  const last = Math.floor((x + Math.max(0, input.viewportWidth - input.firstColumnWidth)) / width);
  const start = Math.min(count - 1, Math.max(0, Math.floor((first - overscan) / chunk) * chunk));
  const end = Math.max(start + 1, Math.min(count, Math.ceil((last + 1 + overscan) / chunk) * chunk));
  return { start, end };
}

/** A slot of a windowed row: a rendered plan column, or a gap standing in for `span` columns that are not rendered. */
export type ColumnSlot = { type: 'column'; index: number } | { type: 'gap'; span: number; before: number };

/**
 * The slots of a row: the columns of the window plus `extra` columns (e.g. the tab stop, which must stay
 * rendered wherever it is), in order, with one gap for each run of columns left out.
 */
export function columnSlots(count: number, window: ColumnWindow, extra: readonly number[] = []): ColumnSlot[] {
  const shown = new Set<number>();
  for (let i = Math.max(0, window.start); i < Math.min(count, window.end); i++) shown.add(i);
  for (const i of extra) if (Number.isInteger(i) && i >= 0 && i < count) shown.add(i);
  const slots: ColumnSlot[] = [];
  let next = 0;
  for (const index of [...shown].sort((a, b) => a - b)) {
    if (index > next) slots.push({ type: 'gap', span: index - next, before: index });
    slots.push({ type: 'column', index });
    next = index + 1;
  }
  if (next < count) slots.push({ type: 'gap', span: count - next, before: count });
  return slots;
}
