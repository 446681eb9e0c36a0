/**
 * The file each download format makes of the charts shown: the values as CSV or JSON, the charts
 * as one SVG sheet (titles, charts, legend, source credit; colours resolved), or that sheet as a PNG.
 */
import type { Lang } from '../../i18n/index.js';
import { STRINGS } from '../../i18n/plan-target-chart.js';
import type { Plan } from '../../schema/plan.js';
import { markPath } from '../../model/chart-layout.js';
import { chartLegend, type ChartSpec } from '../../model/chart.js';
import { planReference } from '../../model/citation.js';
import { TARGET_COLUMNS, csvOptionsFor, exportEnvelope, targetRows, toCsv, toJson } from '../../model/export.js';
import type { DownloadFormat } from '../shared/events.js';
import { textBlob } from '../shared/save-file.js';
import { buildSheet, svgToPng, type Sheet, type SheetLegendItem, type SheetPart } from './sheet.js';

export interface ChartFileInput {
  /** The charts shown, and the plans selected (the JSON lists those with values). */
  specs: readonly ChartSpec[];
  plans: readonly Plan[];
  /** The comparable indicator shown, if one. */
  indicator?: string;
  lang: Lang;
  /** The element: its computed colours and font, and its shadow root with the drawn charts. */
  host: HTMLElement;
  root: ShadowRoot;
}

/** The file of `format`; `undefined` when there is nothing to draw (no chart SVG is shown). */
export async function chartFile(format: DownloadFormat, input: ChartFileInput): Promise<Blob | undefined> {
  const { specs, lang } = input;
  if (format === 'csv' || format === 'json') {
    const series = specs.flatMap((s) => s.series);
    const rows = targetRows(series, lang);
    if (format === 'csv') return textBlob(toCsv(rows, TARGET_COLUMNS, csvOptionsFor(lang)), format);
    const key = input.indicator?.trim();
    const filter = { ...(key ? { indicator: key } : {}), plans: [...new Set(series.map((s) => s.plan.id))] };
    const envelope = exportEnvelope({
      kind: 'targets',
      lang,
      filter,
      plans: input.plans,
      columns: TARGET_COLUMNS,
      rows,
      now: new Date(),
    });
    return textBlob(toJson(envelope), format);
  }
  const sheet = chartSheet(input);
  if (!sheet) return undefined;
  return format === 'svg' ? textBlob(sheet.text, 'svg') : svgToPng(sheet.text, sheet.width, sheet.height, 2);
}

/** The charts as shown, as one standalone SVG: titles, charts, legend and source credit, colours resolved. */
function chartSheet({ specs, lang, host, root }: ChartFileInput): Sheet | undefined {
  const ui = STRINGS[lang];
  const parts: SheetPart[] = [];
  for (const spec of specs) {
    const svgEl = root.querySelector<SVGSVGElement>(`svg[part="chart"][data-chart="${spec.id}"]`);
    if (svgEl) parts.push({ svg: svgEl, title: spec.title, subtitle: spec.subtitle });
  }
  if (parts.length === 0) return undefined;
  const style = getComputedStyle(host);
  const fg = style.getPropertyValue('--_fg').trim() || style.color;
  const bg = style.getPropertyValue('--_bg').trim() || style.backgroundColor;
  const muted = style.getPropertyValue('--_muted').trim() || fg;
  const seriesColor = (slot: number) => {
    const g = root.querySelector(`.s${slot}`);
    return (g && getComputedStyle(g).getPropertyValue('--_series').trim()) || fg;
  };
  const legend = chartLegend(specs, lang);
  const kinds = new Set(legend.kinds);
  const items: SheetLegendItem[] = [];
  if (kinds.has('baseline')) items.push({ label: ui.legendKind.baseline, color: fg, mark: markPath('baseline') });
  if (kinds.has('target'))
    items.push({ label: ui.legendKind.target, color: fg, line: 'dashed', mark: markPath('target'), open: true });
  if (kinds.has('actual'))
    items.push({ label: ui.legendKind.actual, color: fg, line: 'solid', mark: markPath('actual') });
  if (legend.reference) items.push({ label: ui.legendReference, color: fg, line: 'dotted' });
  for (const p of legend.plans) items.push({ label: p.name, color: seriesColor(p.slot), line: 'solid' });
  return buildSheet({
    title: specs.length === 1 ? specs[0]!.title : ui.sheetTitle,
    description: specs.map((s) => s.description).join(' '),
    parts,
    legend: items,
    credit: legend.plans.map(({ plan: p }) =>
      ui.credit(`${planReference(p, lang)}${p.source.url ? ` – ${p.source.url}` : ''}`),
    ),
    background: bg,
    foreground: fg,
    muted,
    fontFamily: style.fontFamily,
  });
}
