import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, type Lang } from '../../i18n/index.js';
import type { MatrixStrings } from '../../i18n/plan-track-matrix.js';
import { themeById, themeLabel } from '../../data/themes.js';
import type { CoverageMatrix } from '../../model/coverage.js';
import { themeTargets } from '../../model/matrix.js';
import { planLabel } from '../../model/summary.js';
import { pointValue } from '../../model/describe.js';
import type { Plan } from '../../schema/plan.js';
import type { PlanThemeSelection } from '../shared/context.js';
import { levelText } from './cell.js';
import { levelSymbol, targetSymbol } from './symbols.js';
import { heading } from '../shared/heading.js';
import { renderCaveats } from '../shared/caveat.js';
import { caveatsFor, indicatorCaveats } from '../../model/caveats.js';

/**
 * Below the table, the selected cell in detail (under a heading at `level`): the theme's description, the level, the plan's own tracks
 * on the theme, the number of initiatives and mentions, the indicators with targets, and a clear button.
 */
export function detailsView(
  matrix: CoverageMatrix,
  plans: readonly Plan[],
  sel: PlanThemeSelection | undefined,
  s: MatrixStrings,
  lang: Lang,
  level: number,
  onClear: () => void,
): TemplateResult | typeof nothing {
  if (!sel) return nothing;
  const col = plans.findIndex((p) => p.id === sel.planId);
  const row = matrix.themes.indexOf(sel.theme);
  const plan = plans[col];
  const c = matrix.cells[row]?.[col];
  if (!plan || !c) return nothing;
  const targets = themeTargets(plan, sel.theme);
  const description = themeById(sel.theme)?.description[lang];
  return html`<section
    class="details"
    part="details"
    aria-labelledby="details-title"
    data-plan=${plan.id}
    data-theme=${sel.theme}
  >
    ${heading(level, s.detailsTitle(planLabel(plan, lang), themeLabel(sel.theme, lang)), { id: 'details-title', class: 'details-title' })}
    ${description ? html`<p class="description">${description}</p>` : nothing}
    <dl>
      <dt>${s.detailsLevel}</dt>
      <dd class="detail-level level-${c.level}">
        <span class="legend-symbols">${levelSymbol(c.level)}${c.level === 'target' ? targetSymbol() : nothing}</span>
        <span>${c.level === 'initiatives' || c.level === 'target' ? s.levels[c.level] : levelText(c, s, lang)}</span>
      </dd>
      <dt>${s.detailsTracks}</dt>
      <dd class="detail-tracks">
        ${
          c.tracks.length
            ? html`<ul lang=${plan.language}>
                ${c.tracks.map(
                  (t) =>
                    html`<li data-track=${t.id}>
                      <span class="track-label">${t.label}</span>
                      ${renderCaveats(caveatsFor(plan, lang, 'track', t.id), lang)}
                    </li>`,
                )}
              </ul>`
            : s.detailsNoTracks
        }
      </dd>
      <dt>${s.detailsInitiatives}</dt>
      <dd class="detail-initiatives">${formatNumber(c.initiatives, lang)}</dd>
      <dt>${s.detailsMentions}</dt>
      <dd class="detail-mentions">${s.detailsMentionsText(c.mentions, formatNumber(c.mentions, lang))}</dd>
      <dt>${s.detailsTargets}</dt>
      <dd class="detail-targets">
        ${
          targets.length
            ? html`<ul>
                ${targets.map(
                  ({ indicator, targets: values }) =>
                    html`<li data-indicator=${indicator.id}>
                      <span lang=${plan.language}>${indicator.label}</span> —
                      ${s.targetList(values.length, values.map((v) => s.targetValue(v.year, pointValue(v, indicator.unit, lang))).join(', '))}
                      ${renderCaveats(indicatorCaveats(plan, lang, indicator.id), lang)}
                    </li>`,
                )}
              </ul>`
            : s.detailsNoTargets
        }
      </dd>
    </dl>
    <button type="button" part="button clear" class="clear" @click=${onClear}>${s.clear}</button>
  </section>`;
}
