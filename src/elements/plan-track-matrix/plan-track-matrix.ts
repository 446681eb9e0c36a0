import { html, isServer, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ContextConsumer } from '@lit/context';
import type { Plan, ThemeId } from '../../schema/plan.js';
import { PlanElement } from '../shared/plan-element.js';
import { tokens } from '../shared/tokens.js';
import { comparisonContext, SELECT_CLEAR_EVENT, SELECT_EVENT, type PlanThemeSelection } from '../shared/context.js';
import { formatNumber, formatValue, pick } from '../../i18n/index.js';
import { STRINGS, type MatrixStrings } from '../../i18n/plan-track-matrix.js';
import { THEMES, themeById, themeLabel } from '../../data/themes.js';
import { coverageMatrix, type Coverage, type CoverageLevel, type CoverageMatrix } from '../../model/coverage.js';
import { columnSlots, columnWindow, isGridKey, matrixRows, moveInGrid, themeTargets, type ColumnSlot, type ColumnWindow, type MatrixRow } from '../../model/matrix.js';
import { municipalityNames, periodLabel } from '../../model/summary.js';
import { matrixStyles } from './plan-track-matrix.styles.js';
import { matrixWindowStyles } from './plan-track-matrix-window.styles.js';

/** A windowed matrix renders one column beyond each edge of the visible ones and moves its window two columns at a time. */
const WINDOW_STEP = { overscan: 1, chunk: 2 };

/** Themes in the order of the canonical taxonomy (data/themes.json). */
const THEME_ORDER: readonly ThemeId[] = THEMES.map((t) => t.id as ThemeId);

/** A bubbling, composed selection event (documented as `@fires` on the class). */
function selectionEvent(name: string, detail: PlanThemeSelection): CustomEvent<PlanThemeSelection> {
  return new CustomEvent<PlanThemeSelection>(name, { detail, bubbles: true, composed: true });
}

const same = (a: PlanThemeSelection | undefined, b: PlanThemeSelection | undefined): boolean =>
  !!a && !!b && a.planId === b.planId && a.theme === b.theme;

/** The shape that stands for a coverage level (drawn in `currentColor`; the text says the same). */
function levelSymbol(level: CoverageLevel): TemplateResult {
  let shape: SVGTemplateResult;
  switch (level) {
    case 'none':
      shape = svg`<circle cx="8" cy="8" r="5.75" fill="none" stroke="currentColor" stroke-width="1.5"></circle>`;
      break;
    case 'ambition':
      shape = svg`<circle cx="8" cy="8" r="5.75" fill="none" stroke="currentColor" stroke-width="1.5"></circle><path d="M8 2.25a5.75 5.75 0 0 0 0 11.5z" fill="currentColor"></path>`;
      break;
    default:
      shape = svg`<circle cx="8" cy="8" r="6.5" fill="currentColor"></circle>`;
  }
  return html`<svg class="symbol symbol-${level}" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${shape}</svg>`;
}

/** The measurable-target marker: a bullseye. */
function targetSymbol(): TemplateResult {
  return html`<svg class="symbol symbol-target-mark" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"></circle>
    <circle cx="8" cy="8" r="3.25" fill="none" stroke="currentColor" stroke-width="1.5"></circle>
    <circle cx="8" cy="8" r="1.1" fill="currentColor"></circle>
  </svg>`;
}

/**
 * Theme coverage side by side: a table with the canonical themes as rows and the selected plans as
 * columns. Each cell says in text and shape how strongly the plan covers the theme — not covered,
 * only mentioned in aims, the number of initiatives, and a marker for a measurable target — with
 * colour intensity as a third cue. Cells are buttons in one roving tab stop: arrow keys, Home/End
 * and Ctrl+Home/End move, Enter/Space/click selects the (plan, theme) pair and shows its details
 * (the plan's own tracks on the theme, the number of initiatives, the indicators with targets)
 * below the table. Inside a `<plan-comparison>` the selection is the comparison's shared selection.
 *
 * @tag plan-track-matrix
 * @fires plan-select - A cell was selected (click, Enter or Space). Detail: `{ planId: string, theme: ThemeId }`. Bubbles and crosses shadow roots.
 * @fires plan-select-clear - The selection was cleared: the selected cell was activated again, or the clear button was used. Detail: the selection that was cleared, `{ planId: string, theme: ThemeId }`. Bubbles and crosses shadow roots.
 * @csspart legend - The legend explaining the symbols.
 * @csspart scroll - The scrollable region around the table (focusable, labelled).
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
export class PlanTrackMatrix extends PlanElement {
  static override styles = [tokens, matrixStyles, matrixWindowStyles];

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

  /** The rendered plan columns of a windowed matrix (unset: estimated from the window width until measured). */
  @state() private columns?: ColumnWindow;

  /** Local selection (used when there is no comparison context). */
  @state() private selection?: PlanThemeSelection;

  /** The roving tab stop: the cell that Tab lands on. */
  @state() private focusCell?: PlanThemeSelection;

  @state() private announcement = '';

  private readonly comparison = new ContextConsumer(this, { context: comparisonContext, subscribe: true });

  private memo?: { plans: readonly Plan[]; matrix: CoverageMatrix };

  /** What the last render showed, for keyboard navigation and the column window. */
  private shown?: { plans: readonly Plan[]; rows: readonly MatrixRow[]; windowed: boolean };
  private resizeObserver?: ResizeObserver;
  private observedScroll?: Element;
  private scrollWidth_ = 0;
  private measureFrame = 0;
  /** Rendered on the server, or hydrating a server render: every column goes in the HTML until the next update. */
  private prerendered = isServer || (this.shadowRoot?.hasChildNodes() ?? false);

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

  private get s(): MatrixStrings {
    return pick(STRINGS, this.lang_);
  }

  override render(): TemplateResult {
    return this.renderState((plans) => this.renderMatrix(plans));
  }

  /** Coverage of the shown plans, recomputed only when the plans change. */
  private matrixFor(plans: readonly Plan[]): CoverageMatrix {
    const memo = this.memo;
    if (memo && memo.plans.length === plans.length && memo.plans.every((p, i) => p === plans[i])) return memo.matrix;
    const matrix = coverageMatrix(plans, THEME_ORDER);
    this.memo = { plans: [...plans], matrix };
    return matrix;
  }

  private planLabel(plan: Plan): string {
    return `${municipalityNames(plan, this.t.and)} ${periodLabel(plan)}`;
  }

  /** "12 indsatser", "Nævnt i mål/ambition", "Ikke dækket". */
  private levelText(c: Coverage): string {
    const s = this.s;
    if (c.level === 'none' || c.level === 'ambition') return s.levels[c.level];
    return s.initiatives(c.initiatives, formatNumber(c.initiatives, this.lang_));
  }

  /** The cell that holds the tab stop: the last focused cell, else the selection, else the first cell. */
  private tabStop(rows: readonly MatrixRow[], plans: readonly Plan[]): { row: number; col: number } {
    for (const cand of [this.focusCell, this.selected]) {
      if (!cand) continue;
      const row = rows.findIndex((r) => r.theme === cand.theme);
      const col = plans.findIndex((p) => p.id === cand.planId);
      if (row >= 0 && col >= 0) return { row, col };
    }
    return { row: 0, col: 0 };
  }

  private renderMatrix(plans: Plan[]): TemplateResult {
    const s = this.s;
    const lang = this.lang_;
    const matrix = this.matrixFor(plans);
    const rows = matrixRows(matrix, this.hideEmpty);
    const hidden = matrix.themes.length - rows.length;
    const stop = this.tabStop(rows, plans);
    const selected = this.selected;
    // Many plans: render the columns near the visible part, and always the tab stop's column.
    const windowed = !this.prerendered && plans.length > this.windowAbove;
    this.shown = { plans, rows, windowed };
    const slots: ColumnSlot[] = windowed
      ? columnSlots(plans.length, this.columns ?? this.estimatedColumns(plans.length), [stop.col])
      : plans.map((_, index) => ({ type: 'column', index }));
    const slotKey = (slot: ColumnSlot) => (slot.type === 'gap' ? `gap:${slot.before}` : plans[slot.index]!.id);
    const colIndex = (col: number) => (windowed ? col + 2 : nothing);
    const gap = (slot: Extract<ColumnSlot, { type: 'gap' }>) => html`<td class="gap" colspan=${slot.span} aria-hidden="true"></td>`;
    return html`
      ${this.renderLegend()}
      ${rows.length === 0
        ? html`<p class="state" data-state="no-rows" part="state" role="status">${s.noRows}</p>`
        : html`<div class="scroll" part="scroll" role="region" tabindex="0" aria-label=${s.region} @scroll=${windowed ? this.onScroll : nothing}>
            <table
              part="table"
              class=${windowed ? 'windowed' : nothing}
              aria-colcount=${windowed ? plans.length + 1 : nothing}
              @keydown=${this.onKeydown}
              @focusin=${this.onFocusin}
            >
              <caption class="visually-hidden">${s.caption}</caption>
              ${windowed ? html`<colgroup><col class="theme-col" /><col class="plan-col" span=${plans.length} /></colgroup>` : nothing}
              <thead>
                <tr>
                  <th scope="col" part="header" class="corner" aria-colindex=${windowed ? 1 : nothing}>${s.themeColumn}</th>
                  ${repeat(slots, slotKey, (slot) => {
                    if (slot.type === 'gap') return gap(slot);
                    const p = plans[slot.index]!;
                    return html`<th scope="col" part="header" class="plan" data-plan=${p.id} title=${p.title} aria-colindex=${colIndex(slot.index)}>
                      <span class="muni">${municipalityNames(p, this.t.and)}</span>
                      <span class="period">${periodLabel(p)}</span>
                      <span class="visually-hidden" lang=${p.language}>${p.title}</span>
                    </th>`;
                  })}
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (row, r) => html`<tr data-theme=${row.theme}>
                    <th scope="row" part="header" class="theme" aria-colindex=${windowed ? 1 : nothing}>${themeLabel(row.theme, lang)}</th>
                    ${repeat(slots, slotKey, (slot) => {
                      if (slot.type === 'gap') return gap(slot);
                      const col = slot.index;
                      const c = row.cells[col]!;
                      return this.renderCell(c, plans[col]!, r, col, r === stop.row && col === stop.col, same(selected, c), colIndex(col));
                    })}
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`}
      ${hidden > 0 ? html`<p class="note" part="note">${s.hiddenRows(hidden)}</p>` : nothing}
      ${this.renderDetails(matrix, plans)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `;
  }

  private renderLegend(): TemplateResult {
    const s = this.s;
    const levels: CoverageLevel[] = ['none', 'ambition', 'initiatives', 'target'];
    return html`<div class="legend" part="legend">
      <p class="legend-title" id="legend-title">${s.legendTitle}</p>
      <ul aria-labelledby="legend-title">
        ${levels.map(
          (level) => html`<li data-level=${level}>
            <span class="legend-symbols level-${level}">${levelSymbol(level)}${level === 'target' ? targetSymbol() : nothing}</span>
            <span><strong>${level === 'initiatives' ? s.initiatives(2, 'N') : s.levels[level]}</strong>: ${s.legendText[level]}</span>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderCell(c: Coverage, plan: Plan, row: number, col: number, isStop: boolean, isSelected: boolean, colIndex: number | typeof nothing = nothing): TemplateResult {
    const s = this.s;
    const lang = this.lang_;
    return html`<td part="cell" class="cell level-${c.level}" data-plan=${plan.id} data-theme=${c.theme} data-level=${c.level} aria-colindex=${colIndex}>
      <button
        type="button"
        part="cell-button"
        class="cell-button"
        tabindex=${isStop ? 0 : -1}
        aria-pressed=${isSelected ? 'true' : 'false'}
        data-row=${row}
        data-col=${col}
        @click=${() => this.toggle({ planId: plan.id, theme: c.theme })}
      >
        <span class="level">${levelSymbol(c.level)}<span class="level-text">${this.levelText(c)}</span></span>
        ${c.level === 'target'
          ? html`<span class="target-mark">${targetSymbol()}<span>${s.targets(c.targets, formatNumber(c.targets, lang))}</span></span>`
          : nothing}
        <span class="visually-hidden">${s.cellContext(themeLabel(c.theme, lang), this.planLabel(plan))}</span>
      </button>
      ${this.showTracks && c.tracks.length > 0
        ? html`<ul class="tracks" part="tracks" lang=${plan.language} aria-label=${s.tracksIn}>
            ${c.tracks.map((t) => html`<li data-track=${t.id}>${t.label}</li>`)}
          </ul>`
        : nothing}
    </td>`;
  }

  private renderDetails(matrix: CoverageMatrix, plans: readonly Plan[]): TemplateResult | typeof nothing {
    const sel = this.selected;
    if (!sel) return nothing;
    const col = plans.findIndex((p) => p.id === sel.planId);
    const row = matrix.themes.indexOf(sel.theme);
    const plan = plans[col];
    const c = matrix.cells[row]?.[col];
    if (!plan || !c) return nothing;
    const s = this.s;
    const lang = this.lang_;
    const targets = themeTargets(plan, sel.theme);
    const description = themeById(sel.theme)?.description[lang];
    return html`<section class="details" part="details" aria-labelledby="details-title" data-plan=${plan.id} data-theme=${sel.theme}>
      <h2 id="details-title">${s.detailsTitle(this.planLabel(plan), themeLabel(sel.theme, lang))}</h2>
      ${description ? html`<p class="description">${description}</p>` : nothing}
      <dl>
        <dt>${s.detailsLevel}</dt>
        <dd class="detail-level level-${c.level}">
          <span class="legend-symbols">${levelSymbol(c.level)}${c.level === 'target' ? targetSymbol() : nothing}</span>
          <span>${c.level === 'initiatives' || c.level === 'target' ? s.levels[c.level] : this.levelText(c)}</span>
        </dd>
        <dt>${s.detailsTracks}</dt>
        <dd class="detail-tracks">
          ${c.tracks.length
            ? html`<ul lang=${plan.language}>${c.tracks.map((t) => html`<li data-track=${t.id}>${t.label}</li>`)}</ul>`
            : s.detailsNoTracks}
        </dd>
        <dt>${s.detailsInitiatives}</dt>
        <dd class="detail-initiatives">${formatNumber(c.initiatives, lang)}</dd>
        <dt>${s.detailsMentions}</dt>
        <dd class="detail-mentions">${s.detailsMentionsText(c.mentions, formatNumber(c.mentions, lang))}</dd>
        <dt>${s.detailsTargets}</dt>
        <dd class="detail-targets">
          ${targets.length
            ? html`<ul>
                ${targets.map(
                  ({ indicator, targets: values }) => html`<li data-indicator=${indicator.id}>
                    <span lang=${plan.language}>${indicator.label}</span> —
                    ${s.targetList(values.length, values.map((v) => s.targetValue(v.year, formatValue(v.value, indicator.unit, lang))).join(', '))}
                  </li>`,
                )}
              </ul>`
            : s.detailsNoTargets}
        </dd>
      </dl>
      <button type="button" part="button clear" class="clear" @click=${this.onClearClick}>${s.clear}</button>
    </section>`;
  }

  // ── column window (many plans) ──────────────────────────────────────────────────────────────

  /**
   * Before the first measurement: the columns that fit the browser window's width from the start of the
   * table (theme column at least 11.5rem, plan columns 10.5em at the default size), plus one.
   */
  private estimatedColumns(count: number): ColumnWindow {
    const width = isServer ? 1280 : window.innerWidth;
    return columnWindow({ count, scrollX: 0, viewportWidth: width, firstColumnWidth: 184, columnWidth: 160, ...WINDOW_STEP });
  }

  /** The columns in and near the visible part of the scrolling region, from its scroll position and the column widths. */
  private measureColumns = (): void => {
    this.measureFrame = 0;
    const shown = this.shown;
    const scroll = this.renderRoot.querySelector<HTMLElement>('.scroll');
    if (!shown?.windowed || !scroll) return;
    const next = columnWindow({
      count: shown.plans.length,
      scrollX: Math.abs(scroll.scrollLeft),
      viewportWidth: scroll.clientWidth,
      firstColumnWidth: scroll.querySelector<HTMLElement>('th.corner')?.offsetWidth ?? 0,
      columnWidth: scroll.querySelector<HTMLElement>('th.plan')?.offsetWidth || 160,
      ...WINDOW_STEP,
    });
    // Keep what is rendered while it covers the visible columns and is not much wider (no re-render for nothing).
    const cur = this.columns ?? this.estimatedColumns(shown.plans.length);
    const covers = cur.start <= next.start && cur.end >= next.end && cur.end - cur.start <= next.end - next.start + 8;
    if (!covers) this.columns = next;
  };

  /** Scrolling: the layout is clean when scroll events fire, so the new columns render in this frame. */
  private onScroll = (): void => this.measureColumns();

  private scheduleMeasure(): void {
    if (!this.measureFrame) this.measureFrame = requestAnimationFrame(this.measureColumns);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.prerendered) {
      // Hydrated from the server's full table: from now on a wide matrix renders its visible columns.
      this.prerendered = false;
      if ((this.shown?.plans.length ?? 0) > this.windowAbove) this.requestUpdate();
    }
    const scroll = this.shown?.windowed ? this.renderRoot.querySelector('.scroll') : null;
    if (scroll !== (this.observedScroll ?? null)) {
      this.resizeObserver?.disconnect();
      this.observedScroll = scroll ?? undefined;
      this.scrollWidth_ = -1; // the first observation of a new region always measures
      if (scroll) {
        // A new width re-measures in the next frame (changing the table inside the observer callback could resize what it observes).
        this.resizeObserver ??= new ResizeObserver((entries) => {
          const width = entries[entries.length - 1]!.contentRect.width;
          if (width !== this.scrollWidth_) {
            this.scrollWidth_ = width;
            this.scheduleMeasure();
          }
        });
        this.resizeObserver.observe(scroll);
      }
    }
    // New plans or rows: the window may no longer match what is in view.
    if (scroll && (changed.has('data') || changed.has('plans') || changed.has('hideEmpty'))) this.scheduleMeasure();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: observe the scrolling region again (updated() does it).
    if (this.hasUpdated && this.shown?.windowed) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.observedScroll = undefined;
    cancelAnimationFrame(this.measureFrame);
    this.measureFrame = 0;
  }

  private toggle(cell: PlanThemeSelection): void {
    this.focusCell = cell;
    if (same(this.selected, cell)) this.clear();
    else this.select(cell);
  }

  private select(cell: PlanThemeSelection): void {
    const detail = { planId: cell.planId, theme: cell.theme };
    this.selection = detail;
    this.comparison.value?.select({ ...detail });
    const plan = this.memo?.plans.find((p) => p.id === cell.planId);
    this.announcement = plan ? this.s.announceSelect(this.planLabel(plan), themeLabel(cell.theme, this.lang_)) : '';
    this.requestUpdate();
    this.dispatchEvent(selectionEvent(SELECT_EVENT, detail));
  }

  private clear(): void {
    const old = this.selected;
    if (!old) return;
    this.selection = undefined;
    this.comparison.value?.select(undefined);
    this.announcement = this.s.announceClear;
    this.requestUpdate();
    this.dispatchEvent(selectionEvent(SELECT_CLEAR_EVENT, { planId: old.planId, theme: old.theme }));
  }

  private onClearClick = async (): Promise<void> => {
    const old = this.selected;
    this.clear();
    // The clear button disappears with the details: put focus back on the cell that was selected.
    if (old) this.focusCell = old;
    await this.updateComplete;
    this.cellButton(this.focusCell)?.focus();
  };

  private cellButton(cell: PlanThemeSelection | undefined): HTMLButtonElement | null {
    if (!cell || !this.shadowRoot) return null;
    return this.shadowRoot.querySelector<HTMLButtonElement>(
      `td[data-plan="${CSS.escape(cell.planId)}"][data-theme="${CSS.escape(cell.theme)}"] > button`,
    );
  }

  private onFocusin = (e: FocusEvent): void => {
    const td = (e.target as Element).closest?.('td[data-plan]');
    if (!td) return;
    const cell = { planId: td.getAttribute('data-plan')!, theme: td.getAttribute('data-theme') as ThemeId };
    if (!same(this.focusCell, cell)) this.focusCell = cell;
  };

  private onKeydown = async (e: KeyboardEvent): Promise<void> => {
    const button = (e.target as Element).closest?.('button.cell-button');
    const shown = this.shown;
    if (!button || !shown || !isGridKey(e.key) || e.altKey || e.shiftKey) return;
    // Positions are the cells' row and plan indices (a windowed matrix does not render every column).
    const pos = { row: Number(button.getAttribute('data-row')), col: Number(button.getAttribute('data-col')) };
    const dir = getComputedStyle(this).direction === 'rtl' ? 'rtl' : 'ltr';
    const next = moveInGrid(pos, e.key, { rows: shown.rows.length, cols: shown.plans.length }, { ctrl: e.ctrlKey || e.metaKey, dir });
    e.preventDefault();
    const plan = shown.plans[next.col];
    const row = shown.rows[next.row];
    if (!plan || !row) return;
    // The tab stop's column is always rendered: after this update the cell exists, wherever it is.
    this.focusCell = { planId: plan.id, theme: row.theme };
    await this.updateComplete;
    const target = this.cellButton(this.focusCell);
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };
}
