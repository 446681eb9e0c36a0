import { svg, type SVGTemplateResult } from 'lit';
import type { ChartLayout } from '../../../model/chart-layout.js';

/**
 * The axes as SVG (the shape d3-axis draws: a `.tick` group per value with its line and label): years
 * along the bottom, values with grid lines across the plot on the left, and the unit above them.
 */
export function axesMark(layout: ChartLayout, format: (value: number) => string, unitName: string): SVGTemplateResult {
  const { x, y, innerWidth, innerHeight, margin } = layout;
  return svg`<text class="axis-title" x=${-margin.left + 2} y="-14">${unitName}</text>
    <g class="axis y-axis" text-anchor="end">
      ${layout.yTicks.map(
        (t) => svg`<g class="tick" transform="translate(0,${y(t)})">
          <line x2=${innerWidth}></line>
          <text x="-8" dy="0.32em">${format(t)}</text>
        </g>`,
      )}
    </g>
    <g class="axis x-axis" transform="translate(0,${innerHeight})" text-anchor="middle">
      <path class="domain" d="M0,0.5H${innerWidth}"></path>
      ${layout.xTicks.map(
        (t) => svg`<g class="tick" transform="translate(${x(t)},0)">
          <line y2="6"></line>
          <text y="12" dy="0.71em">${String(t)}</text>
        </g>`,
      )}
    </g>`;
}
