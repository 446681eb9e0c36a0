import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { Plan } from '../../schema/plan.js';
import { PlanElement } from '../shared/plan-element.js';
import { tokens } from '../shared/tokens.js';
import { comparisonContext, type ComparisonContextValue, type PlanThemeSelection } from '../shared/context.js';
import { pick } from '../../i18n/index.js';
import { STRINGS } from '../../i18n/plan-comparison.js';
import { municipalityNames, periodLabel } from '../../model/summary.js';
import { evolutionPairs } from '../../model/diff.js';
import { cdnScriptUrl, embedSnippet, readShareState, writeShareState, type ShareState } from '../../model/share.js';
import { VERSION } from '../../version.js';
import { copyText, clipboardStyles } from '../shared/clipboard.js';
import type { PlanInitiativeList } from '../plan-initiative-list/plan-initiative-list.js';
import type { ThemeId } from '../../schema/plan.js';
import { comparisonStyles } from './plan-comparison.styles.js';

/** Detail of `plan-selection-change`. */
export interface PlanSelectionChange {
  plans: string[];
}

/**
 * The whole comparison for any number of plans: a plan picker, the plan summaries side by side,
 * the track matrix, the target chart, the initiative list, what differs, and — when two selected
 * plans belong to one municipality — how the plan evolved. The elements share one state (the
 * matrix selection filters the initiative list) through @lit/context. Data is loaded and
 * validated once here and handed down.
 *
 * @tag plan-comparison
 * @fires plan-selection-change - The chosen plans changed in the picker. Detail: `{ plans: string[] }` (plan ids in display order).
 * @fires plan-select - Re-fired from the track matrix: a (plan, theme) cell was chosen. Detail: `{ planId, theme }`.
 * @csspart picker - The plan picker (a fieldset).
 * @csspart nav - The in-page contents links.
 * @csspart section - Each section (summaries, matrix, targets, initiatives, differences, evolution).
 * @csspart state - The loading, error or empty message.
 * @csspart button - Buttons.
 * @cssprop --plan-color-text - Text colour.
 * @cssprop --plan-color-muted - Secondary text colour.
 * @cssprop --plan-color-background - Background.
 * @cssprop --plan-color-border - Borders.
 * @cssprop --plan-color-accent - Accent (section rules, links, checkboxes).
 * @cssprop --plan-space - Base spacing.
 */
export class PlanComparison extends PlanElement {
  static override styles = [tokens, clipboardStyles, comparisonStyles];

  /**
   * Keep the view in the page URL (opt-in, so a host's URL is never touched unasked): chosen plans
   * (`pc-plans`), theme filter (`pc-themes`), search (`pc-q`), matrix cell (`pc-cell`) and the section
   * in view (`pc-view`). Opening such a URL restores the view. Other URL parameters are left alone.
   */
  @property({ type: Boolean, reflect: true }) permalink = false;

  /** Theme filter of the initiative list: space-separated canonical theme ids. */
  @property({ reflect: true }) themes = '';

  /** Search text of the initiative list. */
  @property({ reflect: true }) query = '';

  /** The section to show first (`summaries`, `matrix`, `targets`, `initiatives`, `differences`, `evolution`); scrolled into view once loaded. */
  @property({ reflect: true }) view = '';

  /** Script URL used in the embed code. Default: this version's file on the jsDelivr CDN. */
  @property({ attribute: 'embed-src' }) embedSrc = '';

  @state() private copied: 'link' | 'code' | 'failed' | '' = '';
  private pendingView = '';

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
      },
    };
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
    this.dispatchEvent(new CustomEvent<PlanSelectionChange>('plan-selection-change', { detail: { plans: order }, bubbles: true, composed: true }));
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
      cell: cell ? { planId: cell.planId, theme: cell.theme } : undefined,
      view: this.view || undefined,
    };
  }

  /** The embed code (one script tag + this element) for the current view. */
  embedCode(): string {
    const src = this.src ? new URL(this.src, document.baseURI).href : undefined;
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
    this.syncUrl();
  };

  private async copy(kind: 'link' | 'code'): Promise<void> {
    const ok = await copyText(kind === 'link' ? this.shareUrl() : this.embedCode(), this.renderRoot as ShadowRoot);
    this.copied = ok ? kind : 'failed';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.pendingView && this.source.state.status === 'ready') {
      const target = this.renderRoot.querySelector<HTMLElement>(`#section-${this.pendingView}`);
      this.pendingView = '';
      target?.scrollIntoView({ block: 'start' });
    }
  }

  override render(): TemplateResult {
    const s = pick(STRINGS, this.lang_);
    const state = this.source.state;
    const all = state.status === 'ready' ? state.plans : [];
    return html`<header>
        <h2>${s.title}</h2>
        ${state.status === 'ready' ? this.renderShare() : nothing}
      </header>
      ${state.status === 'ready' ? this.renderPicker(all) : nothing}
      ${this.renderState(
        (plans) => this.renderSections(plans),
        () => html`<p class="state" data-state="empty" part="state" role="status">${s.noneSelected}</p>`,
      )}`;
  }

  private renderShare(): TemplateResult {
    const s = pick(STRINGS, this.lang_);
    const message = this.copied === 'failed' ? s.copyFailed : this.copied === 'link' ? s.linkCopied : this.copied === 'code' ? s.codeCopied : '';
    return html`<details class="share" part="share" @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open || (this.copied = '')}>
      <summary>${s.share}</summary>
      <div class="share-body">
        ${this.permalink
          ? html`<label for="share-link">${s.link}</label>
              <div class="copy-row">
                <input id="share-link" type="text" readonly .value=${this.shareUrl()} />
                <button type="button" part="button" @click=${() => this.copy('link')}>${s.copyLink}</button>
              </div>`
          : nothing}
        <label for="embed-code">${s.embed}</label>
        <p class="hint" id="embed-hint">${s.embedHint}</p>
        <textarea id="embed-code" readonly rows="3" aria-describedby="embed-hint" .value=${this.embedCode()}></textarea>
        <button type="button" part="button" @click=${() => this.copy('code')}>${s.copyCode}</button>
        <p class="status" role="status">${message}</p>
      </div>
    </details>`;
  }

  private renderPicker(all: readonly Plan[]): TemplateResult {
    const s = pick(STRINGS, this.lang_);
    const current = this.chosenIds(all);
    const chosen = new Set(current);
    // A plan checked later goes to the end: the display order is the order of choosing.
    const toggle = (id: string, on: boolean) => this.setChosen(on ? [...current.filter((x) => x !== id), id] : current.filter((x) => x !== id), all);
    return html`<fieldset part="picker">
      <legend>${s.picker}</legend>
      <p class="hint">${s.pickerHint}</p>
      <ul class="choices">
        ${all.map(
          (p) => html`<li>
            <label>
              <input type="checkbox" name="plan" value=${p.id} .checked=${chosen.has(p.id)} @change=${(e: Event) => toggle(p.id, (e.target as HTMLInputElement).checked)} />
              <span>${municipalityNames(p, this.t.and)} ${periodLabel(p)}<small>${p.title}</small></span>
            </label>
          </li>`,
        )}
      </ul>
      <div class="actions">
        <p class="status" role="status">${s.selected(chosen.size, all.length)}</p>
        <button type="button" class="secondary" part="button" @click=${() => this.setChosen([...current, ...all.map((p) => p.id).filter((id) => !chosen.has(id))], all)}>${s.all}</button>
        <button type="button" class="secondary" part="button" @click=${() => this.setChosen([], all)}>${s.none}</button>
      </div>
    </fieldset>`;
  }

  private renderSections(plans: Plan[]): TemplateResult {
    const s = pick(STRINGS, this.lang_);
    const ids = plans.map((p) => p.id).join(' ');
    const lang = this.lang_;
    const theme = this.theme;
    const hasPair = evolutionPairs(plans).length > 0;
    const sections: [keyof typeof s.sections, TemplateResult][] = [
      ['summaries', html`<plan-summary .data=${plans} plans=${ids} lang=${lang} theme=${theme ?? nothing}></plan-summary>`],
      ['matrix', html`<plan-track-matrix .data=${plans} plans=${ids} lang=${lang} theme=${theme ?? nothing}></plan-track-matrix>`],
      ['targets', html`<plan-target-chart .data=${plans} plans=${ids} lang=${lang} theme=${theme ?? nothing}></plan-target-chart>`],
      [
        'initiatives',
        html`<plan-initiative-list .data=${plans} plans=${ids} lang=${lang} theme=${theme ?? nothing} .query=${this.query} .themes=${this.themes} @plan-filter-change=${this.onFilterChange}></plan-initiative-list>`,
      ],
      ...(plans.length > 1
        ? ([['differences', html`<plan-differences .data=${plans} plans=${ids} lang=${lang} theme=${theme ?? nothing}></plan-differences>`]] as [keyof typeof s.sections, TemplateResult][])
        : []),
      ...(hasPair
        ? ([['evolution', html`<plan-evolution .data=${plans} plans=${ids} lang=${lang} theme=${theme ?? nothing}></plan-evolution>`]] as [keyof typeof s.sections, TemplateResult][])
        : []),
    ];
    return html`<nav part="nav" aria-label=${s.contents}>
        <ul>
          ${sections.map(([key]) => html`<li><a href=${`#section-${key}`} @click=${(e: Event) => this.jump(e, key)}>${s.sections[key]}</a></li>`)}
        </ul>
      </nav>
      ${sections.map(
        ([key, body]) => html`<section part="section" id=${`section-${key}`} data-section=${key} aria-labelledby=${`heading-${key}`} tabindex="-1">
          <h2 id=${`heading-${key}`}>${s.sections[key]}</h2>
          ${body}
        </section>`,
      )}`;
  }

  /** In-page links cannot target ids inside a shadow root from the page URL: scroll and focus by hand. */
  private jump(e: Event, key: string): void {
    e.preventDefault();
    this.view = key;
    this.syncUrl();
    const target = this.renderRoot.querySelector<HTMLElement>(`#section-${key}`);
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }
}
