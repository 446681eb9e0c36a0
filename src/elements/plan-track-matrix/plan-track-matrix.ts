import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ContextConsumer } from '@lit/context';
import type { Plan, ThemeId } from '../../schema/plan.js';
import { STRINGS, type MatrixStrings } from '../../i18n/plan-track-matrix.js';
import { THEMES, themeLabel } from '../../data/themes.js';
import { coverageMatrix, type CoverageMatrix } from '../../model/coverage.js';
import { matrixRows, type ColumnSlot, type MatrixRow } from '../../model/matrix.js';
import { municipalityNames, periodLabel, planLabel } from '../../model/summary.js';
import { PlanElement } from '../shared/plan-element.js';
import { caveatStyles } from '../shared/caveat.js';
import { tokens } from '../shared/tokens.js';
import { comparisonContext, type PlanThemeSelection } from '../shared/context.js';
import { SELECT_CLEAR_EVENT, SELECT_EVENT } from '../shared/events.js';
import { memo } from '../shared/memo.js';
import { scrollFocus } from '../shared/scroll-focus.js';
import { cellView } from './cell.js';
import { ColumnWindowing } from './column-windowing.js';
import { detailsView } from './details.js';
import { GridFocus, sameCell } from './grid-focus.js';
import { legendView } from './legend.js';
import { matrixStyles } from './plan-track-matrix.styles.js';
import { matrixWindowStyles } from './plan-track-matrix-window.styles.js';

/** Up to this many plans, a narrow matrix (a phone) shows every plan's mark for a theme in one row, without scrolling sideways. */
const COMPACT_MAX = 6;

/** Themes in the order of the canonical taxonomy (data/themes.json). */
const THEME_ORDER: readonly ThemeId[] = THEMES.map((t) => t.id as ThemeId);

/**
 * Theme coverage side by side: a table with the canonical themes as rows and the selected plans as
 * columns. Each cell says in text and shape how strongly the plan covers the theme — not covered,
 * only mentioned in aims, the number of initiatives, and a marker for a measurable target — with
 * colour intensity as a third cue. Cells are buttons in one roving tab stop: arrow keys, Home/End
 * and Ctrl+Home/End move, Enter/Space/click selects the (plan, theme) pair and shows its details
 * (the plan's own tracks on the theme, the number of initiatives, the indicators with targets)
 * below the table. Inside a `<plan-comparison>` the selection is the comparison's shared selection.
 * A visible hint above the table says how the keys move. On a narrow host (a phone) with up to six plans,
 * each theme is a line of its own above one compact mark per plan (shape and number), so that every plan's
 * coverage of the theme is seen without scrolling sideways; with more plans the table scrolls.
 *
 * @tag plan-track-matrix
 * @fires plan-select - A cell was selected (click, Enter or Space). Detail: `{ planId: string, theme: ThemeId }`. Bubbles and crosses shadow roots.
 * @fires plan-select-clear - The selection was cleared: the selected cell was activated again, or the clear button was used. Detail: the selection that was cleared, `{ planId: string, theme: ThemeId }`. Bubbles and crosses shadow roots.
 * @csspart legend - The legend explaining the symbols.
 * @csspart scroll - The box around the table: it scrolls when the table is wider (and is then a labelled tab stop).
 * @csspart table - The `table`.
 * @csspart header - Column headers (plans) and row headers (themes).
 * @csspart cell - A data cell (`td`) of one plan and one theme.
 * @csspart cell-button - The button inside a data cell.
 * @csspart tracks - The list of the plan's tracks under a cell (with `show-tracks`).
 * @csspart details - The details of the selected cell, below the table.
 * @csspart note - The note that says how many empty themes are hidden (with `hide-empty`).
 * @csspart state - The loading, error or empty message.
 * @csspart rejected - The list of plan documents that failed validation.
 * @csspart button - Buttons (retry, clear selection).
 * @csspart caveat - A source caveat beside a track or indicator in the details.
 * @cssprop --plan-level-none - Background of a cell whose theme the plan does not cover (default transparent).
 * @cssprop --plan-level-ambition - Background of a cell whose theme is only mentioned in aims.
 * @cssprop --plan-level-initiatives - Background of a cell with initiatives.
 * @cssprop --plan-level-target - Background of a cell with a measurable target.
 * @cssprop --plan-level-symbol - Colour of the level symbols (default: the accent colour).
 * @cssprop --plan-matrix-max-height - Maximum height of the scrolling table before it scrolls vertically with a sticky header (default `80vh`; `none` to let it grow).
 * @cssprop --plan-color-text - Text colour.
 * @cssprop --plan-color-muted - Secondary text colour.
 * @cssprop --plan-color-background - Background.
 * @cssprop --plan-color-surface - Background of headers and state messages.
 * @cssprop --plan-color-border - Borders.
 * @cssprop --plan-color-accent - Accent (symbols, selected cell, buttons).
 * @cssprop --plan-color-danger - Error borders.
 * @cssprop --plan-color-focus - Focus ring.
 * @cssprop --plan-radius - Corner radius.
 * @cssprop --plan-space - Base spacing.
 * @cssprop --plan-font-family - Font family.
 * @cssprop --plan-font-size - Base font size.
 */
export class PlanTrackMatrix extends PlanElement<MatrixStrings> {
  static override styles = [tokens, matrixStyles, matrixWindowStyles, caveatStyles];
  protected override readonly strings = STRINGS;

  /** Under each cell, also list the plan's own tracks mapped to the theme, in the plan's words. */
  @property({ type: Boolean, reflect: true, attribute: 'show-tracks' }) showTracks = false;

  /** Hide the theme rows that none of the shown plans covers at all. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-empty' }) hideEmpty = false;

  /**
   * With more plans than this, only the plan columns in and near the visible part of the scrolling table
   * are rendered (all columns have one width; the others are stood in for by empty space and announced
   * through `aria-colcount`/`aria-colindex`). Keyboard navigation and selection reach every column.
   */
  @property({ attribute: 'window-above', type: Number }) windowAbove = 24;

  /** Local selection (used when there is no comparison context). */
  @state() private selection?: PlanThemeSelection;

  @state() private announcement = '';

  private readonly comparison = new ContextConsumer(this, { context: comparisonContext, subscribe: true });

  /** Coverage of the shown plans, recomputed only when the plans change. */
  private readonly coverage = memo<CoverageMatrix>();

  /** What the last render showed, for keyboard navigation and the column window. */
  private shown?: { plans: readonly Plan[]; rows: readonly MatrixRow[]; windowed: boolean };

  /** The plan columns a windowed matrix renders (a prerendered one has every column until its next update). */
  private readonly columns = new ColumnWindowing(this, () =>
    this.shown ? { count: this.shown.plans.length, windowed: this.shown.windowed } : undefined,
  );

  /** The cells' roving tab stop and the keys that move it. */
  private readonly grid = new GridFocus(this, () => this.shown);

  /**
   * The selected (plan, theme) cell, or `undefined`. Inside a `<plan-comparison>` this is the
   * comparison's shared selection. Setting it selects the cell (and tells the comparison) without
   * firing events.
   */
  get selected(): PlanThemeSelection | undefined {
    const ctx = this.comparison.value;
    return ctx ? ctx.state.selection : this.selection;
  }

  set selected(value: PlanThemeSelection | undefined) {
    const old = this.selected;
    this.selection = value ? { planId: value.planId, theme: value.theme } : undefined;
    this.comparison.value?.select(this.selection);
    this.requestUpdate('selected', old);
  }

  override render(): TemplateResult {
    return this.renderState((plans) => this.renderMatrix(plans));
  }

  private renderMatrix(plans: Plan[]): TemplateResult {
    const s = this.s;
    const lang = this.lang_;
    const matrix = this.coverage([plans], () => coverageMatrix(plans, THEME_ORDER));
    const rows = matrixRows(matrix, this.hideEmpty);
    const hidden = matrix.themes.length - rows.length;
    const selected = this.selected;
    const stop = this.grid.tabStop(rows, plans, selected);
    // Many plans: render the columns near the visible part, and always the tab stop's column.
    const windowed = !this.prerendered && plans.length > this.windowAbove;
    this.shown = { plans, rows, windowed };
    const slots: ColumnSlot[] = windowed
      ? this.columns.slots(plans.length, [stop.col])
      : plans.map((_, index) => ({ type: 'column', index }));
    const slotKey = (slot: ColumnSlot) => (slot.type === 'gap' ? `gap:${slot.before}` : plans[slot.index]!.id);
    const colIndex = (col: number) => (windowed ? col + 2 : nothing);
    const first = windowed ? 1 : nothing;
    const rowHeader = (theme: ThemeId) =>
      html`<th scope="row" part="header" class="theme" aria-colindex=${first}>${themeLabel(theme, lang)}</th>`;
    const gap = (slot: Extract<ColumnSlot, { type: 'gap' }>) =>
      html`<td class="gap" colspan=${slot.span} aria-hidden="true"></td>`;
    return html`
      ${legendView(s)}
      ${
        rows.length === 0
          ? html`<p class="state" data-state="no-rows" part="state" role="status">${s.noRows}</p>`
          : html`<p class="hint" id="key-hint">${s.keyHint}</p>
              <div
                class="scroll"
                part="scroll"
                ${scrollFocus(s.region)}
                @scroll=${windowed ? this.columns.onScroll : nothing}
              >
                <table
                  part="table"
                  class=${windowed ? 'windowed' : plans.length <= COMPACT_MAX ? 'compact' : nothing}
                  aria-colcount=${windowed ? plans.length + 1 : nothing}
                  aria-describedby="key-hint"
                  @keydown=${this.grid.onKeydown}
                  @focusin=${this.grid.onFocusin}
                >
                  <caption class="visually-hidden">
                    ${s.caption}
                  </caption>
                  ${
                    windowed
                      ? html`<colgroup>
                          <col class="theme-col" />
                          <col class="plan-col" span=${plans.length} />
                        </colgroup>`
                      : nothing
                  }
                  <thead>
                    <tr>
                      <th scope="col" part="header" class="corner" aria-colindex=${first}>${s.themeColumn}</th>
                      ${repeat(slots, slotKey, (slot) => {
                        if (slot.type === 'gap') return gap(slot);
                        const p = plans[slot.index]!;
                        return html`<th
                          scope="col"
                          part="header"
                          class="plan"
                          data-plan=${p.id}
                          title=${p.title}
                          aria-colindex=${colIndex(slot.index)}
                        >
                          <span class="muni">${municipalityNames(p, lang)}</span>
                          <span class="period">${periodLabel(p)}</span>
                          <span class="visually-hidden" lang=${p.language}>${p.title}</span>
                        </th>`;
                      })}
                    </tr>
                  </thead>
                  <tbody>
                    ${rows.map(
                      (row, r) =>
                        html`<tr data-theme=${row.theme}>
                          ${rowHeader(row.theme)}
                          ${repeat(slots, slotKey, (slot) => {
                            if (slot.type === 'gap') return gap(slot);
                            const col = slot.index;
                            const c = row.cells[col]!;
                            return cellView(c, plans[col]!, s, lang, {
                              row: r,
                              col,
                              colIndex: colIndex(col),
                              stop: r === stop.row && col === stop.col,
                              selected: sameCell(selected, c),
                              showTracks: this.showTracks,
                              onClick: () => this.toggle({ planId: plans[col]!.id, theme: c.theme }),
                            });
                          })}
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
      }
      ${hidden > 0 ? html`<p class="note" part="note">${s.hiddenRows(hidden)}</p>` : nothing}
      ${detailsView(matrix, plans, selected, s, lang, this.level(), this.onClearClick)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.prerendered) {
      // Hydrated from the server's full table: from now on a wide matrix renders its visible columns.
      this.prerendered = false;
      if ((this.shown?.plans.length ?? 0) > this.windowAbove) this.requestUpdate();
    }
    // New plans or rows: the window may no longer match what is in view.
    if (this.shown?.windowed && (changed.has('data') || changed.has('plans') || changed.has('hideEmpty')))
      this.columns.schedule();
  }

  private toggle(cell: PlanThemeSelection): void {
    this.grid.setCell(cell);
    if (sameCell(this.selected, cell)) this.clear();
    else this.select(cell);
  }

  private select(cell: PlanThemeSelection): void {
    const detail = { planId: cell.planId, theme: cell.theme };
    this.selection = detail;
    this.comparison.value?.select({ ...detail });
    const plan = this.shown?.plans.find((p) => p.id === cell.planId);
    this.announcement = plan
      ? this.s.announceSelect(planLabel(plan, this.lang_), themeLabel(cell.theme, this.lang_))
      : '';
    this.requestUpdate();
    this.emit(SELECT_EVENT, detail);
  }

  private clear(): void {
    const old = this.selected;
    if (!old) return;
    this.selection = undefined;
    this.comparison.value?.select(undefined);
    this.announcement = this.s.announceClear;
    this.requestUpdate();
    this.emit(SELECT_CLEAR_EVENT, { planId: old.planId, theme: old.theme });
  }

  private onClearClick = (): void => {
    const old = this.selected;
    this.clear();
    // The clear button disappears with the details: put focus back on the cell that was selected.
    void this.grid.focus(old);
  };
}
