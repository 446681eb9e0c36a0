import { html, nothing, type TemplateResult } from 'lit';
import type { EvolutionStrings } from '../../i18n/plan-evolution.js';
import { formatNumber, type Lang } from '../../i18n/index.js';
import type { InitiativeChange } from '../../model/diff.js';
import type { Initiative, Plan } from '../../schema/plan.js';
import { renderCaveats } from '../shared/caveat.js';
import { caveatsFor } from '../../model/caveats.js';

/** One side of a change: each initiative with its quote and section, or a line saying there is none. */
function side(
  label: string,
  plan: Plan,
  initiatives: readonly Initiative[],
  empty: string,
  key: string,
  lang: Lang,
): TemplateResult {
  return html`<div class="side" data-side=${key}>
    <p class="side-label">${label}</p>
    ${
      initiatives.length
        ? initiatives.map(
            (i) =>
              html`<div class="initiative" data-id=${i.id} lang=${plan.language}>
                <p class="ini-title">${i.title}</p>
                <blockquote class="quote">${i.provenance.quote}</blockquote>
                <p class="section">${i.provenance.section}</p>
                ${renderCaveats(
                  // a measure printed twice is listed once: the caveats of both printings
                  [i.id, ...(i.sameAs ?? [])].flatMap((id) => caveatsFor(plan, lang, 'initiative', id)),
                  lang,
                )}
              </div>`,
          )
        : html`<p class="empty">${empty}</p>`
    }
  </div>`;
}

/**
 * One change with both quotes side by side (the earlier plan's | the later plan's, each with its
 * section), the quotes of the links that say so, and "inferred (confidence N %)" when no link does.
 */
export function changeView(
  c: InitiativeChange,
  from: Plan,
  to: Plan,
  periods: [string, string],
  s: EvolutionStrings,
  lang: Lang,
): TemplateResult {
  const percent =
    c.confidence === undefined ? undefined : formatNumber(Math.round(c.confidence * 100), lang, 'percent');
  return html`<li class="change" data-change=${c.change} data-inferred=${c.inferred ? 'true' : 'false'}>
    <div class="sides">
      ${side(s.before(periods[0]), from, c.from, s.notBefore, 'from', lang)}
      ${side(s.after(periods[1]), to, c.to, s.notAfter, 'to', lang)}
    </div>
    ${
      c.links.length
        ? html`<ul class="links" aria-label=${s.linkQuote}>
            ${c.links.map(
              (l) =>
                html`<li class="link" data-type=${l.type}>
                  ${
                    l.provenance
                      ? html`<span class="link-label">${s.linkQuote}:</span>
                          <q lang=${to.language}>${l.provenance.quote}</q>
                          <span class="section">(${l.provenance.section})</span>`
                      : nothing
                  }
                  ${l.note ? html`<span class="link-note" lang=${to.language}>${l.note}</span>` : nothing}
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${c.inferred ? html`<p class="inferred">${s.inferred(percent)}</p>` : nothing}
  </li>`;
}
