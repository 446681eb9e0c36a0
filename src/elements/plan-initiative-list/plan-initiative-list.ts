import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ContextConsumer } from '@lit/context';
import { STRINGS, type InitiativeListStrings } from '../../i18n/plan-initiative-list.js';
import { themeLabel } from '../../data/themes.js';
import { WITH_CAVEAT, type Facet, type InitiativeFilter, type InitiativeItem } from '../../model/initiatives.js';
import { normaliseFilter, parseList, parseThemes, type GroupBy, type Row } from '../../model/initiative-view.js';
import { PlanElement } from '../shared/plan-element.js';
import { tokens } from '../shared/tokens.js';
import { comparisonContext, type PlanThemeSelection } from '../shared/context.js';
import { FILTER_CHANGE_EVENT, type DownloadFormat } from '../shared/events.js';
import { Announcer } from '../shared/clipboard.js';
import { citationCopyStyles, renderCopyButton, type CopyButton } from '../shared/citation-copy.js';
import { downloadMenuStyles, downloadMessage, renderDownloadMenu } from '../shared/download-menu.js';
import { SizeController } from '../shared/size-controller.js';
import { initiativeListStyles } from './plan-initiative-list.styles.js';
import { filtersView } from './facet.js';
import { caveatStyles } from '../shared/caveat.js';
import { initiativesFile } from './initiatives-file.js';
import { itemView } from './item.js';
import { Folds } from './folds.js';
import { ListView } from './list-view.js';
import { countView, headingView, noInitiativesView, resultsView } from './results.js';
import { selectionChipView, toolbarView } from './toolbar.js';

/** Host width (px) from which the facets stand beside the list instead of in a collapsed "Filtre" panel. */
const WIDE_PX = 720;
/** Narrowest plan column (px, gap included) when grouped by plan side by side; plans that do not fit are stacked. */
const COLUMN_PX = 236;

export type { PlanFilterChangeDetail } from '../shared/events.js';

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
 * "Viser N af M" counts initiatives, not rows. Every row is in the DOM (find-in-page, the accessibility tree,
 * print); very long lists (more item rows than `virtualize-above`, 2 000) are virtualised: only the rows near
 * the viewport are then in the DOM, and the page scrolls as usual.
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
 * @fires {CustomEvent} plan-filter-change - The user changed the search, a facet, cleared the filters or removed the matrix selection. Detail: the `InitiativeFilter` now applied, with only its non-empty parts: `{ query?: string; plan?: string[]; theme?: ThemeId[]; targetGroup?: string[]; kind?: string[]; status?: string[]; caveat?: ["with"] }` (kind `none` = untagged; `caveat` = the "with a caveat" switch).
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
 * @csspart caveat - A source caveat marker ("Forbehold") with its text, in an initiative.
 * @csspart caveat-filter - The "Med forbehold" / "With a caveat" switch (a checkbox) in the toolbar.
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
export class PlanInitiativeList extends PlanElement<InitiativeListStrings> {
  static override styles = [tokens, initiativeListStyles, downloadMenuStyles, citationCopyStyles, caveatStyles];
  protected override readonly strings = STRINGS;

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

  /** Only initiatives with a source caveat ("Med forbehold" / "With a caveat"); combines with the other filters. */
  @property({ attribute: 'with-caveat', type: Boolean, reflect: true }) withCaveat = false;

  /** Grouping: `theme` (default; an initiative stands under each of its themes), `plan` (side-by-side columns on wide hosts) or `none`. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: GroupBy = 'theme';

  /** Virtualise the list above this many item rows (only rows near the viewport in the DOM); below it every row is there. */
  @property({ attribute: 'virtualize-above', type: Number }) virtualizeAbove = 2000;

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
  /** The host's width: facets beside the list or folded above it, and how many plan columns fit. */
  private readonly size = new SizeController(this, { onResize: () => this.measure() });

  /** What the list shows, derived in willUpdate (a prerendered list puts every row in the HTML until its view next changes). */
  private readonly view = new ListView();
  /** The items' folded parts whose content is in the DOM (opened, or all when printing). */
  private readonly folds = new Folds(this, this.prerendered);

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
      caveat: this.withCaveat ? [WITH_CAVEAT] : [],
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
    this.withCaveat = !!f.caveat?.includes(WITH_CAVEAT);
  }

  /** The filter applied to the list (read-only): `filter`, with the matrix selection (if any) in place of its plan and theme parts. */
  get appliedFilter(): InitiativeFilter {
    const sel = this.selection;
    const f = this.filter;
    return sel ? normaliseFilter({ ...f, plan: [sel.planId], theme: [sel.theme] }) : f;
  }

  /** Facets stand beside the list (wide host), except above side-by-side plan columns, which take the full width. */
  private get besideList(): boolean {
    return this.wide && !this.view.columns;
  }

  private get selection(): PlanThemeSelection | undefined {
    return this.comparison.value?.state.selection;
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
    const made = this.view.update({
      loaded: st.plans,
      plansAttr: this.plans,
      select: (all) => this.selectedPlans(all),
      lang: this.lang_,
      applied: this.appliedFilter,
      groupBy: this.groupBy,
      wide: this.wide,
      fit: this.fit,
      virtualizeAbove: this.virtualizeAbove,
      prerendered: this.prerendered,
    });
    if (made) this.prerendered = false;
  }

  // ---- user actions -------------------------------------------------------------------------

  private emitChange(): void {
    this.emit(FILTER_CHANGE_EVENT, this.appliedFilter);
  }

  private onSearch = (e: Event): void => {
    this.query = (e.target as HTMLInputElement).value;
    this.emitChange();
  };

  private onCaveat = (e: Event): void =>
    this.toggleValue('caveat', WITH_CAVEAT, (e.target as HTMLInputElement).checked);

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
    else if (facet === 'caveat') this.withCaveat = next.includes(WITH_CAVEAT);
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

  private onDownload = (format: DownloadFormat): void => {
    if (format !== 'csv' && format !== 'json') return;
    const s = this.s;
    const filename = `${s.fileBase}.${format}`;
    const v = this.view;
    const { blob, rows } = initiativesFile(format, v.shown, v.applied, v.selected, this.lang_);
    this.offerDownload({ format, filename, blob });
    void this.announcer.say(`${downloadMessage(this.lang_, filename)} (${s.groupCount(rows, String(rows))})`);
  };

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
    // Distinct measures: a measure printed twice in its plan is one item (both places cited on it).
    const shown = this.view.shown.length;
    const total = this.view.total;
    if (total === 0 && this.view.selected.length > 0) return noInitiativesView(this.view.selected, s);
    const sel = this.selection;
    return html`${toolbarView({
        query: this.query,
        grouping: this.view.grouping,
        s,
        lang,
        onSearch: this.onSearch,
        onGroupBy: this.onGroupBy,
        withCaveat: this.withCaveat,
        caveatCount: this.view.result.counts.caveat.get(WITH_CAVEAT) ?? 0,
        onCaveat: this.onCaveat,
      })}
      ${countView(this.view.shown, total, s, lang)}
      <p class="visually-hidden" role="status">${this.announcer.message}</p>
      ${selectionChipView(
        sel && (this.view.names.get(sel.planId)?.short ?? sel.planId),
        sel ? themeLabel(sel.theme, lang) : '',
        s,
        this.onRemoveSelection,
      )}
      ${this.view.grouping === 'theme' ? html`<p class="note">${s.groupByThemeNote}</p>` : nothing}
      <div class="layout ${this.besideList ? 'wide' : 'narrow'}">
        ${filtersView({
          view: this.view,
          expanded: this.expanded,
          open: this.besideList || this.filtersOpen,
          s,
          lang,
          onToggle: (facet, value, on) => this.toggleValue(facet, value, on),
          onExpand: (facet) => this.toggleExpanded(facet),
          onOpen: this.onFiltersToggle,
          onReset: this.onReset,
        })}
        <div class="results">
          ${
            shown > 0
              ? html`<div class="results-bar">
                  ${renderDownloadMenu(lang, ['csv', 'json'], () => s.downloadWhat, this.onDownload)}
                </div>`
              : nothing
          }
          ${resultsView({
            empty: shown === 0,
            groups: this.view.groups,
            rows: this.view.rows,
            columns: this.view.columns,
            virtual: this.view.virtual,
            s,
            heading: this.renderHeading,
            item: this.renderItem,
            row: this.renderRow,
            onReset: this.onReset,
          })}
        </div>
      </div>`;
  }

  private renderRow = (row: Row): TemplateResult => {
    if (row.type === 'heading') return html`<div class="row">${this.renderHeading(row.group, row.count)}</div>`;
    if (row.type === 'empty') return html`<div class="row"><p class="none">${this.s.noneInGroup}</p></div>`;
    return html`<div class="row">${this.renderItem(row.item)}</div>`;
  };

  private renderHeading = (group: string, count: number): TemplateResult =>
    headingView(group, count, this.view.grouping, this.view.names, this.s, this.lang_, this.level());

  /** An initiative, its title a level below its group's; drawn again only when what it shows changed (a search re-lists hundreds). */
  private renderItem = (item: InitiativeItem): unknown => {
    const level = this.level(this.view.grouping === 'none' ? 0 : 1);
    const goal = this.folds.shown(`${item.key}:goal`);
    const citation = this.folds.shown(`${item.key}:citation`);
    // The copy confirmation of the item's citation, or of another printing's cited on it (its key too).
    const mine = [item.key, ...(item.also ?? []).map((a) => a.key)];
    const copied =
      this.announcer.key && mine.includes(this.announcer.key)
        ? `${this.announcer.key}:${this.announcer.ok}`
        : undefined;
    const label = this.view.names.get(item.plan.id)?.label ?? item.plan.id;
    return guard([item, this.lang_, label, level, goal, citation, copied], () =>
      itemView(item, this.s, this.lang_, label, level, { goal, citation, onOpen: this.folds.onOpen }, this.copyButton),
    );
  };

  private copyButton = (button: CopyButton): TemplateResult =>
    renderCopyButton(this.announcer, this.lang_, this.renderRoot as ShadowRoot, button);
}
