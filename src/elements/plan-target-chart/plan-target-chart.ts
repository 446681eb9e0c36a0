import { html, isServer, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ContextConsumer } from '@lit/context';
import type { Plan } from '../../schema/plan.js';
import { PlanElement } from '../shared/plan-element.js';
import { tokens } from '../shared/tokens.js';
import { comparisonContext } from '../shared/context.js';
import { formatNumber, formatValue, pick, UNIT_NAMES, type Lang } from '../../i18n/index.js';
import { STRINGS, type TargetChartStrings } from '../../i18n/plan-target-chart.js';
import { themeLabel } from '../../data/themes.js';
import { comparableGroups, planSeries, yearExtent, type Series, type SeriesPoint } from '../../model/targets.js';
import { describeGroup, describeSeries, pointValue, seriesName } from '../../model/describe.js';
import { municipalityNames, periodLabel } from '../../model/summary.js';
import { chartLayout, fitLabels, markPath, placeReferenceLabels, pointBox, spreadLabels, textWidth, wrapText, type ChartLayout, type PlacedPoint } from '../../model/chart-layout.js';
import { citationOf, planReference } from '../../model/citation.js';
import { TARGET_COLUMNS, csvOptionsFor, exportEnvelope, targetRows, toCsv, toJson } from '../../model/export.js';
import { Announcer, clipboardStyles } from '../shared/clipboard.js';
import {
  buildSheet,
  downloadStyles,
  offerDownload,
  renderDownloadMenu,
  svgToPng,
  textBlob,
  type DownloadFormat,
  type SheetLegendItem,
  type SheetPart,
} from '../shared/download.js';
import { targetChartStyles } from './plan-target-chart.styles.js';

/** With more small multiples than this, only those near the viewport are laid out and painted (content-visibility). */
const MANY_CHARTS = 12;
/** Narrowest drawing (px); a narrower container scrolls it. */
const MIN_WIDTH = 280;
/** Series colours (`--plan-series-1` …); more plans than this reuse them, told apart by direct labels. */
const SLOTS = 6;
const FONT = 12;
const TIP_FONT = 13;
const TIP_LINE = 17;

/** One drawn chart: one indicator of one plan (small multiples) or one comparable indicator across plans. */
interface ChartSpec {
  id: string;
  title: string;
  /** Language of the plan text in the title. */
  titleLang: string;
  subtitle: string;
  unit: string;
  series: Series[];
  /** Short name of each series (direct labels, table rows). */
  names: string[];
  /** Colour slot (1 … SLOTS) of each series. */
  slots: number[];
  description: string;
  /** Shared year domain of the small multiples. */
  years?: [number, number];
  /** Label of the theme selected in a surrounding comparison, when this chart matches it. */
  selected?: string;
}

interface Tip {
  chart: string;
  index: number;
}

/**
 * Indicator series as an SVG chart: baselines, targets and actual values by year, one line per
 * plan. With `indicator` set to a comparable key, one chart of that indicator across the selected
 * plans; without it, every indicator of the selected plans as small multiples. Each point is
 * focusable and shows its value, kind and source quote; a toggle shows the same numbers as a table;
 * a generated text says what the chart shows.
 *
 * @tag plan-target-chart
 * @csspart chart - The `svg` of a chart.
 * @csspart legend - The legend (value types and plans), HTML.
 * @csspart table - The `table` of a chart's numbers (after the toggle).
 * @csspart tooltip - The tooltip of the hovered or focused point (an SVG group).
 * @csspart description - The generated text description of a chart.
 * @csspart toggle - The "Vis som tabel" / "Show as table" toggle button.
 * @csspart downloads - The "Hent data" / "Download" menu: CSV and JSON of the values shown; SVG and PNG of the charts (while they are shown, not the tables).
 * @csspart citation - The citation of the selected point under its chart, with its copy button.
 * @fires plan-download - Before a file is saved. Detail: `{ format: 'csv' | 'json' | 'svg' | 'png', filename, blob }`. Cancelable: `preventDefault()` keeps the file from being saved (the page handles the blob).
 * @csspart state - The loading, error or empty message.
 * @csspart rejected - The list of plan documents that failed validation.
 * @csspart button - Buttons (retry).
 * @cssprop --plan-series-1 - Colour of the first plan's series (light fallback #005ea5, dark #7cb8f0).
 * @cssprop --plan-series-2 - Colour of the second plan's series (#a34700 / #f5a35c).
 * @cssprop --plan-series-3 - Colour of the third plan's series (#1a7431 / #6fcf86).
 * @cssprop --plan-series-4 - Colour of the fourth plan's series (#7b3fa0 / #d49bf0).
 * @cssprop --plan-series-5 - Colour of the fifth plan's series (#b0233f / #f59ab0).
 * @cssprop --plan-series-6 - Colour of the sixth plan's series (#00707a / #5fd0d8); further plans reuse the six.
 * @cssprop --plan-color-text - Text colour.
 * @cssprop --plan-color-muted - Secondary text, axes.
 * @cssprop --plan-color-background - Background (also of open markers and the tooltip).
 * @cssprop --plan-color-surface - Background of state messages and table headers.
 * @cssprop --plan-color-border - Borders and grid lines.
 * @cssprop --plan-color-accent - Accent (toggle button).
 * @cssprop --plan-color-danger - Error borders.
 * @cssprop --plan-color-focus - Focus ring.
 * @cssprop --plan-radius - Corner radius.
 * @cssprop --plan-space - Base spacing.
 * @cssprop --plan-font-family - Font family.
 * @cssprop --plan-font-size - Base font size.
 */
export class PlanTargetChart extends PlanElement {
  static override styles = [tokens, targetChartStyles, downloadStyles, clipboardStyles];

  /** A comparable indicator key (e.g. `treatment-effect-drugs`): one chart of it across the selected plans. Unset: every indicator of the selected plans as small multiples. */
  @property() indicator?: string;

  /** Show the numbers as tables instead of the charts (what the toggle button switches). */
  @property({ type: Boolean, reflect: true, attribute: 'show-table' }) showTable = false;

  /** Measured width of each chart's container, by chart id. */
  @state() private widths = new Map<string, number>();
  /** The point whose tooltip is shown. */
  @state() private tip?: Tip;
  /** The point of each chart that holds the tab stop (roving tabindex). */
  @state() private active = new Map<string, number>();

  private readonly comparison = new ContextConsumer(this, { context: comparisonContext, subscribe: true });
  private layouts = new Map<string, ChartLayout>();
  private resizeObserver?: ResizeObserver;
  private readonly observed = new Set<Element>();
  private hideTimer?: ReturnType<typeof setTimeout>;
  /** Widths measured but not drawn yet (many charts redraw in the next frame), and that frame. */
  private pendingWidths?: Map<string, number>;
  private resizeFrame = 0;
  /** The point whose citation shows under its chart: the last one focused or pressed. */
  @state() private picked?: Tip;
  /** Live confirmation of copies and downloads. */
  private readonly announcer = new Announcer(this);
  /** What the last render showed, for the downloads. */
  private shownSpecs: ChartSpec[] = [];
  private shownPlans: Plan[] = [];
  /** Rendered on the server, or hydrating a server render (declarative shadow root): the table stands in for the chart, whose axes d3 draws in the browser. */
  private prerendered = isServer || (this.shadowRoot?.hasChildNodes() ?? false);

  /** Numbers as tables: the toggle, or a server render (readable without JavaScript). */
  private get tableView(): boolean {
    return this.showTable || this.prerendered;
  }

  private get ui(): TargetChartStrings {
    return pick(STRINGS, this.lang_);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.resizeObserver) {
      this.resizeObserver = new ResizeObserver((entries) => this.onResize(entries));
      this.requestUpdate(); // re-observe the charts after a reconnect
    }
  }

  override disconnectedCallback(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed.clear();
    clearTimeout(this.hideTimer);
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = 0;
    this.pendingWidths = undefined;
    super.disconnectedCallback();
  }

  override render(): TemplateResult {
    return this.renderState((plans) => this.renderReady(plans));
  }

  // ── what to draw ────────────────────────────────────────────────────────────────────────────

  private specs(plans: Plan[]): ChartSpec[] | 'unknown' {
    const lang = this.lang_;
    const ui = this.ui;
    const selection = this.comparison.value?.state.selection;
    const selectedFor = (series: Series[]) =>
      selection && series.some((s) => s.plan.id === selection.planId && s.indicator.themes.includes(selection.theme))
        ? themeLabel(selection.theme, lang)
        : undefined;
    const key = this.indicator?.trim();
    if (key) {
      const group = comparableGroups(plans).find((g) => g.key === key);
      if (!group) return 'unknown';
      const groupPlans = group.series.map((s) => s.plan);
      const first = group.series[0]!;
      const names = group.series.map((s) => seriesName(s.plan, groupPlans, lang));
      return [
        {
          id: 'chart-0',
          title: first.indicator.label,
          titleLang: first.plan.language,
          subtitle: group.series.length === 1 ? planLine(first.plan, lang) : ui.plansCount(group.series.length),
          unit: group.unit,
          series: group.series,
          names,
          slots: group.series.map((_, i) => (i % SLOTS) + 1),
          description: describeGroup(group.series, lang),
          selected: selectedFor(group.series),
        },
      ];
    }
    const withIndicators = plans.filter((p) => (p.indicators ?? []).length > 0);
    const all = withIndicators.flatMap((p) => planSeries(p));
    const years = yearExtent(all);
    const specs: ChartSpec[] = [];
    withIndicators.forEach((plan, pi) => {
      const name = seriesName(plan, plans, lang);
      for (const s of planSeries(plan)) {
        specs.push({
          id: `chart-${specs.length}`,
          title: s.indicator.label,
          titleLang: plan.language,
          subtitle: planLine(plan, lang),
          unit: s.indicator.unit,
          series: [s],
          names: [name],
          slots: [(pi % SLOTS) + 1],
          description: describeSeries(s, lang, name),
          years,
          selected: selectedFor([s]),
        });
      }
    });
    return specs;
  }

  private renderReady(plans: Plan[]): TemplateResult {
    const ui = this.ui;
    const specs = this.specs(plans);
    if (specs === 'unknown') {
      return html`<div class="state" data-state="unknown-indicator" part="state" role="status">${ui.unknownIndicator(this.indicator!.trim())}</div>`;
    }
    if (specs.length === 0) {
      return html`<div class="state" data-state="no-indicators" part="state" role="status">${ui.noIndicators}</div>`;
    }
    this.layouts = new Map();
    this.shownSpecs = specs;
    this.shownPlans = plans;
    const single = specs.length === 1 && !!this.indicator?.trim();
    // plans the charts leave out, named so that an absence is not mistaken for a zero
    const shown = new Set(specs.flatMap((s) => s.series.map((x) => x.plan.id)));
    const without = plans.filter((p) => !shown.has(p.id));
    return html`
      <div class="toolbar">
        ${this.tableView ? nothing : html`<p class="hint">${ui.keyboardHint}</p>`}
        ${renderDownloadMenu(
          ui.download,
          (this.tableView ? (['csv', 'json'] as const) : (['csv', 'json', 'svg', 'png'] as const)).map((f) => ({ format: f, ...ui.downloadItem(f) })),
          this.onDownload,
        )}
        <button type="button" part="toggle" class="toggle" aria-pressed=${this.tableView ? 'true' : 'false'} @click=${this.onToggle}>
          <svg class="toggle-icon" viewBox="0 0 16 16" aria-hidden="true">
            <rect x="1.5" y="2.5" width="13" height="11" rx="1"></rect>
            <path d="M1.5 6.5h13M1.5 10h13M6 6.5v7"></path>
          </svg>
          ${ui.toggle}
        </button>
      </div>
      <p class="visually-hidden" role="status">${this.announcer.message}</p>
      ${this.tableView ? nothing : this.renderLegend(specs)}
      <div class=${classMap({ charts: true, single, multiples: !single, many: specs.length > MANY_CHARTS })}>${specs.map((s) => this.renderFigure(s, single))}</div>
      ${without.length
        ? html`<p class="without">${single ? ui.withoutIndicator : ui.withoutIndicators}: ${without.map((p) => seriesName(p, plans, this.lang_)).join(', ')}.</p>`
        : nothing}
    `;
  }

  // ── legend ──────────────────────────────────────────────────────────────────────────────────

  private renderLegend(specs: ChartSpec[]): TemplateResult {
    const ui = this.ui;
    const points = specs.flatMap((s) => s.series.flatMap((x) => x.points.map((p) => ({ p, scope: x.indicator.scope }))));
    const kinds = (['baseline', 'target', 'actual'] as const).filter((k) => points.some(({ p }) => p.kind === k));
    const reference = points.some(({ p, scope }) => p.scope !== scope && p.scope !== 'municipal');
    const approx = points.some(({ p }) => p.approximate);
    const plans: { name: string; slot: number; id: string; lang: string }[] = [];
    for (const spec of specs)
      spec.series.forEach((s, i) => {
        if (!plans.some((p) => p.id === s.plan.id)) plans.push({ id: s.plan.id, name: planLine(s.plan, this.lang_), slot: spec.slots[i]!, lang: s.plan.language });
      });
    return html`<div part="legend" class="legend" role="group" aria-label=${ui.legend}>
      <ul class="legend-list" aria-label=${ui.legendKinds}>
        ${kinds.map((k) => html`<li data-kind=${k}>${legendSwatch(k)}<span>${ui.legendKind[k]}</span></li>`)}
        ${reference ? html`<li data-kind="reference">${legendSwatch('reference')}<span>${ui.legendReference}</span></li>` : nothing}
        ${approx ? html`<li data-kind="approximate">${legendSwatch('approximate')}<span>${ui.legendApprox}</span></li>` : nothing}
      </ul>
      <ul class="legend-list" aria-label=${ui.legendPlans}>
        ${plans.map((p) => html`<li data-plan=${p.id}>${legendSwatch('series', p.slot)}<span lang=${p.lang}>${p.name}</span></li>`)}
      </ul>
    </div>`;
  }

  // ── one chart ───────────────────────────────────────────────────────────────────────────────

  private renderFigure(spec: ChartSpec, single: boolean): TemplateResult {
    const titleId = `${spec.id}-title`;
    const descId = `${spec.id}-desc`;
    const plan = spec.series.length === 1 ? spec.series[0]!.plan.id : nothing;
    const indicator = single ? this.indicator!.trim() : spec.series[0]!.indicator.id;
    return html`<figure class=${classMap({ figure: true, selected: !!spec.selected })} data-chart=${spec.id} data-indicator=${indicator} data-plan=${plan}>
      <figcaption class="caption">
        <h3 id=${titleId} class="title" lang=${spec.titleLang}>${spec.title}</h3>
        <p class="subtitle">${spec.subtitle}</p>
        ${spec.selected ? html`<p class="badge">${this.ui.selected(spec.selected)}</p>` : nothing}
      </figcaption>
      <p id=${descId} part="description" class=${spec.series.length <= 3 ? 'description' : 'description visually-hidden'}>${spec.description}</p>
      ${this.tableView ? this.renderTable(spec) : this.renderPlot(spec, single, titleId, descId)}
      ${this.tableView ? nothing : this.renderPicked(spec)}
    </figure>`;
  }

  private formatY(unit: string): (v: number) => string {
    const lang = this.lang_;
    return unit === 'percent' ? (v) => formatValue(v, 'percent', lang) : (v) => formatNumber(v, lang);
  }

  private renderPlot(spec: ChartSpec, single: boolean, titleId: string, descId: string): TemplateResult {
    const ui = this.ui;
    const lang = this.lang_;
    const measured = this.widths.get(spec.id) ?? 0;
    const width = Math.max(MIN_WIDTH, measured || (single ? 640 : 320));
    const height = single ? clamp(Math.round(width * 0.5), 260, 400) : clamp(Math.round(width * 0.62), 200, 250);
    // direct labels at the line ends while they fit (14 px a row); beyond that the legend, tooltips and table name the plans
    const direct = spec.series.length > 1 && spec.series.length * 14 <= height - 70;
    const many = spec.series.length > 1 && !direct;
    const maxLabel = Math.round(width * 0.3);
    const labels = spec.names.map((n) => truncate(n, maxLabel));
    const right = direct ? Math.min(maxLabel, Math.max(...labels.map((l) => textWidth(l, FONT)))) + 16 : 18;
    const layout = chartLayout(spec.series, { width, height, formatY: this.formatY(spec.unit), years: spec.years, right, fontSize: FONT });
    this.layouts.set(spec.id, layout);
    const { margin, innerWidth, innerHeight } = layout;
    const scroll = measured > 0 && measured < MIN_WIDTH;
    const tip = this.tip?.chart === spec.id ? layout.points[this.tip.index] : undefined;
    const active = Math.min(this.active.get(spec.id) ?? 0, layout.points.length - 1);
    const fmt = (p: SeriesPoint) => pointValue(p, spec.unit, lang);

    // value labels (one series only, when there is room): the last point of each run of equal values,
    // not on a reference point (its line says the value), none overlapping its neighbour
    const perYear = layout.x(1) - layout.x(0);
    const valueLabels = new Set<PlacedPoint>();
    if (spec.series.length === 1 && perYear >= 24 && layout.points.length <= 16) {
      for (const s of layout.series) {
        const ind = s.series.indicator;
        const candidates = s.points.filter((pp, i) => {
          const p = pp.point;
          const next = s.points[i + 1]?.point;
          if (p.scope !== ind.scope && p.scope !== 'municipal') return false;
          return !(next && next.kind === p.kind && next.value === p.value);
        });
        candidates.sort((a, b) => a.x - b.x);
        const keep = fitLabels(candidates.map((pp) => ({ x: pp.x, width: textWidth(fmt(pp.point), FONT) })));
        candidates.forEach((pp, i) => keep[i] && valueLabels.add(pp));
      }
    }
    // reference labels clear of markers and value labels
    const refTexts = layout.references.map((r) => ui.reference(r.scope, r.year, pointValue(r, spec.unit, lang)));
    const obstacles = [
      ...layout.points.map((pp) => pointBox(pp.x, pp.y, 8)),
      ...[...valueLabels].map((pp) => {
        const w = textWidth(fmt(pp.point), FONT);
        return { x0: pp.x - w / 2, y0: pp.y - 22, x1: pp.x + w / 2, y1: pp.y - 8 };
      }),
    ];
    const refLabels = placeReferenceLabels(
      layout.references.map((r, i) => ({ y: r.y, width: textWidth(refTexts[i]!, FONT) })),
      obstacles,
      innerWidth,
      innerHeight,
      FONT,
    );
    // direct labels in the right margin at the height of each series' last value, spread apart
    const endY = spreadLabels(
      layout.series.map((s) => (s.end ? s.end.y + 4 : 0)),
      14,
      4,
      innerHeight + 4,
    );

    // Focus and key listeners sit on the HTML wrapper: Chromium makes an SVG element with focus
    // listeners focusable, which would add a stray tab stop.
    return html`<div
        class=${classMap({ plot: true, scroll, many, 'tip-open': !!tip })}
        role=${scroll ? 'region' : nothing}
        tabindex=${scroll ? '0' : nothing}
        aria-label=${scroll ? ui.chartRegion(spec.title) : nothing}
        @keydown=${this.onKeyDown}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
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
          @pointerdown=${this.onSvgPointerDown}
        >
          <g class="drawing" role="img" aria-labelledby=${descId} transform="translate(${margin.left},${margin.top})">
            <text class="axis-title" x=${-margin.left + 2} y="-14">${UNIT_NAMES[lang][spec.unit] ?? spec.unit}</text>
            ${this.renderAxes(layout, spec.unit)}
            ${layout.references.map(
              (r, i) => svg`<g class="reference" data-scope=${r.scope}>
                <line x1="0" x2=${innerWidth} y1=${r.y} y2=${r.y}></line>
                <text class="reference-label" x=${refLabels[i]!.x} y=${refLabels[i]!.y} text-anchor=${refLabels[i]!.anchor}>${refTexts[i]}</text>
              </g>`,
            )}
            ${layout.series.map(
              (s, i) => svg`<g class="series s${spec.slots[i]}" data-plan=${s.series.plan.id}>
                ${s.targetPath ? svg`<path class="line target" d=${s.targetPath}></path>` : nothing}
                ${s.actualPath ? svg`<path class="line actual" d=${s.actualPath}></path>` : nothing}
                ${s.points.map((pp) =>
                  valueLabels.has(pp)
                    ? svg`<text class="value-label" x=${pp.x} y=${pp.y - 11} text-anchor="middle">${fmt(pp.point)}</text>`
                    : nothing,
                )}
                ${direct && s.end
                  ? svg`${innerWidth - s.end.x > 12 || Math.abs(endY[i]! - 4 - s.end.y) > 6
                        ? svg`<path class="leader" d="M${s.end.x + 8},${s.end.y}L${innerWidth + 4},${endY[i]! - 4}"></path>`
                        : nothing}
                      <text class="direct-label" x=${innerWidth + 8} y=${endY[i]!}>${labels[i]}</text>`
                  : nothing}
              </g>`,
            )}
          </g>
          <g class="points" role="group" aria-label=${ui.points} transform="translate(${margin.left},${margin.top})">
            ${layout.points.map((pp, i) => this.renderPoint(spec, pp, i, i === active, tip === pp))}
          </g>
          ${tip ? this.renderTooltip(spec, layout, tip) : nothing}
        </svg>
      </div>
`;
  }

  private kindText(s: Series, p: SeriesPoint): string {
    const ui = this.ui;
    const scope = p.scope !== s.indicator.scope || p.scope !== 'municipal' ? ` (${ui.scope[p.scope]})` : '';
    return `${ui.kind[p.kind]}${scope}`;
  }

  private renderPoint(spec: ChartSpec, pp: PlacedPoint, index: number, active: boolean, open: boolean): SVGTemplateResult {
    const s = spec.series[pp.series]!;
    const p = pp.point;
    const label = this.ui.pointLabel(spec.names[pp.series]!, p.year, this.kindText(s, p), pointValue(p, spec.unit, this.lang_, true));
    return svg`<g
      class=${classMap({ point: true, [`kind-${p.kind}`]: true, [`s${spec.slots[pp.series]}`]: true, approximate: p.approximate, wide: p.scope !== 'municipal' })}
      transform="translate(${pp.x},${pp.y})"
      tabindex=${active ? '0' : '-1'}
      role="img"
      aria-label=${label}
      aria-describedby=${open ? `${spec.id}-tip` : nothing}
      data-index=${index}
      data-chart=${spec.id}
      data-plan=${s.plan.id}
      data-year=${p.year}
      data-kind=${p.kind}
      data-value=${p.value}
      @pointerenter=${this.onPointerEnter}
      @pointerleave=${this.onPointerLeave}
    >
      <circle class="hit" r="14"></circle>
      <circle class="ring" r="11"></circle>
      <circle class="ring ring-inner" r="8"></circle>
      ${p.approximate ? svg`<circle class="approx-ring" r="9"></circle>` : nothing}
      <path class="mark" d=${markPath(p.kind)}></path>
    </g>`;
  }

  private renderTooltip(spec: ChartSpec, layout: ChartLayout, pp: PlacedPoint): SVGTemplateResult {
    const ui = this.ui;
    const s = spec.series[pp.series]!;
    const p = pp.point;
    const width = Math.min(340, layout.width - 8);
    const chars = Math.max(16, Math.floor((width - 20) / (TIP_FONT * 0.58)));
    const quoteLang = s.plan.language;
    const lines: { text: string; cls: string; lang?: string }[] = [
      { text: `${municipalityNames(s.plan, this.lang_ === 'en' ? 'and' : 'og')} ${periodLabel(s.plan)}`, cls: 'tip-title' },
      { text: `${p.year} · ${this.kindText(s, p)}: ${pointValue(p, spec.unit, this.lang_, true)}`, cls: 'tip-value' },
      ...wrapText(`${ui.source}: ${p.source.provenance.section}`, chars).map((text) => ({ text, cls: 'tip-source', lang: quoteLang })),
      ...wrapText(ui.quote(p.source.provenance.quote), chars).map((text) => ({ text, cls: 'tip-quote', lang: quoteLang })),
    ];
    const height = 12 + lines.length * TIP_LINE;
    const px = layout.margin.left + pp.x;
    const py = layout.margin.top + pp.y;
    const x = clamp(px - width / 2, 4, layout.width - width - 4);
    const above = py - 16;
    const below = layout.height - py - 16;
    const y = height <= above || (height > below && above >= below) ? py - 16 - height : py + 16;
    return svg`<g
      part="tooltip"
      class="tooltip"
      role="tooltip"
      id="${spec.id}-tip"
      transform="translate(${Math.round(x)},${Math.round(y)})"
      @pointerenter=${this.cancelHide}
      @pointerleave=${this.scheduleHide}
    >
      <rect class="tip-box" width=${width} height=${height} rx="4"></rect>
      <text>
        ${lines.map((l, i) => svg`<tspan class=${l.cls} x="10" y=${6 + (i + 1) * TIP_LINE - 4} lang=${l.lang ?? nothing}>${l.text} </tspan>`)}
      </text>
    </g>`;
  }

  // ── table ───────────────────────────────────────────────────────────────────────────────────

  private renderTable(spec: ChartSpec): TemplateResult {
    const ui = this.ui;
    const lang = this.lang_;
    const captionId = `${spec.id}-caption`;
    // one plan: the caption names it and the year heads each row; several: a plan column heads the rows
    const plans = spec.series.length > 1;
    return html`<div class="table-wrap" role="region" tabindex="0" aria-labelledby=${captionId}>
      <table part="table">
        <caption id=${captionId}><span lang=${spec.titleLang}>${spec.title}</span> – ${spec.subtitle}</caption>
        <thead>
          <tr>
            ${plans ? html`<th scope="col">${ui.colPlan}</th>` : nothing}
            <th scope="col">${ui.colYear}</th>
            <th scope="col">${ui.colKind}</th>
            <th scope="col" class="num">${ui.colValue}</th>
            <th scope="col">${ui.colSource}</th>
          </tr>
        </thead>
        <tbody>
          ${spec.series.flatMap((s, si) =>
            s.points.map(
              (p) => html`<tr data-plan=${s.plan.id} data-year=${p.year} data-kind=${p.kind}>
                ${plans ? html`<th scope="row" class="plan">${spec.names[si]}</th><td class="year">${p.year}</td>` : html`<th scope="row" class="year">${p.year}</th>`}
                <td class="kind">${this.kindText(s, p)}</td>
                <td class="num value">${pointValue(p, spec.unit, lang, true)}</td>
                <td class="source" lang=${s.plan.language}>
                  <span class="section">${p.source.provenance.section}</span>
                  <q>${p.source.provenance.quote}</q>
                  ${p.source.note ? html`<span class="value-note">${ui.note}: ${p.source.note}</span>` : nothing}
                  ${this.renderCopy(`${spec.id}:${si}:${s.points.indexOf(p)}`, citationOf(s.plan, p.source.provenance, lang), `${spec.title} – ${spec.names[si]}, ${p.year}, ${this.kindText(s, p)}`)}
                </td>
              </tr>`,
            ),
          )}
        </tbody>
      </table>
    </div>`;
  }

  // ── citations and downloads ─────────────────────────────────────────────────────────────────

  /** A copy-citation button (with the point named for assistive technology) and its visible confirmation. */
  private renderCopy(key: string, citation: string, context: string): TemplateResult {
    const ui = this.ui;
    const a = this.announcer;
    return html`<span class="cite-actions">
      <button type="button" class="copy" data-copy=${key} @click=${() => this.onCopy(key, citation)}>
        ${ui.copyCitation}<span class="visually-hidden">: ${context}</span>
      </button>
      ${a.key === key ? html`<span class="copied" aria-hidden="true">${a.ok ? `✓ ${ui.copied}` : ui.copyFailed}</span>` : nothing}
    </span>`;
  }

  /** Under a chart: the citation of its picked point (the last one focused or pressed), with a copy button. */
  private renderPicked(spec: ChartSpec): TemplateResult | typeof nothing {
    const picked = this.picked;
    if (!picked || picked.chart !== spec.id) return nothing;
    const pp = this.layouts.get(spec.id)?.points[picked.index];
    if (!pp) return nothing;
    const ui = this.ui;
    const s = spec.series[pp.series]!;
    const p = pp.point;
    const citation = citationOf(s.plan, p.source.provenance, this.lang_);
    return html`<div class="picked" part="citation" role="group" aria-label=${ui.pickedCitation} data-chart=${spec.id} data-index=${picked.index}>
      <p class="cite-line">
        <span class="cite-label">${ui.citation} (${p.year}, ${this.kindText(s, p)}):</span>
        <span class="cite-text" lang=${s.plan.language}>${citation}</span>
      </p>
      ${this.renderCopy(`${spec.id}:${pp.series}:${pp.index}`, citation, `${spec.title} – ${spec.names[pp.series]}, ${p.year}, ${this.kindText(s, p)}`)}
    </div>`;
  }

  private onCopy(key: string, citation: string): void {
    const ui = this.ui;
    void this.announcer.copy(citation, key, this.renderRoot as ShadowRoot, { ok: ui.copied, failed: ui.copyFailed });
  }

  private onDownload = (format: DownloadFormat): void => {
    void this.download(format);
  };

  private async download(format: DownloadFormat): Promise<void> {
    const ui = this.ui;
    const lang = this.lang_;
    const filename = `${ui.fileBase}.${format}`;
    const series = this.shownSpecs.flatMap((s) => s.series);
    try {
      let blob: Blob;
      if (format === 'csv' || format === 'json') {
        const rows = targetRows(series, lang);
        const key = this.indicator?.trim();
        const filter = { ...(key ? { indicator: key } : {}), plans: [...new Set(series.map((s) => s.plan.id))] };
        const text =
          format === 'csv'
            ? toCsv(rows, TARGET_COLUMNS, csvOptionsFor(lang))
            : toJson(exportEnvelope({ kind: 'targets', lang, filter, plans: this.shownPlans, columns: TARGET_COLUMNS, rows, now: new Date() }));
        blob = textBlob(text, format);
      } else {
        const sheet = this.sheet();
        if (!sheet) return;
        blob = format === 'svg' ? textBlob(sheet.text, 'svg') : await svgToPng(sheet.text, sheet.width, sheet.height, 2);
      }
      offerDownload(this, { format, filename, blob });
      void this.announcer.say(ui.downloaded(filename));
    } catch {
      void this.announcer.say(ui.downloadFailed(filename), undefined, false);
    }
  }

  /** The charts as shown, as one standalone SVG: titles, charts, legend and source credit, colours resolved. */
  private sheet(): ReturnType<typeof buildSheet> | undefined {
    const root = this.renderRoot as ShadowRoot;
    const ui = this.ui;
    const lang = this.lang_;
    const specs = this.shownSpecs;
    const parts: SheetPart[] = [];
    for (const spec of specs) {
      const svgEl = root.querySelector<SVGSVGElement>(`svg[part="chart"][data-chart="${spec.id}"]`);
      if (svgEl) parts.push({ svg: svgEl, title: spec.title, subtitle: spec.subtitle });
    }
    if (parts.length === 0) return undefined;
    const host = getComputedStyle(this);
    const fg = host.getPropertyValue('--_fg').trim() || host.color;
    const bg = host.getPropertyValue('--_bg').trim() || host.backgroundColor;
    const muted = host.getPropertyValue('--_muted').trim() || fg;
    const seriesColor = (slot: number) => {
      const g = root.querySelector(`.s${slot}`);
      return (g && getComputedStyle(g).getPropertyValue('--_series').trim()) || fg;
    };
    const points = specs.flatMap((s) => s.series.flatMap((x) => x.points.map((p) => ({ p, scope: x.indicator.scope }))));
    const legend: SheetLegendItem[] = [];
    if (points.some(({ p }) => p.kind === 'baseline')) legend.push({ label: ui.legendKind.baseline, color: fg, mark: markPath('baseline') });
    if (points.some(({ p }) => p.kind === 'target')) legend.push({ label: ui.legendKind.target, color: fg, line: 'dashed', mark: markPath('target'), open: true });
    if (points.some(({ p }) => p.kind === 'actual')) legend.push({ label: ui.legendKind.actual, color: fg, line: 'solid', mark: markPath('actual') });
    if (points.some(({ p, scope }) => p.scope !== scope && p.scope !== 'municipal')) legend.push({ label: ui.legendReference, color: fg, line: 'dotted' });
    const plans: Plan[] = [];
    for (const spec of specs)
      spec.series.forEach((s, i) => {
        if (plans.includes(s.plan)) return;
        plans.push(s.plan);
        legend.push({ label: planLine(s.plan, lang), color: seriesColor(spec.slots[i]!), line: 'solid' });
      });
    const single = specs.length === 1;
    return buildSheet({
      title: single ? specs[0]!.title : ui.sheetTitle,
      description: specs.map((s) => s.description).join(' '),
      parts,
      legend,
      credit: plans.map((p) => ui.credit(`${planReference(p, lang)}${p.source.url ? ` – ${p.source.url}` : ''}`)),
      background: bg,
      foreground: fg,
      muted,
      fontFamily: host.fontFamily,
    });
  }

  // ── axes ─────────────────────────────────────────────────────────────────────────────────────

  /**
   * The axes as SVG in the template (the shape d3-axis draws: a `.tick` group per value with its
   * line and label): years along the bottom, values with grid lines across the plot on the left.
   */
  private renderAxes(layout: ChartLayout, unit: string): SVGTemplateResult {
    const { x, y, innerWidth, innerHeight } = layout;
    const format = this.formatY(unit);
    return svg`<g class="axis y-axis" text-anchor="end">
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

  // ── after render: size tracking ────────────────────────────────────────────────────────────

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.prerendered && this.source.state.status === 'ready') {
      // Hydrated from the server's table view: draw the chart now.
      this.prerendered = false;
      void this.updateComplete.then(() => this.requestUpdate());
    }
    const root = this.renderRoot as ShadowRoot;
    const ro = this.resizeObserver;
    if (ro) {
      for (const el of this.observed) if (!el.isConnected) (ro.unobserve(el), this.observed.delete(el));
      for (const el of root.querySelectorAll('.sizer')) if (!this.observed.has(el)) (ro.observe(el), this.observed.add(el));
    }
  }

  private onResize(entries: ResizeObserverEntry[]): void {
    let next: Map<string, number> | undefined;
    for (const e of entries) {
      const id = (e.target as HTMLElement).dataset['chart'];
      const w = Math.floor(e.contentRect.width);
      if (!id || w <= 0 || (this.pendingWidths ?? this.widths).get(id) === w) continue;
      next ??= new Map(this.pendingWidths ?? this.widths);
      next.set(id, w);
    }
    if (!next) return;
    if (this.shownSpecs.length <= MANY_CHARTS) {
      this.widths = next;
      return;
    }
    // Many charts (content-visibility): redrawing inside the observer callback can bring other figures into
    // layout in the same frame (a ResizeObserver loop); redraw in the next frame, before they are on screen.
    this.pendingWidths = next;
    this.resizeFrame ||= requestAnimationFrame(() => {
      this.resizeFrame = 0;
      if (this.pendingWidths) this.widths = this.pendingWidths;
      this.pendingWidths = undefined;
    });
  }

  // ── interaction ─────────────────────────────────────────────────────────────────────────────

  private onToggle = (): void => {
    this.showTable = !this.showTable;
    this.tip = undefined;
  };

  private pointOf(e: Event): { el: SVGGElement; chart: string; index: number } | undefined {
    const el = (e.target as Element | null)?.closest?.<SVGGElement>('g.point');
    if (!el) return undefined;
    return { el, chart: el.dataset['chart']!, index: Number(el.dataset['index']) };
  }

  private onFocusIn = (e: FocusEvent): void => {
    const p = this.pointOf(e);
    if (!p) return;
    clearTimeout(this.hideTimer);
    if (this.picked?.chart !== p.chart || this.picked.index !== p.index) this.picked = { chart: p.chart, index: p.index };
    if (this.active.get(p.chart) !== p.index) this.active = new Map(this.active).set(p.chart, p.index);
    this.tip = { chart: p.chart, index: p.index };
  };

  private onFocusOut = (e: FocusEvent): void => {
    const p = this.pointOf(e);
    if (p && this.tip?.chart === p.chart && this.tip.index === p.index) this.tip = undefined;
  };

  private onPointerEnter = (e: PointerEvent): void => {
    const p = this.pointOf(e);
    if (!p) return;
    clearTimeout(this.hideTimer);
    this.tip = { chart: p.chart, index: p.index };
  };

  private onPointerLeave = (e: PointerEvent): void => {
    if (e.pointerType === 'touch') return; // a tap keeps the tooltip until the next tap elsewhere
    const p = this.pointOf(e);
    if (p && (this.renderRoot as ShadowRoot).activeElement === p.el) return; // focused: stays
    this.scheduleHide();
  };

  private scheduleHide = (): void => {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      const focused = (this.renderRoot as ShadowRoot).activeElement;
      this.tip = focused instanceof SVGGElement && focused.classList.contains('point') ? this.tipFor(focused) : undefined;
    }, 200);
  };

  private cancelHide = (): void => clearTimeout(this.hideTimer);

  private tipFor(el: SVGGElement): Tip {
    return { chart: el.dataset['chart']!, index: Number(el.dataset['index']) };
  }

  private onSvgPointerDown = (e: PointerEvent): void => {
    const target = e.target as Element;
    const point = this.pointOf(e);
    if (point) this.picked = { chart: point.chart, index: point.index };
    if (!target.closest('g.point') && !target.closest('g.tooltip')) this.tip = undefined;
  };

  private onKeyDown = (e: KeyboardEvent): void => {
    const p = this.pointOf(e);
    if (!p) return;
    if (e.key === 'Escape') {
      if (this.tip) {
        this.tip = undefined;
        e.preventDefault();
        e.stopPropagation();
      }
      return;
    }
    const layout = this.layouts.get(p.chart);
    if (!layout) return;
    const n = layout.points.length;
    const here = layout.points[p.index]!;
    let next: number | undefined;
    switch (e.key) {
      case 'ArrowRight':
        next = Math.min(n - 1, p.index + 1);
        break;
      case 'ArrowLeft':
        next = Math.max(0, p.index - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = n - 1;
        break;
      case 'ArrowDown':
      case 'ArrowUp': {
        // to the nearest year in the next / previous series (same series when there is only one)
        const step = e.key === 'ArrowDown' ? 1 : -1;
        const target = layout.series[here.series + step];
        if (!target) next = Math.max(0, Math.min(n - 1, p.index + step));
        else if (target.points.length) {
          const best = target.points.reduce((a, b) => (Math.abs(b.point.year - here.point.year) < Math.abs(a.point.year - here.point.year) ? b : a));
          next = layout.points.indexOf(best);
        }
        break;
      }
      default:
        return;
    }
    e.preventDefault();
    if (next === undefined || next === p.index) return;
    const el = (this.renderRoot as ShadowRoot).querySelector<SVGGElement>(`g.point[data-chart="${p.chart}"][data-index="${next}"]`);
    el?.focus();
  };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

/** The longest prefix of `text` that fits `maxWidth` with an ellipsis (binary search: a long name costs log n measurements, not n). */
function truncate(text: string, maxWidth: number): string {
  if (textWidth(text, FONT) <= maxWidth) return text;
  let lo = 1;
  let hi = text.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${text.slice(0, mid)}…`, FONT) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

function planLine(plan: Plan, lang: Lang): string {
  return `${municipalityNames(plan, lang === 'en' ? 'and' : 'og')} · ${periodLabel(plan)}`;
}

/** A small key drawing for the legend (decorative; the text next to it says what it is). */
function legendSwatch(kind: 'baseline' | 'target' | 'actual' | 'reference' | 'approximate' | 'series', slot?: number): TemplateResult {
  const cls = slot ? `swatch s${slot}` : 'swatch neutral';
  return html`<svg class=${cls} viewBox="0 0 36 16" width="36" height="16" aria-hidden="true" focusable="false">
    ${kind === 'baseline' ? svg`<g class="key kind-baseline" transform="translate(18,8)"><path class="mark" d=${markPath('baseline')}></path></g>` : nothing}
    ${kind === 'target'
      ? svg`<path class="line target" d="M2,8H34"></path><g class="key kind-target" transform="translate(18,8)"><path class="mark" d=${markPath('target')}></path></g>`
      : nothing}
    ${kind === 'actual'
      ? svg`<path class="line actual" d="M2,8H34"></path><g class="key kind-actual" transform="translate(18,8)"><path class="mark" d=${markPath('actual')}></path></g>`
      : nothing}
    ${kind === 'approximate'
      ? svg`<g class="key kind-actual" transform="translate(18,8)"><circle class="approx-ring" r="7"></circle><path class="mark" d=${markPath('actual', 0.7)}></path></g>`
      : nothing}
    ${kind === 'reference' ? svg`<g class="reference"><line x1="2" x2="34" y1="8" y2="8"></line></g>` : nothing}
    ${kind === 'series' ? svg`<path class="line series-key" d="M2,8H34"></path><circle class="series-dot" cx="18" cy="8" r="4"></circle>` : nothing}
  </svg>`;
}
