import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { CoverageLevel } from '../../model/coverage.js';

/** The shape that stands for a coverage level (drawn in `currentColor`; the text says the same). */
export function levelSymbol(level: CoverageLevel): TemplateResult {
  let shape: SVGTemplateResult;
  switch (level) {
    case 'none':
      shape = svg`<circle cx="8" cy="8" r="5.75" fill="none" stroke="currentColor" stroke-width="1.5"></circle>`;
      break;
    case 'unknown':
      // a dashed ring with a question mark: not read, rather than read and empty
      shape = svg`<circle cx="8" cy="8" r="5.75" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.2 1.8"></circle><path d="M6.3 6.4a1.8 1.8 0 1 1 2.4 1.7c-.5.2-.7.5-.7 1v.4" fill="none" stroke="currentColor" stroke-width="1.3" stroke-linecap="round"></path><circle cx="8" cy="11.2" r=".8" fill="currentColor"></circle>`;
      break;
    case 'ambition':
      shape = svg`<circle cx="8" cy="8" r="5.75" fill="none" stroke="currentColor" stroke-width="1.5"></circle><path d="M8 2.25a5.75 5.75 0 0 0 0 11.5z" fill="currentColor"></path>`;
      break;
    default:
      shape = svg`<circle cx="8" cy="8" r="6.5" fill="currentColor"></circle>`;
  }
  return html`<svg
    class="symbol symbol-${level}"
    viewBox="0 0 16 16"
    width="16"
    height="16"
    aria-hidden="true"
    focusable="false"
  >
    ${shape}
  </svg>`;
}

/** The measurable-target marker: a bullseye. */
export function targetSymbol(): TemplateResult {
  return html`<svg
    class="symbol symbol-target-mark"
    viewBox="0 0 16 16"
    width="16"
    height="16"
    aria-hidden="true"
    focusable="false"
  >
    <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"></circle>
    <circle cx="8" cy="8" r="3.25" fill="none" stroke="currentColor" stroke-width="1.5"></circle>
    <circle cx="8" cy="8" r="1.1" fill="currentColor"></circle>
  </svg>`;
}
