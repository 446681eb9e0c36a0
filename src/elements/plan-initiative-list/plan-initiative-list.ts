import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { ContextConsumer } from '@lit/context';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { Plan, ThemeId } from '../../schema/plan.js';
import { PlanElement } from '../shared/plan-element.js';
import { tokens } from '../shared/tokens.js';
import { comparisonContext, type PlanThemeSelection } from '../shared/context.js';
import { formatNumber, pick } from '../../i18n/index.js';
import { STRINGS, type InitiativeListStrings } from '../../i18n/plan-initiative-list.js';
import { themeLabel } from '../../data/themes.js';
import { FACETS, filterInitiatives, indexInitiatives, type Facet, type FilterResult, type InitiativeFilter, type InitiativeItem } from '../../model/initiatives.js';
import {
  GROUP_BYS,
  facetOptions,
  filterKey,
  flattenGroups,
  groupItems,
  normaliseFilter,
  parseList,
  parseThemes,
  selectedCount,
  type Group,
  type GroupBy,
  type Row,
} from '../../model/initiative-view.js';
import { municipalityNames, periodLabel } from '../../model/summary.js';
import { fold } from '../../model/text.js';
import { citationOf } from '../../model/citation.js';
import { INITIATIVE_COLUMNS, csvOptionsFor, exportEnvelope, initiativeRows, toCsv, toJson } from '../../model/export.js';
import { Announcer, clipboardStyles } from '../shared/clipboard.js';
import { downloadStyles, offerDownload, renderDownloadMenu, textBlob } from '../shared/download.js';
import { initiativeListStyles } from './plan-initiative-list.styles.js';

/** Host width (px) from which the facets stand beside the list instead of in a collapsed "Filtre" panel. */
const WIDE_PX = 720;
/** Narrowest plan column (px, gap included) when grouped by plan side by side; plans that do not fit are stacked. */
const COLUMN_PX = 236;
/** Plan and target-group facets with more values than this show the first few and a "show all" button. */
const COLLAPSE_ABOVE = 12;
const COLLAPSED_SHOWN = 8;

/** Detail of `plan-filter-change`: the filter now applied to the list. */
export type PlanFilterChangeDetail = InitiativeFilter;

const sameText = (a: string, b: string) => fold(a).replace(/[^a-z0-9]+/g, '') === fold(b).replace(/[^a-z0-9]+/g, '');

/**
 * Every initiative of every selected plan in one searchable, filterable list, grouped by theme,
 * by plan (side by side on wide screens) or not at all. Each initiative shows its plan, themes,
 * target groups, status, kind, policy goal, and its source citation (document, section, verbatim quote).
 *
 * Search ignores case and diacritics and folds æ/ø/å ("aeldre" finds "ældre"). Facets (plan, theme,
 * target group, kind, status) show how many initiatives each value would give together with the other
 * choices. A value with 0 stays visible, dimmed, and **stays focusable and checkable**: a disabled
 * checkbox would be skipped by the keyboard and could not be unchecked once selected.
 *
 * Grouped by theme, an initiative with several themes appears under each of them (the list says so);
 * "Viser N af M" counts initiatives, not rows. Long lists (more item rows than `virtualize-above`) are
 * virtualised: only the rows near the viewport are in the DOM, and the page scrolls as usual.
 *
 * Inside a `<plan-comparison>` the (plan, theme) cell chosen in the track matrix filters the list in place
 * of its plan and theme choices, shown as a removable chip ("Valgt i matrix: Randers × Unge ✕").
 * Changing a plan or theme checkbox while a matrix cell is chosen takes the cell over as the list's own
 * plan and theme choice and clears the matrix selection.
 *
 * @tag plan-initiative-list
 * Each citation has a "Kopiér kildehenvisning" / "Copy citation" button (municipality, plan, section and the
 * verbatim quote on one line, see `citationOf` in src/model/citation.ts). The "Hent data" / "Download" menu
 * saves exactly the initiatives shown (search, facets and matrix selection applied) as CSV or JSON.
 *
 * @fires plan-download - Before a file is saved. Detail: `{ format: 'csv' | 'json', filename, blob }`. Cancelable: `preventDefault()` keeps the file from being saved (the page handles the blob).
 * @fires plan-filter-change - The user changed the search, a facet, cleared the filters or removed the matrix selection. Detail: the `InitiativeFilter` now applied, with only its non-empty parts: `{ query?: string; plan?: string[]; theme?: ThemeId[]; targetGroup?: string[]; kind?: string[]; status?: string[] }` (kind `none` = untagged).
 * @csspart search - The search input (`input type="search"`).
 * @csspart count - The live "Viser N af M indsatser" line.
 * @csspart facets - The facet panel (a `details` element): always open beside the list on wide hosts; a collapsed "Filtre" panel above the list on narrow hosts and above side-by-side plan columns.
 * @csspart facet - One facet (a `fieldset` with its `legend`).
 * @csspart list - The result list (the virtualised list, or the side-by-side plan columns).
 * @csspart item - One initiative (an `article`).
 * @csspart citation - The source citation of an initiative (a `details` element), with its copy button.
 * @csspart downloads - The "Hent data" / "Download" menu (a `details` element with one button per format).
 * @csspart chip - The removable matrix-selection chip (a `button`).
 * @csspart state - The loading, error or empty message.
 * @csspart rejected - The list of plan documents that failed validation.
 * @csspart button - Buttons of the loading/error states (retry).
 * @cssprop --plan-color-text - Text colour.
 * @cssprop --plan-color-muted - Secondary text colour (plan line, counts, facet values with 0).
 * @cssprop --plan-color-background - Background.
 * @cssprop --plan-color-surface - Background of the facet panel, chips and quotes.
 * @cssprop --plan-color-border - Borders.
 * @cssprop --plan-color-accent - Accent (quote rule, buttons, checkboxes).
 * @cssprop --plan-color-danger - Error borders.
 * @cssprop --plan-color-focus - Focus ring.
 * @cssprop --plan-radius - Corner radius.
 * @cssprop --plan-space - Base spacing.
 * @cssprop --plan-font-family - Font family.
 * @cssprop --plan-font-size - Base font size.
 * @cssprop --plan-facets-width - Width of the facet column on wide hosts (default `17rem`).
 */
export class PlanInitiativeList extends PlanElement {
  static override styles = [tokens, initiativeListStyles, downloadStyles, clipboardStyles];

  /** Search text. Every word must occur (title, description, policy goal, track, partners, target groups); case, diacritics and æ/ø/å spelling are ignored. */
  @property({ reflect: true }) query = '';

  /**
   * Theme filter: space-separated canonical theme ids (`youth prevention`). Named `themes` because `theme`
   * is every element's light/dark attribute. Unknown ids are ignored.
   */
  @property({ reflect: true }) themes = '';

  /** Status filter: space-separated statuses (`existing planned future-focus completed unknown`). */
  @property({ reflect: true }) status = '';

  /** Kind filter: space-separated kinds (`offer strategy focus approach`, and `none` for untagged initiatives). */
  @property({ reflect: true }) kind = '';

  /** Grouping: `theme` (default; an initiative stands under each of its themes), `plan` (side-by-side columns on wide hosts) or `none`. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: GroupBy = 'theme';

  /** Virtualise the list when it has more item rows than this (only rows near the viewport are rendered). */
  @property({ attribute: 'virtualize-above', type: Number }) virtualizeAbove = 200;

  /** Plan filter (plan ids); set through `filter`. */
  @state() private planFilter: string[] = [];
  /** Target-group filter (labels); set through `filter`. */
  @state() private targetGroupFilter: string[] = [];
  @state() private expanded: ReadonlySet<Facet> = new Set();
  @state() private wide = false;
  /** How many plan columns fit side by side in the host's width. */
  @state() private fit = 0;
  @state() private filtersOpen = false;

  private readonly comparison = new ContextConsumer(this, { context: comparisonContext, subscribe: true });
  /** Live confirmation of copies and downloads. */
  private readonly announcer = new Announcer(this);
  private resizeObserver?: ResizeObserver;
  private resizeFrame = 0;

  // Derived data, recomputed in willUpdate only when its inputs change.
  private memoPlansSource?: readonly Plan[];
  private memoPlansAttr?: string;
  private memoLang?: string;
  private selected: Plan[] = [];
  private index: InitiativeItem[] = [];
  private options: Record<Facet, string[]> = { plan: [], theme: [], targetGroup: [], kind: [], status: [] };
  private planNames = new Map<string, { name: string; period: string; label: string; short: string }>();
  private memoFilterKey?: string;
  private memoFilterIndex?: readonly InitiativeItem[];
  private applied: InitiativeFilter = {};
  private result: FilterResult = filterInitiatives([], {});
  private memoViewKey?: string;
  private memoViewResult?: FilterResult;
  private groups: Group[] = [];
  private rows: Row[] = [];
  private columns = false;
  private virtual = false;
  /** Rendered on the server, or hydrating a server render (declarative shadow root): every row goes in the HTML, unvirtualised, until the view next changes. */
  private prerendered = isServer || (this.shadowRoot?.hasChildNodes() ?? false);
  private grouping: GroupBy = 'theme';

  /**
   * The filter set on this element: `{ query, plan, theme, targetGroup, kind, status }` (see
   * `InitiativeFilter` in src/model/initiatives.ts). Reading gives only the non-empty parts; setting
   * replaces every part (and updates the `query`, `themes`, `kind` and `status` attributes).
   * A matrix selection inside `<plan-comparison>` is applied on top of it (see `appliedFilter`).
   */
  get filter(): InitiativeFilter {
    return normaliseFilter({
      query: this.query,
      plan: this.planFilter,
      theme: parseThemes(this.themes),
      targetGroup: this.targetGroupFilter,
      kind: parseList(this.kind),
      status: parseList(this.status),
    });
  }

  set filter(value: InitiativeFilter) {
    const f = normaliseFilter(value ?? {});
    this.query = f.query ?? '';
    this.planFilter = [...(f.plan ?? [])];
    this.themes = (f.theme ?? []).join(' ');
    this.targetGroupFilter = [...(f.targetGroup ?? [])];
    this.kind = (f.kind ?? []).join(' ');
    this.status = (f.status ?? []).join(' ');
  }

  /** The filter applied to the list (read-only): `filter`, with the matrix selection (if any) in place of its plan and theme parts. */
  get appliedFilter(): InitiativeFilter {
    const sel = this.selection;
    const f = this.filter;
    return sel ? normaliseFilter({ ...f, plan: [sel.planId], theme: [sel.theme] }) : f;
  }

  /** Facets stand beside the list (wide host), except above side-by-side plan columns, which take the full width. */
  private get besideList(): boolean {
    return this.wide && !this.columns;
  }

  private get selection(): PlanThemeSelection | undefined {
    return this.comparison.value?.state.selection;
  }

  private get s(): InitiativeListStrings {
    return pick(STRINGS, this.lang_);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver(() => {
      // Next frame: changing layout inside the observer callback would re-trigger it in the same frame.
      cancelAnimationFrame(this.resizeFrame);
      this.resizeFrame = requestAnimationFrame(() => this.measure());
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.resizeFrame);
  }

  private measure(): void {
    const wide = this.clientWidth >= WIDE_PX;
    const fit = Math.floor((this.clientWidth + 12) / COLUMN_PX);
    if (wide !== this.wide) this.wide = wide;
    if (fit !== this.fit) this.fit = fit;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The host is a block: its width does not depend on its content, so it can be read before the first render.
    // Not on the server, nor when hydrating its narrow layout (hydration keeps the server's attributes): the resize observer measures next.
    if (!this.hasUpdated && !this.prerendered) {
      this.wide = this.clientWidth >= WIDE_PX;
      this.fit = Math.floor((this.clientWidth + 12) / COLUMN_PX);
    }
    // The data controller's own hostUpdate runs after willUpdate; let it see new `data`/`src` first (idempotent).
    this.source.hostUpdate();
    this.derive();
  }

  /** Index, filter and group — each step only when its inputs changed. */
  private derive(): void {
    const st = this.source.state;
    if (st.status !== 'ready') return;
    if (st.plans !== this.memoPlansSource || this.plans !== this.memoPlansAttr) {
      this.memoPlansSource = st.plans;
      this.memoPlansAttr = this.plans;
      this.memoLang = undefined;
      this.selected = this.selectedPlans(st.plans);
      this.index = indexInitiatives(this.selected);
      this.options = facetOptions(this.index, this.selected);
    }
    if (this.lang_ !== this.memoLang) {
      this.memoLang = this.lang_;
      this.planNames = this.namePlans(this.selected);
    }
    this.applied = this.appliedFilter;
    const key = filterKey(this.applied);
    if (key !== this.memoFilterKey || this.index !== this.memoFilterIndex) {
      this.memoFilterKey = key;
      this.memoFilterIndex = this.index;
      this.result = filterInitiatives(this.index, this.applied);
    }
    const groupBy: GroupBy = GROUP_BYS.includes(this.groupBy) ? this.groupBy : 'theme';
    this.grouping = groupBy;
    const viewKey = `${groupBy}|${this.wide}|${this.fit}|${this.virtualizeAbove}`;
    if (viewKey !== this.memoViewKey || this.result !== this.memoViewResult) {
      this.memoViewKey = viewKey;
      this.memoViewResult = this.result;
      this.groups = groupItems(this.result.items, groupBy, this.selected, this.applied);
      this.columns =
        groupBy === 'plan' &&
        this.wide &&
        this.groups.length >= 2 &&
        this.groups.length <= this.fit &&
        this.groups.every((g) => g.items.length <= this.virtualizeAbove);
      this.rows = this.columns ? [] : flattenGroups(this.groups);
      const itemRows = this.groups.reduce((n, g) => n + g.items.length, 0);
      this.virtual = !this.columns && itemRows > this.virtualizeAbove && !this.prerendered;
      this.prerendered = false;
    }
  }

  /** Facet/heading label ("Aabenraa 2021") and the short name for the matrix chip (municipality alone when it is unique). */
  private namePlans(plans: readonly Plan[]): Map<string, { name: string; period: string; label: string; short: string }> {
    const and = this.t.and;
    const names = plans.map((p) => municipalityNames(p, and));
    const counts = new Map<string, number>();
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
    return new Map(
      plans.map((p, i) => {
        const name = names[i]!;
        const period = periodLabel(p);
        const label = `${name} ${period}`;
        return [p.id, { name, period, label, short: counts.get(name) === 1 ? name : label }];
      }),
    );
  }

  private planLabel(id: string): string {
    return this.planNames.get(id)?.label ?? id;
  }

  /** "Ishøj og Vallensbæk 2014–2018" with the period kept on one line. */
  private renderPlanLabel(id: string): TemplateResult | string {
    const n = this.planNames.get(id);
    return n ? html`${n.name} <span class="nowrap">${n.period}</span>` : id;
  }

  private valueLabel(facet: Facet, value: string): TemplateResult | string {
    const s = this.s;
    switch (facet) {
      case 'plan':
        return this.renderPlanLabel(value);
      case 'theme':
        return themeLabel(value as ThemeId, this.lang_);
      case 'kind':
        return s.kinds[value as keyof InitiativeListStrings['kinds']] ?? value;
      case 'status':
        return s.statuses[value as keyof InitiativeListStrings['statuses']] ?? value;
      default:
        return value;
    }
  }

  // ---- user actions -------------------------------------------------------------------------

  private emitChange(): void {
    this.dispatchEvent(
      new CustomEvent<PlanFilterChangeDetail>('plan-filter-change', { detail: this.appliedFilter, bubbles: true, composed: true }),
    );
  }

  private onSearch = (e: Event): void => {
    this.query = (e.target as HTMLInputElement).value;
    this.emitChange();
  };

  private onGroupBy = (e: Event): void => {
    this.groupBy = (e.target as HTMLSelectElement).value as GroupBy;
  };

  private toggleValue(facet: Facet, value: string, on: boolean): void {
    const sel = this.selection;
    if (sel && (facet === 'plan' || facet === 'theme')) {
      // Build on the matrix cell: it becomes this list's own plan and theme choice.
      this.planFilter = [sel.planId];
      this.themes = sel.theme;
      this.comparison.value?.select(undefined);
    }
    const current = (this.filter[facet] ?? []) as readonly string[];
    const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
    if (facet === 'plan') this.planFilter = next;
    else if (facet === 'theme') this.themes = next.join(' ');
    else if (facet === 'targetGroup') this.targetGroupFilter = next;
    else if (facet === 'kind') this.kind = next.join(' ');
    else this.status = next.join(' ');
    this.emitChange();
  }

  private onReset = (): void => {
    this.filter = {};
    if (this.selection) this.comparison.value?.select(undefined);
    this.emitChange();
  };

  private onRemoveSelection = (): void => {
    this.comparison.value?.select(undefined);
    this.emitChange();
  };

  private onFiltersToggle = (e: Event): void => {
    if (!this.besideList) this.filtersOpen = (e.target as HTMLDetailsElement).open;
  };

  private onDownload = (format: 'csv' | 'json' | 'svg' | 'png'): void => {
    if (format !== 'csv' && format !== 'json') return;
    const s = this.s;
    const lang = this.lang_;
    const items = this.result.items;
    const rows = initiativeRows(items, lang);
    const text =
      format === 'csv'
        ? toCsv(rows, INITIATIVE_COLUMNS, csvOptionsFor(lang))
        : toJson(exportEnvelope({ kind: 'initiatives', lang, filter: this.applied, plans: this.selected, columns: INITIATIVE_COLUMNS, rows, now: new Date() }));
    const filename = `${s.fileBase}.${format}`;
    offerDownload(this, { format, filename, blob: textBlob(text, format) });
    void this.announcer.say(s.downloaded(filename, rows.length));
  };

  private onCopy(item: InitiativeItem): void {
    const s = this.s;
    void this.announcer.copy(citationOf(item.plan, item.initiative.provenance, this.lang_), item.key, this.renderRoot as ShadowRoot, { ok: s.copied, failed: s.copyFailed });
  }

  private toggleExpanded(facet: Facet): void {
    const next = new Set(this.expanded);
    if (!next.delete(facet)) next.add(facet);
    this.expanded = next;
  }

  // ---- rendering ----------------------------------------------------------------------------

  override render(): TemplateResult {
    return this.renderState(() => this.renderReady());
  }

  private renderReady(): TemplateResult {
    const s = this.s;
    const lang = this.lang_;
    const shown = this.result.items.length;
    const total = this.index.length;
    const nSelected = selectedCount(this.applied);
    return html`<div class="toolbar">
        <div class="field search-field">
          <label for="search">${s.searchLabel}</label>
          <input
            id="search"
            type="search"
            part="search"
            autocomplete="off"
            spellcheck="false"
            .value=${live(this.query)}
            @input=${this.onSearch}
          />
        </div>
        <div class="field group-field">
          <label for="group-by">${s.groupBy}</label>
          <select id="group-by" @change=${this.onGroupBy}>
            ${GROUP_BYS.map((g) => html`<option value=${g} ?selected=${g === this.grouping}>${s.groupByOptions[g]}</option>`)}
          </select>
        </div>
      </div>
      <p class="count" part="count" role="status">${s.showing(formatNumber(shown, lang), formatNumber(total, lang), total)}</p>
      <p class="visually-hidden" role="status">${this.announcer.message}</p>
      ${this.renderSelectionChip()}
      ${this.grouping === 'theme' ? html`<p class="note">${s.groupByThemeNote}</p>` : nothing}
      <div class="layout ${this.besideList ? 'wide' : 'narrow'}">
        <details class="filters" part="facets" ?open=${this.besideList || this.filtersOpen} @toggle=${this.onFiltersToggle}>
          <summary>${s.filters}${nSelected ? html` <span class="badge">(${s.filtersActive(nSelected)})</span>` : nothing}</summary>
          <div class="facets-body">
            ${FACETS.map((f) => this.renderFacet(f))}
            <button type="button" class="reset" @click=${this.onReset}>${s.clearFilters}</button>
          </div>
        </details>
        <div class="results">
          ${shown > 0
            ? html`<div class="results-bar">
                ${renderDownloadMenu(
                  s.download,
                  (['csv', 'json'] as const).map((f) => ({ format: f, ...s.downloadItem(f) })),
                  this.onDownload,
                )}
              </div>`
            : nothing}
          ${this.renderResults()}
        </div>
      </div>`;
  }

  private renderSelectionChip(): TemplateResult | typeof nothing {
    const sel = this.selection;
    if (!sel) return nothing;
    const s = this.s;
    const plan = this.planNames.get(sel.planId)?.short ?? sel.planId;
    return html`<p class="active">
      <button type="button" class="chip" part="chip" @click=${this.onRemoveSelection}>
        ${s.selectionChip(plan, themeLabel(sel.theme, this.lang_))}
        <span aria-hidden="true">✕</span><span class="visually-hidden">(${s.removeSelection})</span>
      </button>
    </p>`;
  }

  private renderFacet(facet: Facet): TemplateResult | typeof nothing {
    const s = this.s;
    const lang = this.lang_;
    const counts = this.result.counts[facet];
    const selected = new Set((this.applied[facet] ?? []) as readonly string[]);
    const known = this.options[facet];
    const values = [...known, ...[...selected].filter((v) => !known.includes(v))];
    if (values.length < 2 && selected.size === 0) return nothing;
    const collapsible = facet !== 'theme' && values.length > COLLAPSE_ABOVE;
    const expanded = this.expanded.has(facet);
    const shown = collapsible && !expanded ? values.filter((v, i) => i < COLLAPSED_SHOWN || selected.has(v)) : values;
    return html`<fieldset part="facet" data-facet=${facet}>
      <legend>${s.facetLegends[facet]}</legend>
      <ul role="list">
        ${shown.map((value) => {
          const n = counts.get(value) ?? 0;
          return html`<li>
            <label class=${n === 0 ? 'zero' : ''}>
              <input
                type="checkbox"
                data-value=${value}
                .checked=${live(selected.has(value))}
                @change=${(e: Event) => this.toggleValue(facet, value, (e.target as HTMLInputElement).checked)}
              />
              <span class="value">${this.valueLabel(facet, value)}</span>
              <span class="n">${formatNumber(n, lang)}</span>
            </label>
          </li>`;
        })}
      </ul>
      ${collapsible
        ? html`<button type="button" class="more" aria-expanded=${expanded ? 'true' : 'false'} @click=${() => this.toggleExpanded(facet)}>
            ${expanded ? s.showFewer : s.showAll(formatNumber(values.length, lang))}
          </button>`
        : nothing}
    </fieldset>`;
  }

  private renderResults(): TemplateResult {
    const s = this.s;
    if (this.result.items.length === 0) {
      return html`<div class="no-results" part="list">
        <p>${s.noResults}</p>
        <button type="button" class="reset" @click=${this.onReset}>${s.clearFilters}</button>
      </div>`;
    }
    if (this.columns) {
      return html`<div class="columns" part="list" data-columns=${this.groups.length}>
        ${this.groups.map(
          (g) => html`<section class="column" data-group=${g.key}>
            ${this.renderHeading(g.key, g.items.length)}
            ${g.items.length ? this.renderItemList(g.items) : html`<p class="none">${s.noneInGroup}</p>`}
          </section>`,
        )}
      </div>`;
    }
    if (this.virtual) {
      return html`<div class="list virtual" part="list">${virtualize({
        items: this.rows,
        keyFunction: (r: Row) => r.key,
        renderItem: this.renderRow,
      })}</div>`;
    }
    return html`<div class="list" part="list">
      ${this.groups.map((g) =>
        g.key === ''
          ? this.renderItemList(g.items)
          : html`<section class="group" data-group=${g.key}>
              ${this.renderHeading(g.key, g.items.length)}
              ${g.items.length ? this.renderItemList(g.items) : html`<p class="none">${s.noneInGroup}</p>`}
            </section>`,
      )}
    </div>`;
  }

  private renderItemList(items: readonly InitiativeItem[]): TemplateResult {
    return html`<ul class="items" role="list">
      ${repeat(items, (i) => i.key, (i) => html`<li>${this.renderItem(i)}</li>`)}
    </ul>`;
  }

  private renderRow = (row: Row): TemplateResult => {
    if (row.type === 'heading') return html`<div class="row">${this.renderHeading(row.group, row.count)}</div>`;
    if (row.type === 'empty') return html`<div class="row"><p class="none">${this.s.noneInGroup}</p></div>`;
    return html`<div class="row">${this.renderItem(row.item)}</div>`;
  };

  private renderHeading(group: string, count: number): TemplateResult {
    const label = this.grouping === 'plan' ? this.renderPlanLabel(group) : themeLabel(group as ThemeId, this.lang_);
    return html`<h2 class="group-heading" data-group=${group}>
      <span>${label}</span> <span class="n">${this.s.groupCount(count, formatNumber(count, this.lang_))}</span>
    </h2>`;
  }

  private renderItem(item: InitiativeItem): TemplateResult {
    const s = this.s;
    const lang = this.lang_;
    const ini = item.initiative;
    const content = item.plan.language;
    const groups = item.targetGroups.map((g) => g.label);
    // Ages only when no target group names them already ("Børn og unge 0-17 år").
    const ages = ini.ages && (ini.ages.min !== undefined || ini.ages.max !== undefined) ? s.ages(ini.ages.min, ini.ages.max) : '';
    return html`<article part="item" class="item" data-key=${item.key}>
      <h3 class="title" lang=${content}>${ini.title}</h3>
      <p class="plan">${this.planLabel(item.plan.id)}</p>
      ${ini.description && !sameText(ini.description, ini.title) ? html`<p class="desc" lang=${content}>${ini.description}</p>` : nothing}
      <dl class="meta">
        <div><dt>${s.status}</dt><dd>${s.statuses[ini.status]}</dd></div>
        ${ini.kind ? html`<div><dt>${s.kind}</dt><dd>${s.kinds[ini.kind]}</dd></div>` : nothing}
        ${groups.length
          ? html`<div><dt>${s.targetGroups}</dt><dd lang=${content}>${groups.join(' · ')}</dd></div>`
          : ages
            ? html`<div><dt>${s.targetGroups}</dt><dd>${ages}</dd></div>`
            : nothing}
      </dl>
      ${ini.policyGoal
        ? html`<details class="goal">
            <summary>${s.policyGoal}<span class="visually-hidden">: ${ini.title}</span></summary>
            <p lang=${content}>${ini.policyGoal.text}</p>
          </details>`
        : nothing}
      <ul class="chips" role="list" aria-label=${s.themes}>
        ${ini.themes.map((th) => html`<li>${themeLabel(th, lang)}</li>`)}
      </ul>
      <details class="citation" part="citation">
        <summary>${s.source}<span class="visually-hidden">: ${ini.title}</span></summary>
        <dl class="source">
          <div><dt>${s.document}</dt><dd lang=${content}>${item.plan.source.title}</dd></div>
          <div><dt>${s.section}</dt><dd lang=${content}>${ini.provenance.section}</dd></div>
        </dl>
        <blockquote lang=${content}>${ini.provenance.quote}</blockquote>
        <p class="cite-line"><span class="cite-label">${s.citation}:</span> <span class="cite-text" lang=${content}>${citationOf(item.plan, ini.provenance, lang)}</span></p>
        <p class="cite-actions">
          <button type="button" class="copy" data-copy=${item.key} @click=${() => this.onCopy(item)}>
            ${s.copyCitation}<span class="visually-hidden">: ${ini.title}</span>
          </button>
          ${this.announcer.key === item.key ? html`<span class="copied" aria-hidden="true">${this.announcer.ok ? `✓ ${s.copied}` : s.copyFailed}</span>` : nothing}
        </p>
      </details>
    </article>`;
  }
}
