import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { PlacedPoint, PlacedSeries } from '../../../model/chart-layout.js';

export interface SeriesOptions {
  /** Colour slot. */
  slot: number;
  /** Points labelled with their value, and that value as text. */
  values: ReadonlySet<PlacedPoint>;
  valueText: (pp: PlacedPoint) => string;
  /** The series' name at its line end: the label, its baseline, and the plot's inner width (the label stands right of it). */
  direct?: { label: string; y: number; innerWidth: number };
}

/**
 * One plan's lines: targets dashed and actual values solid (each from the baseline), value labels
 * above the points that carry one, and the direct label at the line end with a leader line when
 * the label had to move away from the end point.
 */
export function seriesMark(s: PlacedSeries, o: SeriesOptions): SVGTemplateResult {
  const d = o.direct;
  return svg`<g class="series s${o.slot}" data-plan=${s.series.plan.id}>
    ${s.targetPath ? svg`<path class="line target" d=${s.targetPath}></path>` : nothing}
    ${s.actualPath ? svg`<path class="line actual" d=${s.actualPath}></path>` : nothing}
    ${s.points.map((pp) =>
      o.values.has(pp)
        ? svg`<text class="value-label" x=${pp.x} y=${pp.y - 11} text-anchor="middle">${o.valueText(pp)}</text>`
        : nothing,
    )}
    ${
      d && s.end
        ? svg`${
            d.innerWidth - s.end.x > 12 || Math.abs(d.y - 4 - s.end.y) > 6
              ? svg`<path class="leader" d="M${s.end.x + 8},${s.end.y}L${d.innerWidth + 4},${d.y - 4}"></path>`
              : nothing
          }
          <text class="direct-label" x=${d.innerWidth + 8} y=${d.y}>${d.label}</text>`
        : nothing
    }
  </g>`;
}
