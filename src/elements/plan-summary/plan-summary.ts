import { html, type TemplateResult } from 'lit';
import type { Plan } from '../../schema/plan.js';
import { PlanElement } from '../shared/plan-element.js';
import { tokens } from '../shared/tokens.js';
import { formatDate, formatNumber, pick } from '../../i18n/index.js';
import { STRINGS } from '../../i18n/plan-summary.js';
import { municipalityNames, periodLabel, planCounts, tracksWithCounts } from '../../model/summary.js';
import { summaryStyles } from './plan-summary.styles.js';

/**
 * One card per plan: municipalities, title, kind, period, adoption, counts, the plan's own tracks
 * with how many initiatives each lists, and folded sections for visions, values, guiding marks,
 * target groups, legal basis and related documents.
 *
 * @tag plan-summary
 * @csspart card - The card of one plan (an `article`).
 * @csspart section - A folded section of a card (visions, values, guiding marks, target groups, legal basis, related documents).
 * @csspart state - The loading, error or empty message.
 * @csspart rejected - The list of plan documents that failed validation.
 * @csspart button - Buttons (retry).
 * @cssprop --plan-color-text - Text colour.
 * @cssprop --plan-color-muted - Secondary text colour.
 * @cssprop --plan-color-background - Background of the cards.
 * @cssprop --plan-color-surface - Background of state messages.
 * @cssprop --plan-color-border - Borders.
 * @cssprop --plan-color-accent - Accent (card top border, buttons).
 * @cssprop --plan-color-danger - Error borders.
 * @cssprop --plan-color-focus - Focus ring.
 * @cssprop --plan-radius - Corner radius.
 * @cssprop --plan-space - Base spacing.
 * @cssprop --plan-font-family - Font family.
 * @cssprop --plan-font-size - Base font size.
 */
export class PlanSummary extends PlanElement {
  static override styles = [tokens, summaryStyles];

  override render(): TemplateResult {
    return this.renderState((plans) => html`<ul class="cards" role="list">
      ${plans.map((p) => html`<li>${this.renderCard(p)}</li>`)}
    </ul>`);
  }

  private renderCard(plan: Plan): TemplateResult {
    const t = this.t;
    const lang = this.lang_;
    const counts = planCounts(plan);
    const headingId = `plan-${plan.id}`;
    return html`<article part="card" aria-labelledby=${headingId} data-plan=${plan.id}>
      <p class="municipality">${municipalityNames(plan, t.and)}</p>
      <h2 id=${headingId}>${plan.title}</h2>
      <dl>
        <dt>${t.kind}</dt>
        <dd>${t.planKinds[plan.kind]}</dd>
        <dt>${t.period}</dt>
        <dd>${periodLabel(plan)}</dd>
        ${plan.adoption
          ? html`<dt>${t.adopted}</dt>
              <dd>${[plan.adoption.date ? formatDate(plan.adoption.date, lang) : '', plan.adoption.body ?? ''].filter(Boolean).join(', ')}</dd>`
          : ''}
        <dt>${t.countsLabel}</dt>
        <dd>${t.counts(counts.initiatives, counts.indicators, counts.statistics)}</dd>
      </dl>
      <h3>${t.tracks}</h3>
      <ol>
        ${tracksWithCounts(plan).map(
          ({ track, initiatives }) => html`<li data-track=${track.id}>
            <span>${track.label}</span><span class="count">${t.initiativesCount(initiatives, formatNumber(initiatives, lang))}</span>
          </li>`,
        )}
      </ol>
      ${this.renderDirection(plan)}
    </article>`;
  }

  /** Visions, values, guiding marks, target groups, legal basis and related documents, each folded. */
  private renderDirection(plan: Plan): TemplateResult {
    const s = pick(STRINGS, this.lang_);
    const section = <T>(key: string, title: string, items: readonly T[] | undefined, item: (x: T) => TemplateResult | string) =>
      items && items.length
        ? html`<details part="section" data-section=${key}>
            <summary>${title} <span class="count">(${items.length})</span></summary>
            <ul>
              ${items.map((x) => html`<li>${item(x)}</li>`)}
            </ul>
          </details>`
        : '';
    return html`${section('visions', s.visions, plan.visions, (v) => v.text)}
    ${section('values', s.values, plan.values, (v) => (v.text ? html`<strong>${v.title}</strong> – ${v.text}` : v.title))}
    ${section('guiding-marks', s.guidingMarks, plan.guidingMarks, (g) => (g.text ? html`<strong>${g.title}</strong> – ${g.text}` : g.title))}
    ${section('target-groups', s.targetGroups, plan.targetGroups, (g) => g.label)}
    ${section('legal-basis', s.legalBasis, plan.legalBasis, (l) => html`<strong>${l.law}${l.section ? ` ${l.section}` : ''}</strong> – ${l.text}`)}
    ${section('relations', s.relations, plan.relations, (r) => html`${s.relationTypes[r.type] ?? r.type}: ${r.title}`)}`;
  }
}
