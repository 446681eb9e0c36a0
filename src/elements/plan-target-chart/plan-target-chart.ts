import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ContextConsumer } from '@lit/context';
import type { Plan } from '../../schema/plan.js';
import { STRINGS, type TargetChartStrings } from '../../i18n/plan-target-chart.js';
import { themeLabel } from '../../data/themes.js';
import type { ChartLayout } from '../../model/chart-layout.js';
import { chartLegend, chartSpecs, pointKind, type ChartSpec } from '../../model/chart.js';
import { citationOf } from '../../model/citation.js';
import { seriesName } from '../../model/describe.js';
import { PlanElement } from '../shared/plan-element.js';
import { tokens } from '../shared/tokens.js';
import { comparisonContext } from '../shared/context.js';
import { Announcer } from '../shared/clipboard.js';
import { citationCopyStyles, renderCiteLine, renderCopyButton, type CopyButton } from '../shared/citation-copy.js';
import { downloadMenuStyles, downloadMessage, renderDownloadMenu } from '../shared/download-menu.js';
import type { DownloadFormat } from '../shared/events.js';
import { SizeController } from '../shared/size-controller.js';
import { targetChartStyles } from './plan-target-chart.styles.js';
import { chartFile } from './chart-file.js';
import { legendView } from './legend.js';
import { plotView } from './plot.js';
import { PointFocusController } from './point-focus-controller.js';
import { tableView } from './table.js';
import { chartCaveats } from './caveats.js';
import { caveatStyles } from '../shared/caveat.js';

/** With more small multiples than this, only those near the viewport are laid out and painted (content-visibility). */
const MANY_CHARTS = 12;

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
 * @csspart caveat - The source caveats under a chart, or beside a value in the table.
 * @csspart note - The "Ikke sammenlignelige" note when one key joins figures that measure differently.
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
export class PlanTargetChart extends PlanElement<TargetChartStrings> {
  static override styles = [tokens, targetChartStyles, downloadMenuStyles, citationCopyStyles, caveatStyles];
  protected override readonly strings = STRINGS;

  /** A comparable indicator key (e.g. `treatment-effect-drugs`): one chart of it across the selected plans. Unset: every indicator of the selected plans as small multiples. */
  @property() indicator?: string;

  /** Show the numbers as tables instead of the charts (what the toggle button switches). */
  @property({ type: Boolean, reflect: true, attribute: 'show-table' }) showTable = false;

  /** Measured width of each chart's container, by chart id. */
  @state() private widths = new Map<string, number>();

  private readonly comparison = new ContextConsumer(this, { context: comparisonContext, subscribe: true });
  /** The layout of each chart as last drawn, by chart id. */
  private layouts = new Map<string, ChartLayout>();
  /** The tooltip, the picked point and the tab stop of each chart, and the pointer and key handlers. */
  private readonly points = new PointFocusController(this, (chart) => this.layouts.get(chart));
  /** Live confirmation of copies and downloads. */
  private readonly announcer = new Announcer(this);
  /**
   * The width of each chart's container. Many charts (content-visibility) redraw in the next frame:
   * redrawing inside the observer callback can bring other figures into layout in the same frame (a
   * ResizeObserver loop). A few redraw at once.
   */
  private readonly size = new SizeController(this, {
    targets: () => this.renderRoot.querySelectorAll('.sizer'),
    onResize: (widths) => this.onResize(widths),
    immediate: () => this.shownSpecs.length <= MANY_CHARTS,
  });
  /** What the last render showed, for the downloads. */
  private shownSpecs: ChartSpec[] = [];
  private shownPlans: Plan[] = [];

  /** Numbers as tables: the toggle, or a server render (readable without JavaScript; the chart is drawn in the browser). */
  private get tableView(): boolean {
    return this.showTable || this.prerendered;
  }

  override render(): TemplateResult {
    return this.renderState((plans) => this.renderReady(plans));
  }

  private renderReady(plans: Plan[]): TemplateResult {
    const ui = this.s;
    const lang = this.lang_;
    const specs = chartSpecs(plans, {
      indicator: this.indicator,
      lang,
      selection: this.comparison.value?.state.selection,
    });
    if (specs === 'unknown') {
      const message = ui.unknownIndicator(this.indicator!.trim());
      return html`<div class="state" data-state="unknown-indicator" part="state" role="status">${message}</div>`;
    }
    if (specs.length === 0) {
      return html`<div class="state" data-state="no-indicators" part="state" role="status">${ui.noIndicators}</div>`;
    }
    this.layouts = new Map();
    this.shownSpecs = specs;
    this.shownPlans = plans;
    const keyed = !!this.indicator?.trim();
    const single = specs.length === 1 && keyed;
    // plans the charts leave out, named so that an absence is not mistaken for a zero
    const shown = new Set(specs.flatMap((s) => s.series.map((x) => x.plan.id)));
    const without = plans.filter((p) => !shown.has(p.id));
    const withoutNames = without.map((p) => seriesName(p, plans, lang)).join(', ');
    const withoutText = `${single ? ui.withoutIndicator : ui.withoutIndicators}: ${withoutNames}.`;
    const formats = this.tableView ? (['csv', 'json'] as const) : (['csv', 'json', 'svg', 'png'] as const);
    return html`
      <div class="toolbar">
        ${this.tableView ? nothing : html`<p class="hint">${ui.keyboardHint}</p>`}
        ${renderDownloadMenu(lang, formats, ui.downloadWhat, this.onDownload)}
        <button
          type="button"
          part="toggle"
          class="toggle outlined"
          aria-pressed=${this.tableView ? 'true' : 'false'}
          @click=${this.onToggle}
        >
          <svg class="line-icon toggle-icon" viewBox="0 0 16 16" aria-hidden="true">
            <rect x="1.5" y="2.5" width="13" height="11" rx="1"></rect>
            <path d="M1.5 6.5h13M1.5 10h13M6 6.5v7"></path>
          </svg>
          ${ui.toggle}
        </button>
      </div>
      <p class="visually-hidden" role="status">${this.announcer.message}</p>
      ${this.tableView ? nothing : legendView(chartLegend(specs, lang), lang)}
      ${specs[0]!.notComparable ? html`<p class="not-comparable" part="note" role="note">${specs[0]!.notComparable}</p>` : nothing}
      <div class=${classMap({ charts: true, single, multiples: !single, many: specs.length > MANY_CHARTS })}>
        ${specs.map((s) => this.renderFigure(s, single, keyed))}
      </div>
      ${without.length ? html`<p class="without">${withoutText}</p>` : nothing}
    `;
  }

  private renderFigure(spec: ChartSpec, single: boolean, keyed: boolean): TemplateResult {
    const lang = this.lang_;
    const titleId = `${spec.id}-title`;
    const descId = `${spec.id}-desc`;
    const plan = spec.series.length === 1 ? spec.series[0]!.plan.id : nothing;
    const indicator = keyed ? this.indicator!.trim() : spec.series[0]!.indicator.id;
    const descClass = spec.series.length <= 3 ? 'description' : 'description visually-hidden';
    let body: TemplateResult;
    if (this.tableView) body = tableView(spec, lang, this.copyButton);
    else {
      const measured = this.widths.get(spec.id) ?? 0;
      const { layout, view } = plotView({ spec, single, measured, lang, titleId, descId, focus: this.points });
      this.layouts.set(spec.id, layout);
      body = html`${view}${this.renderPicked(spec)}`;
    }
    return html`<figure
      class=${classMap({ figure: true, selected: !!spec.selected })}
      data-chart=${spec.id}
      data-indicator=${indicator}
      data-plan=${plan}
    >
      <figcaption class="caption">
        ${this.heading(0, spec.title, { id: titleId, class: 'title', lang: spec.titleLang })}
        <p class="subtitle">${spec.subtitle}</p>
        ${spec.selected ? html`<p class="badge">${this.s.selected(themeLabel(spec.selected, lang))}</p>` : nothing}
      </figcaption>
      <p id=${descId} part="description" class=${descClass}>${spec.description}</p>
      ${body} ${chartCaveats(spec, lang, this.tableView)}
    </figure>`;
  }

  /** Under a chart: the citation of its picked point (the last one focused or pressed), with a copy button. */
  private renderPicked(spec: ChartSpec): TemplateResult | typeof nothing {
    const picked = this.points.picked;
    if (!picked || picked.chart !== spec.id) return nothing;
    const pp = this.layouts.get(spec.id)?.points[picked.index];
    if (!pp) return nothing;
    const lang = this.lang_;
    const s = spec.series[pp.series]!;
    const p = pp.point;
    const kind = pointKind(s, p, lang);
    const citation = citationOf(s.plan, p.source.provenance, lang);
    return html`<div
      class="picked"
      part="citation"
      role="group"
      aria-label=${this.s.pickedCitation}
      data-chart=${spec.id}
      data-index=${picked.index}
    >
      ${renderCiteLine(lang, citation, s.plan.language, `${p.year}, ${kind}`)}
      ${this.copyButton({
        key: `${spec.id}:${pp.series}:${pp.index}`,
        citation,
        context: `${spec.title} – ${spec.names[pp.series]}, ${p.year}, ${kind}`,
      })}
    </div>`;
  }

  private copyButton = (button: CopyButton): TemplateResult =>
    renderCopyButton(this.announcer, this.lang_, this.renderRoot as ShadowRoot, button);

  private onDownload = (format: DownloadFormat): void => {
    void this.download(format);
  };

  private async download(format: DownloadFormat): Promise<void> {
    const ui = this.s;
    const filename = `${ui.fileBase}.${format}`;
    try {
      const blob = await chartFile(format, {
        specs: this.shownSpecs,
        plans: this.shownPlans,
        indicator: this.indicator,
        lang: this.lang_,
        host: this,
        root: this.renderRoot as ShadowRoot,
      });
      if (!blob) return;
      this.offerDownload({ format, filename, blob });
      void this.announcer.say(downloadMessage(this.lang_, filename));
    } catch {
      void this.announcer.say(downloadMessage(this.lang_, filename, false), undefined, false);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.prerendered && this.source.state.status === 'ready') {
      // Hydrated from the server's table view: draw the chart now.
      this.prerendered = false;
      void this.updateComplete.then(() => this.requestUpdate());
    }
  }

  private onResize(widths: ReadonlyMap<Element, number>): void {
    let next: Map<string, number> | undefined;
    for (const [el, width] of widths) {
      const id = (el as HTMLElement).dataset['chart'];
      const w = Math.floor(width);
      if (!id || w <= 0 || (next ?? this.widths).get(id) === w) continue;
      next ??= new Map(this.widths);
      next.set(id, w);
    }
    if (next) this.widths = next;
  }

  private onToggle = (): void => {
    this.showTable = !this.showTable;
    this.points.hideTip();
  };
}
