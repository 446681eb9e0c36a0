import { svg, type SVGTemplateResult } from 'lit';
import type { PlacedLabel, Reference } from '../../../model/chart-layout.js';

/** A value of wider scope than the plan (a national baseline) as a dotted line across the plot, with its label. */
export function referenceMark(r: Reference, innerWidth: number, label: PlacedLabel, text: string): SVGTemplateResult {
  return svg`<g class="reference" data-scope=${r.scope}>
    <line x1="0" x2=${innerWidth} y1=${r.y} y2=${r.y}></line>
    <text class="reference-label" x=${label.x} y=${label.y} text-anchor=${label.anchor}>${text}</text>
  </g>`;
}
