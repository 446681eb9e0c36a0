import { property } from 'lit/decorators.js';
import { html, type TemplateResult } from 'lit';
import type { Plan } from '../../schema/plan.js';
import { PlanElement } from '../shared/plan-element.js';
import { tokens } from '../shared/tokens.js';
import { formatDate, formatNumber, type Lang } from '../../i18n/index.js';
import { STRINGS, type SummaryStrings } from '../../i18n/plan-summary.js';
import { municipalityNames, periodLabel, planCounts, tracksWithCounts } from '../../model/summary.js';
import { summaryStyles } from './plan-summary.styles.js';
import { caveatsOf, isPlanLevel, type Caveat } from '../../model/caveats.js';
import { caveatStyles, renderCaveats } from '../shared/caveat.js';
import { caveatSubject, renderCaveatList } from './caveat-list.js';

/**
 * One card per plan: municipalities, title, kind, period, adoption, counts, the plan's own tracks
 * with how many initiatives each lists, and folded sections for visions, values, guiding marks,
 * target groups, legal basis and related documents. Each source caveat (`flags`) shows beside what it
 * concerns — the plan as a whole under the facts, a track beside the track, a target group, law or
 * relation beside it — and a folded section lists all of a plan's caveats, grouped by what they
 * concern, each naming its item.
 *
 * @tag plan-summary
 * @csspart card - The card of one plan (an `article`).
 * @csspart figures-link - The count of statistics as a link to the figures (with `figures-href`).
 * @csspart section - A folded section of a card (visions, values, guiding marks, target groups, legal basis, related documents).
 * @csspart state - The loading, error or empty message.
 * @csspart rejected - The list of plan documents that failed validation.
 * @csspart button - Buttons (retry).
 * @csspart caveat - A caveat marker with its text.
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
export class PlanSummary extends PlanElement<SummaryStrings> {
  static override styles = [tokens, summaryStyles, caveatStyles];
  protected override readonly strings = STRINGS;

  /**
   * Where the figures are (e.g. `#section-figures`): the count of statistics becomes a link there. Set by
   * `<plan-comparison>`, which scrolls to its figures section when the link is followed.
   */
  @property({ attribute: 'figures-href' }) figuresHref?: string;

  override render(): TemplateResult {
    return this.renderState(
      (plans) =>
        html`<ul class="cards" role="list">
          ${plans.map((p) => html`<li>${this.renderCard(p)}</li>`)}
        </ul>`,
    );
  }

  /**
   * The counts line; with `figures-href` and at least one statistic, its last part ("N statistikker")
   * is a link to the figures (the counts string ends with it in both languages).
   */
  private renderCounts(text: string, statistics: number): unknown {
    const cut = text.lastIndexOf(' · ');
    if (!this.figuresHref || statistics === 0 || cut < 0) return text;
    return html`${text.slice(0, cut + 3)}<a href=${this.figuresHref} data-section="figures" part="figures-link"
        >${text.slice(cut + 3)}</a
      >`;
  }

  private renderCard(plan: Plan): TemplateResult {
    const s = this.s;
    const lang = this.lang_;
    const counts = planCounts(plan);
    const caveats = caveatsOf(plan, lang);
    const headingId = `plan-${plan.id}`;
    return html`<article part="card" aria-labelledby=${headingId} data-plan=${plan.id}>
      <p class="municipality">${municipalityNames(plan, lang)}</p>
      ${this.heading(0, plan.title, { id: headingId, class: 'title', lang: plan.language })}
      <dl>
        <dt>${s.kind}</dt>
        <dd>${s.planKinds[plan.kind]}</dd>
        <dt>${s.period}</dt>
        <dd>${periodLabel(plan)}</dd>
        ${
          plan.adoption
            ? html`<dt>${s.adopted}</dt>
                <dd>${adopted(plan.adoption, lang)}</dd>`
            : ''
        }
        <dt>${s.countsLabel}</dt>
        <dd>
          ${this.renderCounts(s.counts(counts.initiatives, counts.indicators, counts.statistics), counts.statistics)}
          ${
            counts.printedInitiatives > counts.initiatives
              ? html`<span class="printed" data-printed=${counts.printedInitiatives}
                  >${s.printedTwice(counts.printedInitiatives, counts.printedInitiatives - counts.initiatives)}</span
                >`
              : ''
          }
        </dd>
      </dl>
      ${renderCaveats(caveats.filter(isPlanLevel), lang, { subject: (c) => caveatSubject(c, lang) })}
      ${this.heading(1, s.tracks, { class: 'tracks-title' })}
      <ol>
        ${tracksWithCounts(plan).map(
          ({ track, initiatives }) =>
            html`<li data-track=${track.id}>
              <span>${track.label}</span
              ><span class="count">${s.initiativesCount(initiatives, formatNumber(initiatives, lang))}</span>
              ${renderCaveats(of(caveats, 'track', track.id), lang)}
            </li>`,
        )}
      </ol>
      ${this.renderDirection(plan, caveats)} ${renderCaveatList(caveats, lang)}
    </article>`;
  }

  /** Visions, values, guiding marks, target groups, legal basis and related documents, each folded. */
  private renderDirection(plan: Plan, caveats: readonly Caveat[]): TemplateResult {
    const s = this.s;
    const lang = this.lang_;
    const section = <T>(
      key: string,
      title: string,
      items: readonly T[] | undefined,
      item: (x: T) => TemplateResult | string,
      caveatsOfItem: (x: T, i: number) => Caveat[] = () => [],
    ) =>
      items && items.length
        ? html`<details part="section" data-section=${key}>
            <summary>${title} <span class="count">(${items.length})</span></summary>
            <ul>
              ${items.map((x, i) => html`<li>${item(x)} ${renderCaveats(caveatsOfItem(x, i), lang)}</li>`)}
            </ul>
          </details>`
        : '';
    return html`${section(
      'visions',
      s.visions,
      plan.visions,
      (v) => v.text,
      (v) => of(caveats, 'vision', v.id),
    )}
    ${section(
      'values',
      s.values,
      plan.values,
      (v) => (v.text ? html`<strong>${v.title}</strong> – ${v.text}` : v.title),
      (v) => of(caveats, 'value', v.id),
    )}
    ${section(
      'guiding-marks',
      s.guidingMarks,
      plan.guidingMarks,
      (g) => (g.text ? html`<strong>${g.title}</strong> – ${g.text}` : g.title),
      (g) => of(caveats, 'guiding-mark', g.id),
    )}
    ${section(
      'target-groups',
      s.targetGroups,
      plan.targetGroups,
      (g) => g.label,
      (g) => of(caveats, 'target-group', g.id),
    )}
    ${section(
      'legal-basis',
      s.legalBasis,
      plan.legalBasis,
      (l) => html`<strong>${l.law}${l.section ? ` ${l.section}` : ''}</strong> – ${l.text}`,
      (l) => of(caveats, 'legal-basis', l.id),
    )}
    ${section(
      'relations',
      s.relations,
      plan.relations,
      (r) => html`${s.relationTypes[r.type] ?? r.type}: ${r.title}`,
      (_, i) => caveats.filter((c) => c.kind === 'relation' && c.position === i),
    )}`;
  }
}

/** The caveats of one item of the plan. */
function of(caveats: readonly Caveat[], kind: Caveat['kind'], id: string): Caveat[] {
  return caveats.filter((c) => c.kind === kind && c.itemId === id);
}

/** "12. juni 2022, Byrådet": the adoption's date and body, as far as the plan states them. */
function adopted(adoption: NonNullable<Plan['adoption']>, lang: Lang): string {
  return [adoption.date ? formatDate(adoption.date, lang) : '', adoption.body ?? ''].filter(Boolean).join(', ');
}
