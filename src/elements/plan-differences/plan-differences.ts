import { html, type TemplateResult } from 'lit';
import type { Plan } from '../../schema/plan.js';
import { PlanElement } from '../shared/plan-element.js';
import { tokens } from '../shared/tokens.js';
import { sectionStyles } from '../shared/section.styles.js';
import { STRINGS, type DifferencesStrings } from '../../i18n/plan-differences.js';
import { themeLabel } from '../../data/themes.js';
import { whatDiffers, type Differences } from '../../model/diff.js';
import { planLabel } from '../../model/summary.js';
import { memo } from '../shared/memo.js';
import { scrollTable } from '../shared/scroll-table.js';
import { caveatStyles, renderCaveats } from '../shared/caveat.js';
import { caveatsFor, indicatorCaveats } from '../../model/caveats.js';
import { notComparableView } from './not-comparable.js';

/**
 * What differs between the selected plans: themes only some plans act on, targets that compare
 * across plans, and initiatives only one plan has. Computed in `src/model/diff.ts`.
 *
 * @tag plan-differences
 * @csspart themes - The table of themes only some plans act on.
 * @csspart indicators - The list of comparable targets.
 * @csspart unique - The initiatives only one plan has.
 * @csspart state - The loading, error or empty message.
 * @csspart caveat - A source caveat beside a unique initiative or a comparable target.
 * @csspart not-comparable - Targets with one comparable key that measure differently (unit, denominator, scope).
 * @cssprop --plan-color-text - Text colour.
 * @cssprop --plan-color-muted - Secondary text colour.
 * @cssprop --plan-color-border - Borders.
 * @cssprop --plan-color-surface - Table header background.
 */
export class PlanDifferences extends PlanElement<DifferencesStrings> {
  static override styles = [tokens, sectionStyles, caveatStyles];
  protected override readonly strings = STRINGS;

  /** What differs, recomputed only when the plans change. */
  private readonly differences = memo<Differences>();

  override render(): TemplateResult {
    return this.renderState((plans) => this.renderReady(plans));
  }

  private renderReady(plans: Plan[]): TemplateResult {
    const s = this.s;
    if (plans.length < 2)
      return html`${this.heading(0, s.title, { class: 'title' })}
        <p class="state" data-state="empty" part="state">${s.needTwo}</p>`;
    const d = this.differences([plans], () => whatDiffers(plans));
    const byId = new Map(plans.map((p) => [p.id, p]));
    const lang = this.lang_;
    const names = (ids: string[]) => ids.map((id) => planLabel(byId.get(id)!, lang)).join(', ');
    return html`${this.heading(0, s.title, { class: 'title' })}
      ${this.heading(1, s.themesTitle, { class: 'part-title', id: 'themes-title' })}
      <p class="note">${s.themesIntro}</p>
      ${d.aimsOnly.length ? html`<p class="note" data-aims-only>${s.aimsOnly(names(d.aimsOnly))}</p>` : ''}
      ${
        d.themes.length
          ? scrollTable(
              'themes',
              s.themesTitle,
              'themes-title',
              [s.themeCol, s.coveredBy, s.missingFrom, s.unknownIn],
              d.themes.map(
                (t) =>
                  html`<tr data-theme=${t.theme}>
                    <th scope="row">${themeLabel(t.theme, lang)}</th>
                    <td>${names(t.coveredBy)}</td>
                    <td>${names(t.missingFrom)}</td>
                    <td data-unknown>${names(t.unknownIn)}</td>
                  </tr>`,
              ),
            )
          : html`<p>${s.noThemeDifferences}</p>`
      }
      ${this.heading(1, s.indicatorsTitle, { class: 'part-title' })}
      ${
        d.comparableIndicators.length
          ? html`<ul part="indicators">
              ${d.comparableIndicators.map(
                (g) =>
                  html`<li data-key=${g.key}>
                    ${g.series[0]!.indicator.label} — ${s.inPlans(g.series.length)}:
                    ${g.series.map((x) => planLabel(x.plan, lang)).join(', ')}
                    ${renderCaveats(
                      g.series.flatMap((x) => indicatorCaveats(x.plan, lang, x.indicator.id)),
                      lang,
                    )}
                  </li>`,
              )}
            </ul>`
          : html`<p part="indicators">${s.noComparable}</p>`
      }
      ${notComparableView(plans, lang)} ${this.heading(1, s.uniqueTitle, { class: 'part-title' })}
      <p class="note">${s.uniqueIntro}</p>
      <div part="unique">
        ${plans.map((p) => {
          const own = d.uniqueInitiatives.filter((u) => u.planId === p.id);
          return html`<details data-plan=${p.id}>
            <summary>${planLabel(p, lang)}: ${s.uniqueCount(own.length)}</summary>
            <ul>
              ${own.map(
                (u) =>
                  html`<li>
                    ${u.initiative.title} ${renderCaveats(caveatsFor(p, lang, 'initiative', u.initiative.id), lang)}
                  </li>`,
              )}
            </ul>
          </details>`;
        })}
      </div>`;
  }
}
