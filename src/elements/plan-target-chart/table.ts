import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/index.js';
import { STRINGS } from '../../i18n/plan-target-chart.js';
import { pointKind, type ChartSpec } from '../../model/chart.js';
import { citationOf } from '../../model/citation.js';
import { pointValue } from '../../model/describe.js';
import type { CopyButton } from '../shared/citation-copy.js';
import { scrollFocus } from '../shared/scroll-focus.js';
import { renderCaveats } from '../shared/caveat.js';
import { caveatsFor } from '../../model/caveats.js';

/**
 * The numbers of one chart as a table: year, kind, value, and the source with its quote and a
 * copy-citation button. One plan: the caption names it and the year heads each row; several: a plan
 * column heads the rows.
 */
export function tableView(
  spec: ChartSpec,
  lang: Lang,
  copyButton: (button: CopyButton) => TemplateResult,
): TemplateResult {
  const ui = STRINGS[lang];
  const captionId = `${spec.id}-caption`;
  const plans = spec.series.length > 1;
  return html`<div class="table-wrap" ${scrollFocus(`${spec.title} – ${spec.subtitle}`)}>
    <table part="table">
      <caption id=${captionId}>
        <span lang=${spec.titleLang}>${spec.title}</span>
        – ${spec.subtitle}
      </caption>
      <thead>
        <tr>
          ${plans ? html`<th scope="col">${ui.colPlan}</th>` : nothing}
          <th scope="col">${ui.colYear}</th>
          <th scope="col">${ui.colKind}</th>
          <th scope="col" class="num">${ui.colValue}</th>
          <th scope="col">${ui.colSource}</th>
        </tr>
      </thead>
      <tbody>
        ${spec.series.flatMap((s, si) =>
          s.points.map((p, pi) => {
            const kind = pointKind(s, p, lang);
            return html`<tr data-plan=${s.plan.id} data-year=${p.year} data-kind=${p.kind}>
              ${
                plans
                  ? html`<th scope="row" class="plan">${spec.names[si]}</th>
                      <td class="year">${p.year}</td>`
                  : html`<th scope="row" class="year">${p.year}</th>`
              }
              <td class="kind">${kind}</td>
              <td class="num value">${pointValue(p, spec.unit, lang, true)}</td>
              <td class="source" lang=${s.plan.language}>
                <span class="section">${p.source.provenance.section}</span>
                <q>${p.source.provenance.quote}</q>
                ${p.source.note ? html`<span class="value-note">${ui.note}: ${p.source.note}</span>` : nothing}
                ${renderCaveats(caveatsFor(s.plan, lang, 'indicator-value', s.indicator.id, pi), lang)}
                ${copyButton({
                  key: `${spec.id}:${si}:${pi}`,
                  citation: citationOf(s.plan, p.source.provenance, lang),
                  context: `${spec.title} – ${spec.names[si]}, ${p.year}, ${kind}`,
                })}
              </td>
            </tr>`;
          }),
        )}
      </tbody>
    </table>
  </div>`;
}
