import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { Lang } from '../../i18n/index.js';
import { STRINGS } from '../../i18n/plan-target-chart.js';
import {
  MIN_PLOT_WIDTH,
  chartLayout,
  placeLabels,
  plotFrame,
  tooltipWidth,
  wrapText,
} from '../../model/chart-layout.js';
import type { ChartLayout, PlacedPoint } from '../../model/chart-layout.js';
import { pointKind, tickFormat, type ChartSpec } from '../../model/chart.js';
import { pointValue } from '../../model/describe.js';
import { planLabel } from '../../model/summary.js';
import type { PointFocusController } from './point-focus-controller.js';
import { scrollFocus } from '../shared/scroll-focus.js';
import { axesMark } from './marks/axes.js';
import { pointMark } from './marks/point.js';
import { referenceMark } from './marks/reference.js';
import { seriesMark } from './marks/series.js';
import { tooltipMark, type TipLine } from './marks/tooltip.js';

/** Text size of the chart (px). */
const FONT = 12;

export interface PlotInput {
  spec: ChartSpec;
  /** One chart alone (larger), not a small multiple. */
  single: boolean;
  /** Width of the chart's container (px; 0 before it is measured). */
  measured: number;
  lang: Lang;
  /** Ids of the chart's title and description, which name the SVG and its drawing. */
  titleId: string;
  descId: string;
  focus: PointFocusController;
}

/**
 * One chart as SVG in its wrapper: axes, reference lines, one series per plan, the focusable points
 * and the tooltip of the point looked at. Returns the layout drawn (the keys move through its points).
 */
export function plotView({ spec, single, measured, lang, titleId, descId, focus }: PlotInput): {
  layout: ChartLayout;
  view: TemplateResult;
} {
  const ui = STRINGS[lang];
  const frame = plotFrame(measured, single, spec.names, FONT);
  const format = tickFormat(spec.unit, lang);
  const { width, height, right } = frame;
  const layout = chartLayout(spec.series, { width, height, right, formatY: format, years: spec.years, fontSize: FONT });
  const { margin, innerWidth } = layout;
  const scroll = measured > 0 && measured < MIN_PLOT_WIDTH;
  const tipRef = focus.tip;
  const picked = focus.picked;
  const tip = tipRef?.chart === spec.id ? layout.points[tipRef.index] : undefined;
  const active = focus.activeIndex(spec.id, layout.points.length);
  const valueText = (pp: PlacedPoint) => pointValue(pp.point, spec.unit, lang);
  const refTexts = layout.references.map((r) => ui.reference(r.scope, r.year, pointValue(r, spec.unit, lang)));
  const labels = placeLabels(layout, (p) => pointValue(p, spec.unit, lang), refTexts, FONT);
  const kind = (pp: PlacedPoint) => pointKind(spec.series[pp.series]!, pp.point, lang);
  const view = html`<div
    class=${classMap({ plot: true, scroll, many: spec.series.length > 1 && !frame.direct, 'tip-open': !!tip })}
    ${scrollFocus(ui.chartRegion(spec.title))}
    @keydown=${focus.onKeyDown}
    @focusin=${focus.onFocusIn}
    @focusout=${focus.onFocusOut}
  >
    <div class="sizer" data-chart=${spec.id}></div>
    <svg
      part="chart"
      class="svg"
      data-chart=${spec.id}
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      role="group"
      aria-labelledby=${titleId}
      @pointerdown=${focus.onPointerDown}
    >
      <g class="drawing" role="img" aria-labelledby=${descId} transform="translate(${margin.left},${margin.top})">
        ${axesMark(layout, format, spec.unitName)}
        ${layout.references.map((r, i) => referenceMark(r, innerWidth, labels.references[i]!, refTexts[i]!))}
        ${layout.series.map((s, i) =>
          seriesMark(s, {
            slot: spec.slots[i]!,
            values: labels.values,
            valueText,
            direct: frame.direct ? { label: frame.labels[i]!, y: labels.ends[i]!, innerWidth } : undefined,
          }),
        )}
      </g>
      <g class="points" role="listbox" aria-label=${ui.points} transform="translate(${margin.left},${margin.top})">
        ${layout.points.map((pp, i) =>
          pointMark(pp, {
            data: { chart: spec.id, index: i, plan: spec.series[pp.series]!.plan.id },
            slot: spec.slots[pp.series]!,
            label: ui.pointLabel(
              spec.names[pp.series]!,
              pp.point.year,
              kind(pp),
              pointValue(pp.point, spec.unit, lang, true),
            ),
            active: i === active,
            picked: picked?.chart === spec.id && picked.index === i,
            open: tip === pp,
            on: { enter: focus.onPointerEnter, leave: focus.onPointerLeave },
          }),
        )}
      </g>
      ${
        tip
          ? tooltipMark(layout, tip, `${spec.id}-tip`, tipLines(spec, tip, kind(tip), layout.width, lang), {
              enter: focus.cancelHide,
              leave: focus.scheduleHide,
            })
          : nothing
      }
    </svg>
  </div> `;
  return { layout, view };
}

/** The tooltip's text: plan, year, kind and value, the source section and the quote, wrapped to the box. */
function tipLines(spec: ChartSpec, pp: PlacedPoint, kind: string, chartWidth: number, lang: Lang): TipLine[] {
  const ui = STRINGS[lang];
  const s = spec.series[pp.series]!;
  const p = pp.point;
  const { chars } = tooltipWidth(chartWidth);
  const quoteLang = s.plan.language;
  return [
    { text: planLabel(s.plan, lang), cls: 'tip-title' },
    { text: `${p.year} · ${kind}: ${pointValue(p, spec.unit, lang, true)}`, cls: 'tip-value' },
    ...wrapText(`${ui.source}: ${p.source.provenance.section}`, chars).map((text) => ({
      text,
      cls: 'tip-source',
      lang: quoteLang,
    })),
    ...wrapText(ui.quote(p.source.provenance.quote), chars).map((text) => ({
      text,
      cls: 'tip-quote',
      lang: quoteLang,
    })),
  ];
}
