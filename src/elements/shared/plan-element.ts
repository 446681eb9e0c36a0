/**
 * Base class of the plan elements: data source (data / src / bundled), plan selection by id,
 * language, theme, and the common loading / error / empty states.
 */
import { LitElement, html, isServer, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Plan } from '../../schema/plan.js';
import type { Rejected } from '../../schema/validate.js';
import { formatIssue } from '../../schema/issues.js';
import { formatNumber, langOf, normaliseLang, strings, type Lang, type Strings } from '../../i18n/index.js';
import { PlanDataController, type LoadFailure } from './plan-data.js';
import { tokens } from './tokens.js';

export class PlanElement extends LitElement {
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

  /** `light` or `dark`; unset follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  protected readonly source = new PlanDataController(this);

  /** The active language (own `lang`, else nearest ancestor's, else Danish). */
  protected get lang_(): Lang {
    // A server render has no tree to walk up: the element's own `lang` (the comparison passes it down) or Danish.
    if (isServer) return normaliseLang(this.getAttribute('lang'));
    // A property set by a framework (React, Vue) counts before it is reflected to the attribute.
    return this.lang ? normaliseLang(this.lang) : langOf(this);
  }

  protected get t(): Strings {
    return strings(this.lang_);
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
    const t = this.t;
    if (state.status === 'loading') {
      return html`<div class="state" data-state="loading" part="state" role="status">${t.loading}</div>`;
    }
    if (state.status === 'error') {
      const e = state.error;
      // The browser's own wording (a JSON position, a network reason) helps whoever fixes the file: shown as a detail.
      const detail = e.kind === 'parse' || e.kind === 'network' || (e.kind === 'unknown' && e.message);
      return html`<div class="state" data-state="error" data-kind=${e.kind} part="state error" role="alert">
        <h2>${t.errorTitle}</h2>
        <p class="reason">${this.failureText(e)}</p>
        ${e.url ? html`<p class="where">${t.loadUrl}: <code>${e.url}</code></p>` : nothing}
        ${detail ? html`<p class="detail">${t.loadDetail}: <code>${e.message}</code></p>` : nothing}
        <button type="button" part="button retry" @click=${() => this.source.refresh()}>${t.retry}</button>
      </div>`;
    }
    const plans = this.selectedPlans(state.plans);
    return html`${this.renderRejected(state.rejected)}${plans.length > 0
      ? ready(plans)
      : (empty?.() ?? html`<div class="state" data-state="empty" part="state empty" role="status">${t.empty}</div>`)}`;
  }

  /** One sentence in the interface language saying what failed, with the status, time bound or size limit. */
  private failureText(e: LoadFailure): string {
    const f = this.t.loadFailed;
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
    const t = this.t;
    return html`<section class="rejected" part="rejected" role="alert" aria-labelledby="rejected-title">
      <h2 id="rejected-title">${t.rejectedTitle}</h2>
      <ul>
        ${rejected.map(
          (r) => html`<li>
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
