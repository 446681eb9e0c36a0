import type { ReactiveControllerHost } from 'lit';
import type { ThemeId } from '../../schema/plan.js';
import { isGridKey, moveInGrid, type MatrixRow } from '../../model/matrix.js';
import type { PlanThemeSelection } from '../shared/context.js';

/** What the matrix last drew: the plans (columns) and the theme rows. */
export interface DrawnGrid {
  plans: readonly { id: string }[];
  rows: readonly MatrixRow[];
}

export const sameCell = (a: PlanThemeSelection | undefined, b: PlanThemeSelection | undefined): boolean =>
  !!a && !!b && a.planId === b.planId && a.theme === b.theme;

/**
 * The matrix's cells as one roving tab stop (the WAI-ARIA grid pattern): the cell that Tab lands on is
 * the last one focused; arrow keys, Home/End and Ctrl+Home/End move focus (`moveInGrid`), in the plans'
 * and rows' order, to cells a windowed matrix renders only after the move.
 */
export class GridFocus {
  /** The last focused cell. */
  private cell?: PlanThemeSelection;

  constructor(
    private readonly host: ReactiveControllerHost &
      HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly drawn: () => DrawnGrid | undefined,
  ) {}

  /** Where the tab stop is: the last focused cell, else `selected`, else the first cell. */
  tabStop(rows: readonly MatrixRow[], plans: readonly { id: string }[], selected?: PlanThemeSelection) {
    for (const cand of [this.cell, selected]) {
      if (!cand) continue;
      const row = rows.findIndex((r) => r.theme === cand.theme);
      const col = plans.findIndex((p) => p.id === cand.planId);
      if (row >= 0 && col >= 0) return { row, col };
    }
    return { row: 0, col: 0 };
  }

  /** Put the tab stop on `cell` and focus its button once the host has drawn it. */
  async focus(cell: PlanThemeSelection | undefined, options?: FocusOptions): Promise<HTMLButtonElement | null> {
    if (cell) this.setCell(cell);
    await this.host.updateComplete;
    const button = this.button(this.cell);
    button?.focus(options);
    return button;
  }

  /** Keep the tab stop on `cell` (a cell pressed, or the one whose selection was cleared). */
  setCell(cell: PlanThemeSelection): void {
    this.cell = cell;
    this.host.requestUpdate();
  }

  onFocusin = (e: FocusEvent): void => {
    const td = (e.target as Element).closest?.('td[data-plan]');
    if (!td) return;
    const cell = { planId: td.getAttribute('data-plan')!, theme: td.getAttribute('data-theme') as ThemeId };
    if (!sameCell(this.cell, cell)) this.setCell(cell);
  };

  onKeydown = async (e: KeyboardEvent): Promise<void> => {
    const button = (e.target as Element).closest?.('button.cell-button');
    const drawn = this.drawn();
    if (!button || !drawn || !isGridKey(e.key) || e.altKey || e.shiftKey) return;
    // Positions are the cells' row and plan indices (a windowed matrix does not render every column).
    const pos = { row: Number(button.getAttribute('data-row')), col: Number(button.getAttribute('data-col')) };
    const dir = getComputedStyle(this.host).direction === 'rtl' ? 'rtl' : 'ltr';
    const size = { rows: drawn.rows.length, cols: drawn.plans.length };
    const next = moveInGrid(pos, e.key, size, { ctrl: e.ctrlKey || e.metaKey, dir });
    e.preventDefault();
    const plan = drawn.plans[next.col];
    const row = drawn.rows[next.row];
    if (!plan || !row) return;
    // The tab stop's column is always rendered: after this update the cell exists, wherever it is.
    const target = await this.focus({ planId: plan.id, theme: row.theme }, { preventScroll: true });
    target?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  private button(cell: PlanThemeSelection | undefined): HTMLButtonElement | null {
    if (!cell) return null;
    return this.host.renderRoot.querySelector<HTMLButtonElement>(
      `td[data-plan="${CSS.escape(cell.planId)}"][data-theme="${CSS.escape(cell.theme)}"] > button`,
    );
  }
}
