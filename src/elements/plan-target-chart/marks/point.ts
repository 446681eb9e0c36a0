import { nothing, svg, type SVGTemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { markPath, type PlacedPoint } from '../../../model/chart-layout.js';

export interface PointOptions {
  /** The point's chart, its index in the chart (reading order) and its plan (`data-chart`, `data-index`, `data-plan`). */
  data: { chart: string; index: number; plan: string };
  /** Colour slot of its series. */
  slot: number;
  /** Accessible name: plan, year, kind and value. */
  label: string;
  /** Holds the chart's tab stop. */
  active: boolean;
  /** Picked: its citation shows under the chart (the option selected in the list of points). */
  picked: boolean;
  /** Its tooltip is open. */
  open: boolean;
  /** Pointer handlers (of the point-focus controller). */
  on: { enter: (e: PointerEvent) => void; leave: (e: PointerEvent) => void };
}

/**
 * One value as a focusable marker: a diamond for a baseline, a circle for a target (open) or an actual
 * value (filled), a dotted ring when approximate; a wide hit area and a focus ring around it. For assistive
 * technology it is an option of the chart's list of points (the picked one selected).
 */
export function pointMark(pp: PlacedPoint, o: PointOptions): SVGTemplateResult {
  const p = pp.point;
  const { chart, index, plan } = o.data;
  return svg`<g
    class=${classMap({ point: true, [`kind-${p.kind}`]: true, [`s${o.slot}`]: true, approximate: p.approximate, wide: p.scope !== 'municipal' })}
    transform="translate(${pp.x},${pp.y})"
    tabindex=${o.active ? '0' : '-1'}
    role="option"
    aria-selected=${o.picked ? 'true' : 'false'}
    aria-label=${o.label}
    aria-describedby=${o.open ? `${chart}-tip` : nothing}
    data-index=${index}
    data-chart=${chart}
    data-plan=${plan}
    data-year=${p.year}
    data-kind=${p.kind}
    data-value=${p.value}
    @pointerenter=${o.on.enter}
    @pointerleave=${o.on.leave}
  >
    <circle class="hit" r="14"></circle>
    <circle class="ring" r="11"></circle>
    <circle class="ring ring-inner" r="8"></circle>
    ${p.approximate ? svg`<circle class="approx-ring" r="9"></circle>` : nothing}
    <path class="mark" d=${markPath(p.kind)}></path>
  </g>`;
}
