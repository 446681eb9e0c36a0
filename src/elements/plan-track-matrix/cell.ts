import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, type Lang } from '../../i18n/index.js';
import type { MatrixStrings } from '../../i18n/plan-track-matrix.js';
import { themeLabel } from '../../data/themes.js';
import type { Coverage } from '../../model/coverage.js';
import { planLabel } from '../../model/summary.js';
import type { Plan } from '../../schema/plan.js';
import { levelSymbol, targetSymbol } from './symbols.js';

/** "12 indsatser", "Nævnt i mål/ambition", "Ikke dækket", "Ukendt". */
export function levelText(c: Coverage, s: MatrixStrings, lang: Lang): string {
  if (c.level === 'none' || c.level === 'ambition' || c.level === 'unknown') return s.levels[c.level];
  return s.initiatives(c.initiatives, formatNumber(c.initiatives, lang));
}

export interface CellOptions {
  /** The cell's row (theme) and column (plan) among all of them, a windowed matrix too. */
  row: number;
  col: number;
  /** `aria-colindex` of a windowed matrix. */
  colIndex: number | typeof nothing;
  /** Holds the tab stop; is the selected cell. */
  stop: boolean;
  selected: boolean;
  /** List the plan's own tracks under the cell. */
  showTracks: boolean;
  onClick: () => void;
}

/** The number alone, for a compact (phone) matrix, where the words are read but not shown. */
const compact = (n: string) => html`<span class="compact-n" aria-hidden="true">${n}</span>`;

/**
 * One (plan, theme) cell: a button that says the coverage in a symbol and words (and the measurable
 * targets), named with its theme and plan for assistive technology; the plan's tracks below it on request.
 */
export function cellView(c: Coverage, plan: Plan, s: MatrixStrings, lang: Lang, o: CellOptions): TemplateResult {
  return html`<td
    part="cell"
    class="cell level-${c.level}"
    data-plan=${plan.id}
    data-theme=${c.theme}
    data-level=${c.level}
    aria-colindex=${o.colIndex}
  >
    <button
      type="button"
      part="cell-button"
      class="cell-button"
      tabindex=${o.stop ? 0 : -1}
      aria-pressed=${o.selected ? 'true' : 'false'}
      data-row=${o.row}
      data-col=${o.col}
      @click=${o.onClick}
    >
      <span class="level"
        >${levelSymbol(c.level)}<span class="level-text">${levelText(c, s, lang)}</span>${
          c.level === 'initiatives' || c.level === 'target' ? compact(formatNumber(c.initiatives, lang)) : nothing
        }</span
      >
      ${
        c.level === 'target'
          ? html`<span class="target-mark"
              >${targetSymbol()}<span class="level-text">${s.targets(c.targets, formatNumber(c.targets, lang))}</span
              >${compact(formatNumber(c.targets, lang))}</span
            >`
          : nothing
      }
      <span class="visually-hidden">${s.cellContext(themeLabel(c.theme, lang), planLabel(plan, lang))}</span>
    </button>
    ${
      o.showTracks && c.tracks.length > 0
        ? html`<ul class="tracks" part="tracks" lang=${plan.language} aria-label=${s.tracksIn}>
            ${c.tracks.map((t) => html`<li data-track=${t.id}>${t.label}</li>`)}
          </ul>`
        : nothing
    }
  </td>`;
}
