/**
 * The national figures several plans cite, lined up: one list per figure (inferred match, see
 * `figures()` in src/model/figures.ts), each plan's row with its label, value and passage.
 */
import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/index.js';
import type { FiguresStrings } from '../../i18n/plan-figures.js';
import type { Plan, Provenance } from '../../schema/plan.js';
import { figureText, type SharedFigure } from '../../model/figures.js';
import { planLabel } from '../../model/summary.js';

export function renderSharedFigures(
  shared: readonly SharedFigure[],
  lang: Lang,
  s: FiguresStrings,
  passage: (plan: Plan, provenance: Provenance, key: string, context: string) => TemplateResult,
): TemplateResult {
  return html`<p class="note">${s.sharedIntro}</p>
    <ul class="shared" part="shared">
      ${shared.map((g) => {
        const value = figureText(g.members[0]!.row, g.unit, lang);
        return html`<li class="shared-group" data-key=${g.key}>
          <p class="shared-value"><strong>${value}</strong></p>
          <ul>
            ${g.members.map(
              (m, i) =>
                html`<li data-plan=${m.plan.id} data-statistic=${m.statistic.id}>
                  <span class="plan-name">${planLabel(m.plan, lang)}</span>:
                  <span lang=${m.plan.language}
                    >${m.row.label === m.statistic.label ? m.row.label : `${m.statistic.label} – ${m.row.label}`}</span
                  >
                  ${passage(m.plan, m.row.provenance, `shared-${g.key}-${i}`, `${planLabel(m.plan, lang)}, ${m.row.label}`)}
                </li>`,
            )}
          </ul>
        </li>`;
      })}
    </ul>`;
}
