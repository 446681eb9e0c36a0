/**
 * One plan's column of the theme comparison: a sticky header (plan, coverage level in words, the
 * "selected in the matrix" mark), then its tracks with their see/want texts, initiatives, targets,
 * figures and caveats; every entry with its passage (section, quote, copy button).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/index.js';
import type { ThemeCompareStrings } from '../../i18n/plan-theme-compare.js';
import type { Plan, Provenance, TextBlock } from '../../schema/plan.js';
import type { ThemeColumn } from '../../model/theme-compare.js';
import { planLabel } from '../../model/summary.js';
import { figureText } from '../../model/figures.js';
import { boundedText } from '../../model/bounds.js';
import { formatValue } from '../../i18n/index.js';
import { renderCaveats } from '../shared/caveat.js';

export interface ColumnContext {
  lang: Lang;
  s: ThemeCompareStrings;
  marked: boolean;
  /** A heading `depth` steps below the element's top headings. */
  heading: (depth: number, content: unknown, attributes: { id?: string; class?: string }) => TemplateResult;
  passage: (plan: Plan, provenance: Provenance, key: string, context: string) => TemplateResult;
}

export function renderColumn(col: ThemeColumn, c: ColumnContext): TemplateResult {
  const { plan, coverage } = col;
  const { s, lang } = c;
  const name = planLabel(plan, lang);
  const id = `col-${plan.id}`;
  const key = (k: string) => `${plan.id}:${k}`;
  const blocks = (label: string, list: readonly TextBlock[] | undefined, k: string) =>
    list?.length
      ? html`<div class="texts">
          <p class="texts-label">${label}</p>
          ${list.map(
            (b, i) =>
              html`<div class="text-block">
                <p lang=${plan.language}>${b.text}</p>
                ${c.passage(plan, b.provenance, key(`${k}-${i}`), `${name}, ${label}`)}
              </div>`,
          )}
        </div>`
      : nothing;
  const part = (k: string, title: string, n: number, body: () => unknown) =>
    n > 0
      ? html`<div class="part" data-part=${k}>
          ${c.heading(2, `${title} (${n})`, { id: `${id}-${k}`, class: 'part-title' })} ${body()}
        </div>`
      : nothing;
  return html`<div
    role="group"
    class="column ${c.marked ? 'marked' : ''} level-${coverage.level}"
    part="column"
    data-plan=${plan.id}
    data-level=${coverage.level}
    aria-labelledby=${id}
  >
    <div class="column-head" part="column-head">
      ${c.heading(1, name, { id, class: 'plan-title' })}
      ${c.marked ? html`<p class="marked-tag" part="marked">★ ${s.marked}</p>` : nothing}
      <p class="coverage" data-level=${coverage.level}>
        <span class="coverage-label">${s.coverage}:</span> <strong>${s.levels[coverage.level]}</strong>
      </p>
    </div>
    <p class="level-text">${s.levelText[coverage.level]}</p>
    ${part('tracks', s.tracks, col.tracks.length, () =>
      col.tracks.map(
        (t) =>
          html`<div class="entry track" data-track=${t.id}>
            <p class="entry-title" lang=${plan.language}>${t.label}</p>
            ${c.passage(plan, t.provenance, key(`track-${t.id}`), `${name}, ${t.label}`)}
            ${blocks(s.see, t.see, `${t.id}-see`)} ${blocks(s.want, t.want, `${t.id}-want`)}
          </div>`,
      ),
    )}
    ${part('initiatives', s.initiatives, col.initiatives.length, () =>
      col.initiatives.map(({ initiative: i, targetGroups }) => {
        const meta = [
          i.kind ? s.kinds[i.kind] : undefined,
          s.statuses[i.status],
          targetGroups.length ? `${s.targetGroups}: ${targetGroups.map((g) => g.label).join(', ')}` : undefined,
        ].filter(Boolean);
        return html`<div class="entry initiative" data-initiative=${i.id}>
          <p class="entry-title" lang=${plan.language}>${i.title}</p>
          <p class="meta">${meta.join(' · ')}</p>
          ${c.passage(plan, i.provenance, key(`ini-${i.id}`), `${name}, ${i.title}`)}
        </div>`;
      }),
    )}
    ${part('targets', s.targets, col.indicators.length, () =>
      col.indicators.map(
        (ind) =>
          html`<div class="entry indicator" data-indicator=${ind.id}>
            <p class="entry-title" lang=${plan.language}>${ind.label}</p>
            <p class="trend">
              ${ind.values.map(
                (v, i) =>
                  html`${i ? html`<span aria-hidden="true"> → </span>` : nothing}<span
                      class="point"
                      data-kind=${v.kind}
                      data-year=${v.year}
                      >${v.year} ${s.valueKinds[v.kind]}:
                      <strong>${boundedText(v, (x) => formatValue(x, ind.unit, lang), lang)}</strong></span
                    >${i < ind.values.length - 1 ? html`<span class="visually-hidden">, </span>` : nothing}`,
              )}
            </p>
            <ul class="points">
              ${ind.values.map(
                (v, i) =>
                  html`<li>
                    ${c.passage(
                      plan,
                      v.provenance,
                      key(`ind-${ind.id}-${i}`),
                      `${name}, ${ind.label}, ${v.year} ${s.valueKinds[v.kind]}`,
                    )}
                  </li>`,
              )}
            </ul>
          </div>`,
      ),
    )}
    ${part('figures', s.figures, col.statistics.length, () =>
      col.statistics.map(
        (st) =>
          html`<div class="entry statistic scope-${st.scope}" data-statistic=${st.id}>
            <p class="entry-title">
              <span class="scope-tag" data-scope=${st.scope}>${s.scope[st.scope]}</span>
              <span lang=${plan.language}>${st.label}</span>
            </p>
            <ul class="rows">
              ${st.rows.map(
                (r) =>
                  html`<li>
                    <span lang=${plan.language}>${r.label}</span>: <strong>${figureText(r, st.unit, lang)}</strong>
                  </li>`,
              )}
            </ul>
            ${c.passage(plan, st.provenance, key(`stat-${st.id}`), `${name}, ${st.label}`)}
          </div>`,
      ),
    )}
    ${
      col.caveats.length
        ? html`<div class="part" data-part="caveats">
            ${c.heading(2, `${s.caveats} (${col.caveats.length})`, { id: `${id}-caveats`, class: 'part-title' })}
            ${renderCaveats(col.caveats, lang, { subject: (cav) => cav.label ?? '' })}
          </div>`
        : nothing
    }
    ${col.entries === 0 && coverage.level !== 'none' ? html`<p class="note">${s.nothingHere}</p>` : nothing}
  </div>`;
}
