import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { Plan } from '../../schema/plan.js';
import { PlanElement } from '../shared/plan-element.js';
import { tokens } from '../shared/tokens.js';
import { comparisonContext, type ComparisonContextValue, type PlanThemeSelection } from '../shared/context.js';
import { SELECTION_CHANGE_EVENT } from '../shared/events.js';
import { STRINGS, type ComparisonStrings } from '../../i18n/plan-comparison.js';
import { themeLabel } from '../../data/themes.js';
import {
  cdnScriptUrl,
  dataFileName,
  embedSnippet,
  plansFileText,
  readShareState,
  writeShareState,
  type ShareState,
} from '../../model/share.js';
import { VERSION } from '../../version.js';
import { Announcer, clipboardStyles } from '../shared/clipboard.js';
import type { PlanInitiativeList } from '../plan-initiative-list/plan-initiative-list.js';
import { comparisonStyles } from './plan-comparison.styles.js';
import { OVERVIEW, sectionsView, shownSections, type SectionKey } from './sections.js';
import { SectionScheduler } from './section-scheduler.js';
import { SectionInView } from './section-in-view.js';
import { SectionHydration } from './section-hydration.js';
import { sharePanel } from './share-panel.js';
import { pickerView } from './picker.js';
import { planLabel } from '../../model/summary.js';

export type { PlanSelectionChange } from '../shared/events.js';

/**
 * The whole comparison for any number of plans: a plan picker, the plan summaries side by side,
 * the track matrix, one theme across the plans (a matrix cell opens it, its plan's column marked), the
 * target chart, the figures the plans report, the initiative list, what differs, and — when two selected
 * plans belong to one municipality — how the plan evolved. The elements share one state (the
 * matrix selection filters the initiative list) through @lit/context. Data is loaded and
 * validated once here and handed down.
 *
 * @tag plan-comparison
 * @fires {CustomEvent} plan-selection-change - The chosen plans changed in the picker. Detail: `{ plans: string[] }` (plan ids in display order).
 * @fires plan-select - Re-fired from the track matrix: a (plan, theme) cell was chosen. Detail: `{ planId, theme }`.
 * @csspart picker - The plan picker (a fieldset).
 * @csspart nav - The in-page contents links.
 * @csspart section - Each section (summaries, matrix, themes, targets, figures, initiatives, differences, evolution).
 * @csspart state - The loading, error or empty message.
 * @csspart button - Buttons.
 * @cssprop --plan-color-text - Text colour.
 * @cssprop --plan-color-muted - Secondary text colour.
 * @cssprop --plan-color-background - Background.
 * @cssprop --plan-color-border - Borders.
 * @cssprop --plan-color-accent - Accent (section rules, links, checkboxes).
 * @cssprop --plan-space - Base spacing.
 */
export class PlanComparison extends PlanElement<ComparisonStrings> {
  static override styles = [tokens, clipboardStyles, comparisonStyles];
  protected override readonly strings = STRINGS;

  /**
   * Keep the view in the page URL (opt-in, so a host's URL is never touched unasked): chosen plans
   * (`pc-plans`), theme filter (`pc-themes`), search (`pc-q`), "with a caveat" (`pc-caveat`), matrix cell
   * (`pc-cell`) and the section in view (`pc-view`: the section followed from the contents or scrolled to).
   * Opening such a URL restores the view. Other URL parameters are left alone.
   */
  @property({ type: Boolean, reflect: true }) permalink = false;

  /** Theme filter of the initiative list: space-separated canonical theme ids. */
  @property({ reflect: true }) themes = '';

  /** Search text of the initiative list. */
  @property({ reflect: true }) query = '';

  /** The initiative list shows only initiatives with a source caveat. */
  @property({ attribute: 'with-caveat', type: Boolean, reflect: true }) withCaveat = false;

  /** The section to show first (`summaries`, `matrix`, `themes`, `targets`, `figures`, `initiatives`, `differences`, `evolution`); scrolled into view once loaded. */
  @property({ reflect: true }) view = '';

  /**
   * `report`: every section renders at once, as one long report. Unset: the overview (summaries and matrix)
   * renders first and each other section when scrolled near, when a link targets it, before printing, or a
   * moment after load (one section per task), with its heading and space in place meanwhile.
   */
  @property({ reflect: true }) layout: '' | 'report' = '';

  /** Script URL used in the embed code. Default: this version's file on the jsDelivr CDN. */
  @property({ attribute: 'embed-src' }) embedSrc = '';

  /**
   * For plans given through `data`: the file name the embed code names in `src` (the file the editor
   * uploads beside the page; the share panel offers it for download). Default: `<id>.json` for one
   * chosen plan, else `plans.json`.
   */
  @property({ attribute: 'embed-data-file' }) embedDataFile = '';

  /** Says whether the link or the code was copied. */
  private readonly announcer = new Announcer(this);
  /** Says which theme the theme view shows after a matrix cell is chosen. */
  private readonly themeAnnouncer = new Announcer(this);
  private pendingView = '';
  private readonly scheduler = new SectionScheduler<SectionKey>(this, OVERVIEW, () => this.renderRoot);
  /** Loads the sections' elements: all at once, or (prerendered) each when its section comes near. */
  private readonly hydration = new SectionHydration(this, () => this.renderRoot, this.prerendered);
  /** Permalink mode: the section scrolled to becomes `view` (`pc-view`). */
  private readonly inView = new SectionInView(
    this,
    () => this.renderRoot,
    () => this.permalink,
    (key) => {
      if (this.pendingView || key === this.view) return;
      this.view = key;
      this.syncUrl();
    },
  );

  private readonly provider = new ContextProvider(this, {
    context: comparisonContext,
    initialValue: this.contextValue(undefined),
  });

  private contextValue(selection: PlanThemeSelection | undefined): ComparisonContextValue {
    return {
      state: { selection },
      select: (next) => {
        this.provider.setValue(this.contextValue(next));
        this.syncUrl();
        // The theme view follows the cell (rendered with the next update); focus stays in the matrix.
        this.requestUpdate();
        if (next) this.announceTheme(next);
      },
    };
  }

  /** Say politely that the theme view now shows the chosen cell's theme with its plan marked. */
  private announceTheme(cell: PlanThemeSelection): void {
    const state = this.source.state;
    const plan = state.status === 'ready' ? state.plans.find((p) => p.id === cell.planId) : undefined;
    const lang = this.lang_;
    void this.themeAnnouncer.say(
      this.s.themeOpened(themeLabel(cell.theme, lang), plan ? planLabel(plan, lang) : cell.planId),
    );
  }

  /** Ids chosen in the picker; empty `plans` means every loaded plan. */
  private chosenIds(all: readonly Plan[]): string[] {
    return this.selectedPlans(all).map((p) => p.id);
  }

  /** Set the chosen ids (in display order). An empty choice is kept as the sentinel " " so that "none" ≠ "all". */
  private setChosen(order: string[], all: readonly Plan[]): void {
    const loaded = all.map((p) => p.id);
    const sameAsLoaded = order.length === loaded.length && order.every((id, i) => id === loaded[i]);
    this.plans = sameAsLoaded ? '' : order.length ? order.join(' ') : ' ';
    this.provider.setValue(this.contextValue(undefined));
    this.syncUrl();
    this.emit(SELECTION_CHANGE_EVENT, { plans: order });
  }

  protected override selectedPlans(all: readonly Plan[]): Plan[] {
    return this.plans === ' ' ? [] : super.selectedPlans(all);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.permalink) {
      this.restoreFromUrl();
      window.addEventListener('popstate', this.onPopState);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  private onPopState = (): void => this.restoreFromUrl();

  /** Apply the state in the page URL (permalink mode). */
  private restoreFromUrl(): void {
    const st = readShareState(window.location.search);
    if (st.plans) this.plans = st.plans.length ? st.plans.join(' ') : ' ';
    this.themes = (st.themes ?? []).join(' ');
    this.query = st.query ?? '';
    this.withCaveat = !!st.caveat;
    this.view = st.view ?? '';
    this.pendingView = this.view;
    this.provider.setValue(this.contextValue(st.cell as PlanThemeSelection | undefined));
  }

  /** The view as a share state: what a link or an embed snippet carries. */
  shareState(): ShareState {
    const plans = this.plans === ' ' ? [] : this.plans.split(/\s+/).filter(Boolean);
    const cell = this.provider.value.state.selection;
    return {
      plans: this.plans === '' ? undefined : plans,
      themes: this.themes.split(/\s+/).filter(Boolean),
      query: this.query,
      caveat: this.withCaveat || undefined,
      cell: cell ? { planId: cell.planId, theme: cell.theme } : undefined,
      view: this.view || undefined,
    };
  }

  /**
   * The file the embed code names when the plans were given through `data` (they are in no file the
   * page could load): `embed-data-file`, else `<id>.json` for one chosen plan, else `plans.json`.
   * Undefined when the plans come from `src` or the bundled set.
   */
  dataFile(): string | undefined {
    if (this.data === undefined || this.data === null) return undefined;
    const state = this.source.state;
    return this.embedDataFile || dataFileName(this.chosenIds(state.status === 'ready' ? state.plans : []));
  }

  /** Offer the file the embed code names: the chosen plans as a collection. */
  private downloadData(): void {
    const filename = this.dataFile();
    const state = this.source.state;
    if (!filename || state.status !== 'ready') return;
    const text = plansFileText(this.selectedPlans(state.plans));
    this.offerDownload({ format: 'json', filename, blob: new Blob([text], { type: 'application/json' }) });
  }

  /** The embed code (one script tag + this element) for the current view. */
  embedCode(): string {
    const file = this.dataFile();
    const src = file ?? (this.src ? new URL(this.src, document.baseURI).href : undefined);
    return embedSnippet(this.shareState(), {
      scriptSrc: this.embedSrc || cdnScriptUrl(VERSION),
      lang: this.lang_,
      colorTheme: this.theme,
      src,
    });
  }

  /** The link to this view: the page URL with the view's parameters. */
  shareUrl(): string {
    return writeShareState(window.location.href, this.shareState()).href;
  }

  private syncUrl(): void {
    if (!this.permalink) return;
    const next = this.shareUrl();
    if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
  }

  private onFilterChange = (e: Event): void => {
    const list = e.currentTarget as PlanInitiativeList;
    const own = list.filter;
    this.query = own.query ?? '';
    this.themes = (own.theme ?? []).join(' ');
    this.withCaveat = !!own.caveat?.length;
    this.syncUrl();
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.scheduler.report = this.layout === 'report';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.pendingView && this.source.state.status === 'ready') {
      const key = this.pendingView as SectionKey;
      this.pendingView = '';
      void this.scheduler.upTo(key).then(() => {
        this.renderRoot.querySelector<HTMLElement>(`#section-${key}`)?.scrollIntoView({ block: 'start' });
      });
    }
  }

  override render(): TemplateResult {
    const s = this.s;
    const state = this.source.state;
    const all = state.status === 'ready' ? state.plans : [];
    return html`<header>
        ${this.heading(0, s.title, { class: 'title' })} ${state.status === 'ready' ? this.renderShare() : nothing}
      </header>
      ${state.status === 'ready' ? this.renderPicker(all) : nothing}
      <p class="visually-hidden" role="status">${this.themeAnnouncer.message}</p>
      ${this.renderState(
        (plans) => this.renderSections(plans),
        () => html`<p class="state" data-state="empty" part="state" role="status">${s.noneSelected}</p>`,
      )}`;
  }

  private renderShare(): TemplateResult {
    const s = this.s;
    return sharePanel({
      s,
      shareUrl: this.permalink ? this.shareUrl() : undefined,
      embedCode: this.embedCode(),
      dataFile: this.dataFile(),
      message: this.announcer.message,
      onCopy: (kind) => {
        const [text, ok] = kind === 'link' ? [this.shareUrl(), s.linkCopied] : [this.embedCode(), s.codeCopied];
        void this.announcer.copy(text, kind, this.renderRoot as ShadowRoot, { ok, failed: s.copyFailed });
      },
      onDownloadData: () => this.downloadData(),
      onClose: () => this.announcer.quiet(),
    });
  }

  private renderPicker(all: readonly Plan[]): TemplateResult {
    const [s, lang, requested, chosen] = [this.s, this.lang_, this.plans, this.chosenIds(all)];
    return pickerView({ s, lang, all, chosen, requested, onChoose: (order) => this.setChosen(order, all) });
  }

  private renderSections(plans: Plan[]): TemplateResult {
    const keys = shownSections(plans);
    this.scheduler.setOrder(keys);
    return sectionsView({
      keys,
      ready: (key) => this.scheduler.isReady(key),
      plans,
      s: this.s,
      lang: this.lang_,
      theme: this.theme,
      selection: this.provider.value.state.selection,
      level: this.level(1),
      query: this.query,
      themes: this.themes,
      withCaveat: this.withCaveat,
      onFilterChange: this.onFilterChange,
      onJump: (e, key) => void this.jump(e, key),
      onSectionLink: this.onSectionLink,
    });
  }

  /** A link inside a section to another section (`a[data-section]`, e.g. the summary's count of statistics). */
  private onSectionLink = (e: Event): void => {
    const a = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    const key = a?.dataset['section'] as SectionKey | undefined;
    if (key) void this.jump(e, key);
  };

  /** In-page links cannot target ids inside a shadow root from the page URL: scroll and focus by hand. */
  private async jump(e: Event, key: SectionKey): Promise<void> {
    e.preventDefault();
    this.view = key;
    this.syncUrl();
    await this.scheduler.upTo(key);
    const target = this.renderRoot.querySelector<HTMLElement>(`#section-${key}`);
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }
}
