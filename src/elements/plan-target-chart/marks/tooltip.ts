import { nothing, svg, type SVGTemplateResult } from 'lit';
import { TIP_LINE, placeTooltip, type ChartLayout, type PlacedPoint } from '../../../model/chart-layout.js';

/** One line of a tooltip, with its class (`tip-title`, `tip-value`, `tip-source`, `tip-quote`) and language. */
export interface TipLine {
  text: string;
  cls: string;
  lang?: string;
}

/** The tooltip of point `pp`: a box of text lines above the point (below it when there is no room). */
export function tooltipMark(
  layout: ChartLayout,
  pp: PlacedPoint,
  id: string,
  lines: readonly TipLine[],
  on: { enter: () => void; leave: () => void },
): SVGTemplateResult {
  const { x, y, width, height } = placeTooltip(layout, pp, lines.length);
  return svg`<g
    part="tooltip"
    class="tooltip"
    role="tooltip"
    id=${id}
    transform="translate(${x},${y})"
    @pointerenter=${on.enter}
    @pointerleave=${on.leave}
  >
    <rect class="tip-box" width=${width} height=${height} rx="4"></rect>
    <text>
      ${lines.map((l, i) => svg`<tspan class=${l.cls} x="10" y=${6 + (i + 1) * TIP_LINE - 4} lang=${l.lang ?? nothing}>${l.text} </tspan>`)}
    </text>
  </g>`;
}
