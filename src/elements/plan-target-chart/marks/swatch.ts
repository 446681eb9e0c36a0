import { html, nothing, svg, type TemplateResult } from 'lit';
import { markPath } from '../../../model/chart-layout.js';

export type SwatchKind = 'baseline' | 'target' | 'actual' | 'reference' | 'approximate' | 'series';

/** A small key drawing for the legend (decorative; the text next to it says what it is). */
export function swatchMark(kind: SwatchKind, slot?: number): TemplateResult {
  const cls = slot ? `swatch s${slot}` : 'swatch neutral';
  return html`<svg class=${cls} viewBox="0 0 36 16" width="36" height="16" aria-hidden="true" focusable="false">
    ${kind === 'baseline' ? svg`<g class="key kind-baseline" transform="translate(18,8)"><path class="mark" d=${markPath('baseline')}></path></g>` : nothing}
    ${
      kind === 'target'
        ? svg`<path class="line target" d="M2,8H34"></path><g class="key kind-target" transform="translate(18,8)"><path class="mark" d=${markPath('target')}></path></g>`
        : nothing
    }
    ${
      kind === 'actual'
        ? svg`<path class="line actual" d="M2,8H34"></path><g class="key kind-actual" transform="translate(18,8)"><path class="mark" d=${markPath('actual')}></path></g>`
        : nothing
    }
    ${
      kind === 'approximate'
        ? svg`<g class="key kind-actual" transform="translate(18,8)"><circle class="approx-ring" r="7"></circle><path class="mark" d=${markPath('actual', 0.7)}></path></g>`
        : nothing
    }
    ${kind === 'reference' ? svg`<g class="reference"><line x1="2" x2="34" y1="8" y2="8"></line></g>` : nothing}
    ${kind === 'series' ? svg`<path class="line series-key" d="M2,8H34"></path><circle class="series-dot" cx="18" cy="8" r="4"></circle>` : nothing}
  </svg>`;
}
