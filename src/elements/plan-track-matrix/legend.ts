import { html, nothing, type TemplateResult } from 'lit';
import type { MatrixStrings } from '../../i18n/plan-track-matrix.js';
import type { CoverageLevel } from '../../model/coverage.js';
import { levelSymbol, targetSymbol } from './symbols.js';

/** What the symbols mean: one line per coverage level. */
export function legendView(s: MatrixStrings): TemplateResult {
  const levels: CoverageLevel[] = ['none', 'unknown', 'ambition', 'initiatives', 'target'];
  return html`<div class="legend" part="legend">
    <p class="legend-title" id="legend-title">${s.legendTitle}</p>
    <ul aria-labelledby="legend-title">
      ${levels.map(
        (level) =>
          html`<li data-level=${level}>
            <span class="legend-symbols level-${level}"
              >${levelSymbol(level)}${level === 'target' ? targetSymbol() : nothing}</span
            >
            <span
              ><strong>${level === 'initiatives' ? s.initiatives(2, 'N') : s.levels[level]}</strong>:
              ${s.legendText[level]}</span
            >
          </li>`,
      )}
    </ul>
  </div>`;
}
