/**
 * Base class of the plan elements: data source (data / src / bundled), plan selection by id,
 * language, theme, and the common loading / error / empty states.
 */
import { LitElement, html, isServer, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Plan } from '../../schema/plan.js';
import type { Rejected } from '../../schema/validate.js';
import { formatIssue } from '../../schema/issues.js';
import { STRINGS, formatNumber, langOf, normaliseLang, type Lang, type Table } from '../../i18n/index.js';
import { PlanDataController, type LoadFailure } from './plan-data.js';
import { planEvent, type PlanDownloadDetail, type PlanEventDetails, type PlanEventName } from './events.js';
import { saveBlob } from './save-file.js';
import { heading, headingLevel, type HeadingAttributes } from './heading.js';
import { tokens } from './tokens.js';
import { offscreenWait, unwatchVisibility, watchVisibility } from './offscreen.js';

/**
 * `S`: the shape of the element's own interface strings (its table in `src/i18n`), which `s` gives in
 * the active language.
 */
export class PlanElement<S extends object = object> extends LitElement {
  static override styles = [tokens];

  /** Plan objects, a collection (`[…]` or `{plans: […]}`), one plan, or a promise of any of these (loading state until it settles). Validated; invalid plans are listed, valid ones shown. */
  @property({ attribute: false }) data?: unknown;

  /** URL of a plan file or a collection to load (JSON). */
  @property({ reflect: true }) src?: string;

  /** Space-separated plan ids to show, in this order. Empty: every loaded plan. */
  @property({ reflect: true }) plans = '';

  /** How long to wait for `src`, in milliseconds. */
  @property({ type: Number }) timeout?: number;

  /** Interface language: `da` (default) or `en`. Unset: the nearest ancestor's `lang`. Plan content stays as written. */
  @property({ reflect: true }) override lang!: string;

  /**
   * `light` or `dark`; unset follows `prefers-color-scheme`. `dkfds`: the look of Det Fælles Designsystem,
   * with its style sheet loaded on the page (`plan-compare-dkfds.css`; without it, as unset).
   */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'dkfds';

  /**
   * The level (1–6) of the element's top headings, so that they fit the host page's outline: 3 under a
   * page's h2. Default 2. The headings inside follow from it, one level per step, none skipped.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected readonly source = new PlanDataController(this);

  /** The element's interface strings, Danish and English (set by each element to its table in `src/i18n`). */
  protected readonly strings?: Table<S>;

  /**
   * Rendered on the server, or hydrating a server render (a declarative shadow root was there when the
   * element was made). Elements render differently until they are live — the chart shows its tables, the
   * list every row, the matrix every column — and clear the flag.
   */
  protected prerendered = isServer || (this.shadowRoot?.hasChildNodes() ?? false);

  override connectedCallback(): void {
    super.connectedCallback();
    watchVisibility(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchVisibility(this);
  }

  /** After the first render, an element off screen updates when the main thread is idle or it comes near (see offscreen.ts). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const wait = this.hasUpdated ? offscreenWait(this) : undefined;
    return wait ? wait.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** The active language (own `lang`, else nearest ancestor's, else Danish). */
  protected get lang_(): Lang {
    // A server render has no tree to walk up: the element's own `lang` (the comparison passes it down) or Danish.
    if (isServer) return normaliseLang(this.getAttribute('lang'));
    // A property set by a framework (React, Vue) counts before it is reflected to the attribute.
    return this.lang ? normaliseLang(this.lang) : langOf(this);
  }

  /** The element's interface strings in the active language. */
  protected get s(): S {
    return this.strings![this.lang_];
  }

  /** The level of a heading `depth` steps below the element's top headings (0: a top heading). */
  protected level(depth = 0): number {
    return headingLevel(this.headingLevel) + depth;
  }

  /** A heading `depth` steps below the element's top headings, as an h1–h6 of the right level. */
  protected heading(depth: number, content: unknown, attributes?: HeadingAttributes): TemplateResult {
    return heading(this.level(depth), content, attributes);
  }

  /** Fire `name` from this element with `detail` (it bubbles and crosses shadow roots); false when a listener cancelled it. */
  protected emit<K extends PlanEventName>(
    name: K,
    detail: PlanEventDetails[K],
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(planEvent(name, detail, options.cancelable));
  }

  /**
   * Offer a file: fire the cancelable `plan-download` event, then save the file unless a listener called
   * `preventDefault()` (a page that stores the file itself, or a test). Returns whether it was saved.
   */
  protected offerDownload(detail: PlanDownloadDetail): boolean {
    if (!this.emit('plan-download', detail, { cancelable: true })) return false;
    saveBlob(detail.blob, detail.filename, this.shadowRoot);
    return true;
  }

  /** The loaded plans, filtered and ordered by the `plans` attribute. */
  protected selectedPlans(all: readonly Plan[]): Plan[] {
    const ids = this.plans.split(/\s+/).filter(Boolean);
    if (ids.length === 0) return [...all];
    const byId = new Map(all.map((p) => [p.id, p]));
    return ids.map((id) => byId.get(id)).filter((p): p is Plan => p !== undefined);
  }

  /** Render the current state; `ready` gets the selected plans, `empty` (optional) replaces the empty message. */
  protected renderState(ready: (plans: Plan[]) => TemplateResult, empty?: () => TemplateResult): TemplateResult {
    const state = this.source.state;
    const t = STRINGS[this.lang_];
    if (state.status === 'loading') {
      return html`<div class="state" data-state="loading" part="state" role="status">${t.loading}</div>`;
    }
    if (state.status === 'error') {
      const e = state.error;
      // The browser's own wording (a JSON position, a network reason) helps whoever fixes the file: shown as a detail.
      const detail = e.kind === 'parse' || e.kind === 'network' || (e.kind === 'unknown' && e.message);
      return html`<div class="state" data-state="error" data-kind=${e.kind} part="state error" role="alert">
        ${this.heading(0, t.errorTitle)}
        <p class="reason">${this.failureText(e)}</p>
        ${e.url ? html`<p class="where">${t.loadUrl}: <code>${e.url}</code></p>` : nothing}
        ${detail ? html`<p class="detail">${t.loadDetail}: <code>${e.message}</code></p>` : nothing}
        <button type="button" part="button retry" @click=${() => this.source.refresh()}>${t.retry}</button>
      </div>`;
    }
    const plans = this.selectedPlans(state.plans);
    return html`${this.renderRejected(state.rejected)}${
      plans.length > 0
        ? ready(plans)
        : (empty?.() ?? html`<div class="state" data-state="empty" part="state empty" role="status">${t.empty}</div>`)
    }`;
  }

  /** One sentence in the interface language saying what failed, with the status, time bound or size limit. */
  private failureText(e: LoadFailure): string {
    const f = STRINGS[this.lang_].loadFailed;
    const n = (v: number | undefined) => (v === undefined ? '?' : formatNumber(v, this.lang_));
    switch (e.kind) {
      case 'http':
        return f.http(e.status ?? 0, e.detail?.statusText ?? '');
      case 'timeout':
        return f.timeout(n(e.detail?.limit));
      case 'network':
        return f.network;
      case 'parse':
        return f.parse;
      case 'too-large':
        return f.tooLarge(n(e.detail?.limit), e.detail?.size === undefined ? undefined : n(e.detail.size));
      default:
        return f.unknown;
    }
  }

  private renderRejected(rejected: readonly Rejected[]): TemplateResult | typeof nothing {
    if (rejected.length === 0) return nothing;
    const t = STRINGS[this.lang_];
    return html`<section class="rejected" part="rejected" role="alert" aria-labelledby="rejected-title">
      ${this.heading(0, t.rejectedTitle, { id: 'rejected-title' })}
      <ul>
        ${rejected.map(
          (r) =>
            html`<li>
              ${t.rejectedItem(r.id ?? `#${r.index + 1}`, r.issues.length)}
              <ul>
                ${r.issues.slice(0, 5).map((i) => html`<li><code>${formatIssue(i)}</code></li>`)}
              </ul>
            </li>`,
        )}
      </ul>
    </section>`;
  }
}
