/**
 * Geometry of an indicator chart: scales, line paths, marker shapes, year ticks, text measuring,
 * label placement and truncation, and where a tooltip goes.
 * Pure (d3-array ticks, d3-shape paths and symbols; no DOM), so it is unit-tested in
 * Node and the element only turns the result into SVG.
 *
 * Years are plain numbers on a linear scale (no time scale: a plan year is not a date).
 */
import { line, symbol, symbolCircle, symbolDiamond2 } from 'd3-shape';
import { nice, range, ticks } from 'd3-array';
import type { Series, SeriesPoint } from './targets.js';
import { valueExtent, yearExtent } from './targets.js';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PlacedPoint {
  point: SeriesPoint;
  /** Index of the series in the chart. */
  series: number;
  /** Index of the point in its series (data order). */
  index: number;
  x: number;
  y: number;
}

export interface PlacedSeries {
  series: Series;
  points: PlacedPoint[];
  /** Dashed path: baseline(s) then targets, in year order; null when fewer than two points. */
  targetPath: string | null;
  /** Solid path: baseline(s) then actual values, in year order; null when there are no actual values. */
  actualPath: string | null;
  /** The last point by year (where a direct label goes). */
  end: PlacedPoint | undefined;
}

/** A horizontal reference line for a value whose scope is wider than the plan (e.g. a national baseline). */
export interface Reference {
  year: number;
  value: number;
  scope: SeriesPoint['scope'];
  approximate: boolean;
  qualifier?: SeriesPoint['qualifier'];
  valueMax?: number;
  y: number;
}

/** A linear map from a domain to a range (what the chart needs of a d3 linear scale). */
export interface Linear {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

/** Linear interpolation between two domain values and two range values (d3-scale's `scaleLinear` pulls in colour interpolation and number formatting, which a chart of years and values does not use). */
export function linear(domain: readonly [number, number], range: readonly [number, number]): Linear {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return Object.assign((value: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + (value - d0) * k), { domain, range });
}

export interface ChartLayout {
  width: number;
  height: number;
  margin: Margin;
  innerWidth: number;
  innerHeight: number;
  x: Linear;
  y: Linear;
  /** Integer years to tick on the x axis. */
  xTicks: number[];
  yTicks: number[];
  series: PlacedSeries[];
  /** Points of all series in reading order (series by series, each in data order). */
  points: PlacedPoint[];
  references: Reference[];
}

export interface LayoutOptions {
  width: number;
  height: number;
  /** Formats a y tick (to size the left margin). */
  formatY?: (value: number) => string;
  /** Shared year domain (small multiples line up on one time axis). */
  years?: [number, number];
  /** Room on the right, e.g. for direct series labels (px). */
  right?: number;
  top?: number;
  bottom?: number;
  fontSize?: number;
}

/** A rough width of a text in px: enough to reserve margins and size a tooltip box. */
export function textWidth(text: string, fontSize = 12): number {
  let w = 0;
  for (const ch of text) w += /[\s.,:;'’|!il1]/.test(ch) ? 0.3 : /[A-ZÆØÅMWmw%@]/.test(ch) ? 0.8 : 0.58;
  return Math.ceil(w * fontSize);
}

/** Break a text into lines of at most `maxChars` characters, at spaces (a longer word gets its own line). */
export function wrapText(text: string, maxChars: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (!current) current = word;
    else if (current.length + 1 + word.length <= maxChars) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * Integer years from `from` to `to`, thinned to at most `max` ticks (always at least one). When
 * thinned, the last year is kept (plans end in their target year) and the steps count back from it.
 */
export function yearTicks(from: number, to: number, max: number): number[] {
  const n = to - from + 1;
  const step = Math.max(1, Math.ceil(n / Math.max(1, Math.floor(max))));
  return range(to, from - 1, -step).reverse();
}

/**
 * Which of some centred labels to show so that none overlaps the one before it (greedy, left to
 * right; the last label is preferred over its left neighbour). `items` are in x order.
 */
export function fitLabels(items: readonly { x: number; width: number }[], gap = 4): boolean[] {
  const keep = items.map(() => false);
  let left = Infinity;
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i]!;
    if (it.x + it.width / 2 + gap <= left) {
      keep[i] = true;
      left = it.x - it.width / 2;
    }
  }
  return keep;
}

/**
 * Push label positions apart so that no two are closer than `gap`, keeping them inside
 * [min, max] and as near to where they want to be as possible. Returns positions in input order.
 */
export function spreadLabels(wanted: readonly number[], gap: number, min = -Infinity, max = Infinity): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const out = order.map((o) => Math.min(max, Math.max(min, o.y)));
  for (let k = 1; k < out.length; k++) out[k] = Math.max(out[k]!, out[k - 1]! + gap);
  const overflow = (out[out.length - 1] ?? 0) - max;
  if (overflow > 0) {
    out[out.length - 1] = max;
    for (let k = out.length - 2; k >= 0; k--) out[k] = Math.min(out[k]!, out[k + 1]! - gap);
  }
  const result: number[] = new Array(wanted.length);
  order.forEach((o, k) => (result[o.i] = out[k]!));
  return result;
}

const MARK_SIZE = { baseline: 100, target: 72, actual: 72 } as const;

/** The marker of a value kind as an SVG path centred on 0,0: a diamond for a baseline, a circle for a target or an actual value. */
export function markPath(kind: SeriesPoint['kind'], scale = 1): string {
  const type = kind === 'baseline' ? symbolDiamond2 : symbolCircle;
  return symbol(type, MARK_SIZE[kind] * scale * scale)() ?? '';
}

const byYear = (a: PlacedPoint, b: PlacedPoint) => a.point.year - b.point.year;
const path = line<PlacedPoint>()
  .x((p) => p.x)
  .y((p) => p.y);

/** Lay out some series of one unit in a `width` × `height` box. */
export function chartLayout(all: readonly Series[], options: LayoutOptions): ChartLayout {
  const { width, height, formatY = String, fontSize = 12 } = options;
  const top = options.top ?? 28;
  const bottom = options.bottom ?? 30;
  const [y0, y1] = options.years ?? yearExtent(all) ?? [2000, 2001];
  const [v0, v1] = valueExtent(all) ?? [0, 1];

  const innerHeight = Math.max(40, height - top - bottom);
  const tickCount = Math.max(2, Math.round(innerHeight / 45));
  const [n0, n1] = v0 === v1 ? [v0, v0 + 1] : [v0, v1];
  const [lo, hi] = nice(n0, n1, tickCount) as [number, number];
  const y = linear([lo, hi], [innerHeight, 0]);
  const yTicks = ticks(lo, hi, tickCount);
  const left = Math.max(28, ...yTicks.map((t) => textWidth(formatY(t), fontSize))) + 12;
  const right = Math.max(16, options.right ?? 16);
  const margin: Margin = { top, right, bottom, left };
  const innerWidth = Math.max(40, width - left - right);
  const x = linear([y0 - 0.5, y1 + 0.5], [0, innerWidth]);
  const xTicks = yearTicks(y0, y1, innerWidth / (textWidth('2020', fontSize) + 14));

  const placed: PlacedSeries[] = all.map((s, si) => {
    const points = s.points.map((point, index) => ({ point, series: si, index, x: x(point.year), y: y(point.value) }));
    const baseline = points.filter((p) => p.point.kind === 'baseline');
    const targets = points.filter((p) => p.point.kind === 'target');
    const actuals = points.filter((p) => p.point.kind === 'actual');
    const targetLine = targets.length ? [...baseline, ...targets].sort(byYear) : [];
    const actualLine = actuals.length ? [...baseline, ...actuals].sort(byYear) : [];
    return {
      series: s,
      points,
      targetPath: targetLine.length >= 2 ? path(targetLine) : null,
      actualPath: actualLine.length >= 2 ? path(actualLine) : null,
      end: [...points].sort(byYear).pop(),
    };
  });

  const references: Reference[] = [];
  for (const s of all) {
    for (const p of s.points) {
      if (p.scope === s.indicator.scope || p.scope === 'municipal') continue;
      if (references.some((r) => r.year === p.year && r.value === p.value && r.scope === p.scope)) continue;
      const { qualifier, valueMax } = p;
      references.push({
        year: p.year,
        value: p.value,
        scope: p.scope,
        approximate: p.approximate,
        qualifier,
        valueMax,
        y: y(p.value),
      });
    }
  }

  return {
    width,
    height,
    margin,
    innerWidth,
    innerHeight,
    x,
    y,
    xTicks,
    yTicks,
    series: placed,
    points: placed.flatMap((s) => s.points),
    references,
  };
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The box of a point marker (radius r) at x, y. */
export function pointBox(x: number, y: number, r = 8): Box {
  return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
}

export interface PlacedLabel {
  /** x of the text anchor; `anchor` says which end. */
  x: number;
  /** Baseline of the text. */
  y: number;
  anchor: 'start' | 'end';
  box: Box;
}

/**
 * Where to write the label of each horizontal reference line (at line height `y`, label `width`
 * px wide) so that it hits no obstacle (point markers, other labels) and no earlier label: tries
 * the row just below the line, then just above, then rows further away, each at the right, left and
 * middle; falls back to below-right. Text is `fontSize` px; labels stay inside [0, innerWidth] × [0, innerHeight].
 */
export function placeReferenceLabels(
  refs: readonly { y: number; width: number }[],
  obstacles: readonly Box[],
  innerWidth: number,
  innerHeight: number,
  fontSize = 12,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken = [...obstacles];
  const below = fontSize + 6;
  const above = -7;
  for (const r of refs) {
    const w = Math.min(r.width, innerWidth);
    // nearest rows first (just below, just above, then a row further each way), each at right, left, middle
    const rows = [
      below,
      above,
      below + fontSize + 3,
      above - fontSize - 3,
      below + 2 * (fontSize + 3),
      above - 2 * (fontSize + 3),
    ];
    const xs: [number, 'start' | 'end'][] = [
      [innerWidth - 2, 'end'],
      [2, 'start'],
      [Math.max(2, innerWidth / 2 - w / 2), 'start'],
    ];
    const candidates: [number, number, 'start' | 'end'][] = rows.flatMap((dy) =>
      xs.map(([x, a]): [number, number, 'start' | 'end'] => [x, r.y + dy, a]),
    );
    const boxOf = ([x, y, anchor]: [number, number, 'start' | 'end']): Box => {
      const x0 = anchor === 'end' ? x - w : x;
      return { x0, y0: y - fontSize + 2, x1: x0 + w, y1: y + 3 };
    };
    const inside = (b: Box) => b.y0 >= -4 && b.y1 <= innerHeight;
    const choice =
      candidates.find((c) => inside(boxOf(c)) && !taken.some((t) => overlaps(t, boxOf(c)))) ?? candidates[0]!;
    const box = boxOf(choice);
    taken.push(box);
    placed.push({ x: choice[0], y: choice[1], anchor: choice[2], box });
  }
  return placed;
}

// ── labels, tooltips and keys of a drawn chart ──────────────────────────────────────────────────

/** Narrowest drawing (px); a narrower container scrolls it. */
export const MIN_PLOT_WIDTH = 280;

/** The longest prefix of `text` that fits `maxWidth` with an ellipsis (binary search: a long name costs log n measurements, not n). */
export function truncate(text: string, maxWidth: number, fontSize = 12): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let lo = 1;
  let hi = text.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${text.slice(0, mid)}…`, fontSize) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

export interface PlotFrame {
  width: number;
  height: number;
  /** Direct labels at the line ends (several series, and room for a 14 px row each). */
  direct: boolean;
  /** The series names as the direct labels write them (truncated to 30 % of the width). */
  labels: string[];
  /** Room on the right: the widest direct label, or a small margin. */
  right: number;
}

/**
 * The size of one chart in a container `measured` px wide (0: not measured yet), and whether its
 * series are named at their line ends: one chart alone is wider and taller than a small multiple.
 */
export function plotFrame(measured: number, single: boolean, names: readonly string[], fontSize = 12): PlotFrame {
  const width = Math.max(MIN_PLOT_WIDTH, measured || (single ? 640 : 320));
  const height = single ? clamp(Math.round(width * 0.5), 260, 400) : clamp(Math.round(width * 0.62), 200, 250);
  // direct labels at the line ends while they fit (14 px a row); beyond that the legend, tooltips and table name the plans
  const direct = names.length > 1 && names.length * 14 <= height - 70;
  const maxLabel = Math.round(width * 0.3);
  const labels = names.map((n) => truncate(n, maxLabel, fontSize));
  const right = direct ? Math.min(maxLabel, Math.max(...labels.map((l) => textWidth(l, fontSize)))) + 16 : 18;
  return { width, height, direct, labels, right };
}

export interface PlotLabels {
  /** Points that carry their value as a label above them. */
  values: Set<PlacedPoint>;
  /** Where each reference line's label goes (in `layout.references` order). */
  references: PlacedLabel[];
  /** Baseline of each series' direct label in the right margin, spread apart. */
  ends: number[];
}

/**
 * Where the labels of a laid-out chart go. Value labels (one series only, when there is room): the last
 * point of each run of equal values, not on a reference point (its line says the value), none
 * overlapping its neighbour. Reference labels clear of markers and value labels. Direct labels at
 * the height of each series' last value.
 */
export function placeLabels(
  layout: ChartLayout,
  valueText: (point: SeriesPoint) => string,
  referenceTexts: readonly string[],
  fontSize = 12,
): PlotLabels {
  const values = new Set<PlacedPoint>();
  const perYear = layout.x(1) - layout.x(0);
  if (layout.series.length === 1 && perYear >= 24 && layout.points.length <= 16) {
    for (const s of layout.series) {
      const ind = s.series.indicator;
      const candidates = s.points.filter((pp, i) => {
        const p = pp.point;
        const next = s.points[i + 1]?.point;
        if (p.scope !== ind.scope && p.scope !== 'municipal') return false;
        return !(next && next.kind === p.kind && next.value === p.value);
      });
      candidates.sort((a, b) => a.x - b.x);
      const keep = fitLabels(candidates.map((pp) => ({ x: pp.x, width: textWidth(valueText(pp.point), fontSize) })));
      candidates.forEach((pp, i) => keep[i] && values.add(pp));
    }
  }
  const obstacles = [
    ...layout.points.map((pp) => pointBox(pp.x, pp.y, 8)),
    ...[...values].map((pp) => {
      const w = textWidth(valueText(pp.point), fontSize);
      return { x0: pp.x - w / 2, y0: pp.y - 22, x1: pp.x + w / 2, y1: pp.y - 8 };
    }),
  ];
  const references = placeReferenceLabels(
    layout.references.map((r, i) => ({ y: r.y, width: textWidth(referenceTexts[i]!, fontSize) })),
    obstacles,
    layout.innerWidth,
    layout.innerHeight,
    fontSize,
  );
  const ends = spreadLabels(
    layout.series.map((s) => (s.end ? s.end.y + 4 : 0)),
    14,
    4,
    layout.innerHeight + 4,
  );
  return { values, references, ends };
}

/** Text size and line height of a point's tooltip (px). */
export const TIP_FONT = 13;
export const TIP_LINE = 17;

/** How wide a point's tooltip is in a chart `chartWidth` px wide, and how many characters fit a line of it. */
export function tooltipWidth(chartWidth: number): { width: number; chars: number } {
  const width = Math.min(340, chartWidth - 8);
  return { width, chars: Math.max(16, Math.floor((width - 20) / (TIP_FONT * 0.58))) };
}

/**
 * Where a tooltip of `lines` lines goes for point `pp`: centred on it, inside the chart, above the point
 * when it fits there (or there is more room above), else below. `x`, `y`: its top left in chart pixels.
 */
export function placeTooltip(
  layout: ChartLayout,
  pp: PlacedPoint,
  lines: number,
): { x: number; y: number; width: number; height: number } {
  const { width } = tooltipWidth(layout.width);
  const height = 12 + lines * TIP_LINE;
  const px = layout.margin.left + pp.x;
  const py = layout.margin.top + pp.y;
  const x = clamp(px - width / 2, 4, layout.width - width - 4);
  const above = py - 16;
  const below = layout.height - py - 16;
  const y = height <= above || (height > below && above >= below) ? py - 16 - height : py + 16;
  return { x: Math.round(x), y: Math.round(y), width, height };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}
