/**
 * One statistic of one plan: its label, plan, scope tag (text, not colour alone), year, cited source,
 * reprint note and caveats, then its rows as a table (caption, column and row headers), each row with
 * its passage; a printed total beside the sum of the rows, with the caveat when they differ.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/index.js';
import type { FiguresStrings } from '../../i18n/plan-figures.js';
import type { Plan, Provenance } from '../../schema/plan.js';
import { themeLabel } from '../../data/themes.js';
import { figureText, type FigureEntry } from '../../model/figures.js';
import { statisticCaveats } from '../../model/caveats.js';
import { planLabel } from '../../model/summary.js';
import { formatValue } from '../../i18n/index.js';
import { renderCaveats } from '../shared/caveat.js';
import { scrollFocus } from '../shared/scroll-focus.js';

export interface CardContext {
  lang: Lang;
  s: FiguresStrings;
  /** All plans loaded, to name the plan a reprint comes from. */
  plans: readonly Plan[];
  /** A heading at the card's level. */
  heading: (content: unknown, attributes: { id: string; class: string }) => TemplateResult;
  passage: (plan: Plan, provenance: Provenance, key: string, context: string) => TemplateResult;
}

export function renderFigureCard(entry: FigureEntry, c: CardContext): TemplateResult {
  const { plan, statistic: st, total } = entry;
  const { lang, s } = c;
  const id = `fig-${plan.id}-${st.id}`;
  const name = planLabel(plan, lang);
  const reprintPlan = st.reprintOf && c.plans.find((p) => p.id === st.reprintOf!.planId);
  const fmt = (v: number) => formatValue(v, st.unit, lang);
  return html`<article
    class="figure scope-${st.scope}"
    part="figure"
    data-plan=${plan.id}
    data-statistic=${st.id}
    data-scope=${st.scope}
    aria-labelledby=${id}
  >
    <header class="figure-head">
      <span class="scope-tag" data-scope=${st.scope} title=${s.scopeLong[st.scope]}>${s.scope[st.scope]}</span>
      ${c.heading(html`<span lang=${plan.language}>${st.label}</span>`, { id, class: 'figure-title' })}
      <p class="figure-meta">
        <span class="plan-name">${name}</span>${st.year !== undefined ? html` · ${s.year} ${st.year}` : nothing}
        ${st.citedSource ? html` · ${s.citedSource}: <span lang=${plan.language}>${st.citedSource}</span>` : nothing}
      </p>
      ${
        entry.otherThemes.length
          ? html`<p class="figure-meta">
              ${s.alsoThemes}: ${entry.otherThemes.map((t) => themeLabel(t, lang)).join(', ')}
            </p>`
          : nothing
      }
      ${
        st.reprintOf
          ? html`<p class="reprint" data-reprint-of=${`${st.reprintOf.planId}/${st.reprintOf.statisticId}`}>
              ${s.reprint(reprintPlan ? planLabel(reprintPlan, lang) : st.reprintOf.planId)}
            </p>`
          : nothing
      }
      ${st.note ? html`<p class="note" lang=${plan.language}>${st.note}</p>` : nothing}
    </header>
    <div class="scroll" ${scrollFocus(`${st.label} – ${name}`)}>
      <table>
        <caption>
          <span class="visually-hidden"><span lang=${plan.language}>${st.label}</span> – ${name}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">${s.rowCol}</th>
            <th scope="col">${s.valueCol}</th>
            <th scope="col">${s.sourceCol}</th>
          </tr>
        </thead>
        <tbody>
          ${st.rows.map(
            (r, i) =>
              html`<tr data-row=${i} data-shared=${entry.shared[i] ?? nothing}>
                <th scope="row" lang=${plan.language}>
                  ${r.label}${r.year !== undefined && r.year !== st.year ? html` (${r.year})` : nothing}
                  ${entry.shared[i] ? html`<span class="shared-mark">${s.sharedMark}</span>` : nothing}
                </th>
                <td class="value">${figureText(r, st.unit, lang)}</td>
                <td class="source">${c.passage(plan, r.provenance, `${id}-${i}`, `${name}, ${r.label}`)}</td>
              </tr>`,
          )}
        </tbody>
        ${
          st.reportedTotal
            ? html`<tfoot>
                <tr class="reported-total">
                  <th scope="row">${s.reportedTotal}: <span lang=${plan.language}>${st.reportedTotal.label}</span></th>
                  <td class="value" data-value=${st.reportedTotal.value}>${fmt(st.reportedTotal.value)}</td>
                  <td class="source">
                    ${c.passage(plan, st.reportedTotal.provenance, `${id}-total`, `${name}, ${st.reportedTotal.label}`)}
                  </td>
                </tr>
                <tr class="row-sum">
                  <th scope="row">${s.rowSum} <span class="note">(${s.rowSumNote})</span></th>
                  <td class="value" data-value=${total?.sum ?? nothing}>
                    ${total?.sum !== undefined ? fmt(total.sum) : '–'}
                  </td>
                  <td class="source">${total?.sum === undefined ? s.noSum : nothing}</td>
                </tr>
              </tfoot>`
            : nothing
        }
      </table>
    </div>
    ${
      total?.differs && total.sum !== undefined
        ? html`<p class="total-differs" part="total-caveat" role="note">
            <span class="caveat-mark" aria-hidden="true">⚠</span>
            ${s.totalDiffers(fmt(total.reported), fmt(total.sum))}
          </p>`
        : nothing
    }
    ${renderCaveats(statisticCaveats(plan, lang, st.id), lang)}
  </article>`;
}
