import { html, type TemplateResult } from 'lit';
import type { Plan } from '../../schema/plan.js';
import { PlanElement } from '../shared/plan-element.js';
import { tokens } from '../shared/tokens.js';
import { sectionStyles } from '../shared/section.styles.js';
import { pick } from '../../i18n/index.js';
import { STRINGS } from '../../i18n/plan-differences.js';
import { themeLabel } from '../../data/themes.js';
import { whatDiffers, type Differences } from '../../model/diff.js';
import { municipalityNames, periodLabel } from '../../model/summary.js';

/**
 * What differs between the selected plans: themes only some plans act on, targets that compare
 * across plans, and initiatives only one plan has. Computed in `src/model/diff.ts`.
 *
 * @tag plan-differences
 * @csspart themes - The table of themes only some plans act on.
 * @csspart indicators - The list of comparable targets.
 * @csspart unique - The initiatives only one plan has.
 * @csspart state - The loading, error or empty message.
 * @cssprop --plan-color-text - Text colour.
 * @cssprop --plan-color-muted - Secondary text colour.
 * @cssprop --plan-color-border - Borders.
 * @cssprop --plan-color-surface - Table header background.
 */
export class PlanDifferences extends PlanElement {
  static override styles = [tokens, sectionStyles];

  private memo?: { plans: readonly Plan[]; result: Differences };

  private differences(plans: Plan[]): Differences {
    const same = this.memo && this.memo.plans.length === plans.length && this.memo.plans.every((p, i) => p === plans[i]);
    if (!same) this.memo = { plans, result: whatDiffers(plans) };
    return this.memo!.result;
  }

  override render(): TemplateResult {
    return this.renderState((plans) => this.renderReady(plans));
  }

  private label(plan: Plan): string {
    return `${municipalityNames(plan, this.t.and)} ${periodLabel(plan)}`;
  }

  private renderReady(plans: Plan[]): TemplateResult {
    const s = pick(STRINGS, this.lang_);
    if (plans.length < 2) return html`<h2>${s.title}</h2><p class="state" data-state="empty" part="state">${s.needTwo}</p>`;
    const d = this.differences(plans);
    const byId = new Map(plans.map((p) => [p.id, p]));
    const names = (ids: string[]) => ids.map((id) => this.label(byId.get(id)!)).join(', ');
    const lang = this.lang_;
    return html`<h2>${s.title}</h2>
      <h3>${s.themesTitle}</h3>
      <p class="note">${s.themesIntro}</p>
      ${d.themes.length
        ? html`<div class="scroll" part="themes" role="region" tabindex="0" aria-label=${s.themesTitle}>
            <table>
              <thead>
                <tr><th scope="col">${s.themeCol}</th><th scope="col">${s.coveredBy}</th><th scope="col">${s.missingFrom}</th></tr>
              </thead>
              <tbody>
                ${d.themes.map(
                  (t) => html`<tr data-theme=${t.theme}>
                    <th scope="row">${themeLabel(t.theme, lang)}</th>
                    <td>${names(t.coveredBy)}</td>
                    <td>${names(t.missingFrom)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p>${s.noThemeDifferences}</p>`}
      <h3>${s.indicatorsTitle}</h3>
      ${d.comparableIndicators.length
        ? html`<ul part="indicators">
            ${d.comparableIndicators.map(
              (g) => html`<li data-key=${g.key}>${g.series[0]!.indicator.label} — ${s.inPlans(g.series.length)}: ${g.series.map((x) => this.label(x.plan)).join(', ')}</li>`,
            )}
          </ul>`
        : html`<p part="indicators">${s.noComparable}</p>`}
      <h3>${s.uniqueTitle}</h3>
      <p class="note">${s.uniqueIntro}</p>
      <div part="unique">
        ${plans.map((p) => {
          const own = d.uniqueInitiatives.filter((u) => u.planId === p.id);
          return html`<details data-plan=${p.id}>
            <summary>${this.label(p)}: ${s.uniqueCount(own.length)}</summary>
            <ul>
              ${own.map((u) => html`<li>${u.initiative.title}</li>`)}
            </ul>
          </details>`;
        })}
      </div>`;
  }
}
