import { css, unsafeCSS } from 'lit';
import { tableCells } from '../shared/section.styles.js';
import { hiddenFromSight } from '../shared/tokens.js';

/**
 * Series colours, light and dark (`--plan-series-1` … `-6` override them). Each passes 4.5:1 against its
 * background, so direct labels in the series colour are readable; meaning never rests on colour alone
 * (line style, marker shape and labels carry it), and print turns everything black.
 */
const SERIES = [
  ['#005ea5', '#7cb8f0'],
  ['#a34700', '#f5a35c'],
  ['#1a7431', '#6fcf86'],
  ['#7b3fa0', '#d49bf0'],
  ['#b0233f', '#f59ab0'],
  ['#00707a', '#5fd0d8'],
] as const;

/** `--_s1` … `--_s6` for each series slot: the palette (0 light, 1 dark), or one colour for all. */
const slotColours = (colour: (slot: number) => string) =>
  unsafeCSS(SERIES.map((_, i) => `--_s${i + 1}: ${colour(i)};`).join('\n'));
const palette = (mode: 0 | 1) => slotColours((i) => `var(--plan-series-${i + 1}, ${SERIES[i]![mode]})`);

/** `.s1` … `.s6`: the series colour of a slot, as `--_series`. */
const slotClasses = unsafeCSS(SERIES.map((_, i) => `.s${i + 1} { --_series: var(--_s${i + 1}); }`).join('\n'));

export const targetChartStyles = css`
  :host {
    ${palette(0)}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${palette(1)}
    }
  }
  :host([theme='dark']) {
    ${palette(1)}
  }
  ${slotClasses}
  .neutral {
    --_series: var(--_fg);
  }

  /* toolbar and toggle */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem var(--_space);
    margin: 0 0 0.5rem;
  }
  .toggle {
    margin-inline-start: auto;
  }
  /* the download menu and the toggle stay together at the end of the toolbar */
  .toolbar .downloads {
    margin-inline-start: auto;
  }
  .toolbar .downloads + .toggle {
    margin-inline-start: 0;
  }
  /* The toggle follows the menu's button on its line, so the menu opens towards it: aligned to the
     end it would stick out of the element where the pair starts a line (phones). Only on the
     narrowest screens does the toggle wrap below, leaving the button at the end of its line. */
  .toolbar .downloads-list {
    inset-inline-start: 0;
    inset-inline-end: auto;
  }
  @media (max-width: 22em) {
    .toolbar .downloads-list {
      inset-inline-start: auto;
      inset-inline-end: 0;
    }
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.45rem;
  }
  .toggle-icon {
    width: 1.1em;
    height: 1.1em;
    stroke-width: 1.3;
  }

  /* legend */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 1.75rem;
    margin: 0 0 var(--_space);
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.9em;
  }
  .legend-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1.1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend-list li {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    max-width: 100%;
  }
  /* a long unbroken label (a compound word, a pasted URL) wraps instead of widening the page */
  .legend-list li > span {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .swatch {
    flex: none;
    overflow: visible;
  }

  /* charts */
  .charts.multiples {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20em), 1fr));
  }
  .figure {
    min-width: 0;
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .charts.single .figure {
    padding: 0;
    border: 0;
  }
  /* Many small multiples (every indicator of many plans): the browser lays out and paints only those near the viewport. */
  .charts.many > .figure {
    content-visibility: auto;
    contain-intrinsic-size: auto 22em;
  }
  .figure.selected {
    border-color: var(--_accent);
    box-shadow: inset 0 4px 0 var(--_accent);
  }
  .title {
    margin: 0;
    font-size: 1.05em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .subtitle,
  .badge {
    margin: 0.1rem 0 0;
    color: var(--_muted);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .badge {
    font-weight: 600;
    color: var(--_fg);
  }
  .description {
    margin: 0.4rem 0 0.6rem;
    font-size: 0.9em;
    max-width: 70ch;
    overflow-wrap: anywhere;
  }
  .plot {
    position: relative;
  }
  .plot.tip-open {
    z-index: 2;
  }
  .plot.scroll {
    overflow-x: auto;
  }
  .sizer {
    height: 0;
  }
  .svg {
    display: block;
    overflow: visible;
    color: var(--_fg);
    font-family: inherit;
    font-size: 12px;
  }
  .axis {
    font-family: inherit;
    font-size: 12px;
  }
  .axis text,
  .axis-title {
    fill: var(--_muted);
    font-size: 12px;
  }
  .axis .domain,
  .x-axis .tick line {
    stroke: var(--_muted);
  }
  .y-axis .tick line {
    stroke: var(--_border);
  }
  .reference line {
    stroke: var(--_fg);
    stroke-width: 1.5;
    stroke-dasharray: 1 4;
    stroke-linecap: round;
  }
  .reference-label,
  .value-label,
  .direct-label {
    font-size: 12px;
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .reference-label,
  .value-label {
    fill: var(--_fg);
  }
  .direct-label {
    fill: var(--_series);
    font-weight: 700;
  }
  .line {
    fill: none;
    stroke: var(--_series);
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .line.target {
    stroke-dasharray: 7 5;
    stroke-linecap: butt;
  }
  .many .line {
    stroke-width: 1.5;
  }
  .series-key {
    stroke-width: 3;
  }
  .series-dot {
    fill: var(--_series);
  }
  .mark {
    fill: var(--_series);
    stroke: var(--_series);
    stroke-width: 2;
  }
  .kind-target .mark {
    fill: var(--_bg);
  }
  .approx-ring {
    fill: none;
    stroke: var(--_series);
    stroke-width: 1.5;
    stroke-dasharray: 1.5 2.5;
  }
  .leader {
    fill: none;
    stroke: var(--_series);
    stroke-width: 1;
    stroke-dasharray: 1 3;
  }
  .point {
    cursor: pointer;
  }
  .point:focus {
    outline: none;
  }
  .hit {
    fill: transparent;
  }
  .ring {
    display: none;
    fill: none;
    stroke: var(--_focus);
    stroke-width: 4;
  }
  .ring-inner {
    stroke: var(--_fg);
    stroke-width: 2;
  }
  .point:focus-visible .ring {
    display: inline;
  }
  .point:focus-visible .mark,
  .point:hover .mark {
    stroke-width: 3;
  }

  /* tooltip (inside the SVG) */
  .tooltip {
    pointer-events: all;
  }
  .tip-box {
    fill: var(--_bg);
    stroke: var(--_fg);
    stroke-width: 1;
  }
  .tooltip text {
    fill: var(--_fg);
    font-size: 13px;
  }
  .tip-title {
    font-weight: 700;
  }
  .tip-value {
    font-weight: 600;
  }
  .tooltip .tip-source {
    fill: var(--_muted);
  }
  .tip-quote {
    font-style: italic;
  }

  /* the citation of the picked point, under its chart */
  .picked {
    margin: 0.5rem 0 0;
    padding: 0.4rem 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
    font-size: 0.9em;
  }
  .cite-line {
    margin: 0 0 0.3rem;
  }
  .cite-actions {
    margin-top: 0.3rem;
  }
  .hint {
    flex: 1 1 calc(16em / 0.85);
    margin: 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .not-comparable {
    margin: 0.5rem 0;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_fg);
    border-radius: var(--_radius);
    font-weight: 600;
  }
  .without {
    margin: var(--_space) 0 0;
    color: var(--_muted);
    font-size: 0.9em;
  }

  /* table */
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9em;
  }
  /* the figure caption above says the same; the table caption stays for assistive technology */
  caption {
    ${hiddenFromSight}
  }
  ${tableCells}
  .num,
  .year {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .num {
    text-align: end;
  }
  .source {
    min-width: calc(10em / 0.9);
    overflow-wrap: break-word;
  }
  .kind {
    hyphens: auto;
  }
  .figure {
    container-type: inline-size;
  }
  @container (max-width: 26em) {
    th,
    td {
      padding: 0.3rem 0.3rem;
    }
    .source {
      min-width: 0;
      overflow-wrap: anywhere;
    }
  }
  .section,
  .value-note {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
  }
  q {
    font-style: italic;
  }

  @media print {
    :host,
    :host([theme]) {
      ${slotColours(() => '#000')}
    }
    .toolbar,
    .hint,
    .tooltip,
    .ring {
      display: none !important;
    }
    .figure {
      break-inside: avoid;
    }
    /* drawn for the screen's width: scaled to the page's */
    .svg {
      max-width: 100%;
      height: auto;
    }
    .plot.scroll {
      overflow: visible;
    }
  }
  @media (forced-colors: active) {
    .line,
    .leader,
    .approx-ring,
    .reference line,
    .axis .domain,
    .axis .tick line {
      stroke: CanvasText;
    }
    .mark,
    .series-dot {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .kind-target .mark {
      fill: Canvas;
    }
    .axis text,
    .axis-title,
    .reference-label,
    .value-label,
    .direct-label,
    .tooltip text {
      fill: CanvasText;
      stroke: Canvas;
    }
    .tip-box {
      fill: Canvas;
      stroke: CanvasText;
    }
    .ring {
      stroke: Highlight;
    }
    .toggle[aria-pressed='true'] {
      color: HighlightText;
      background: Highlight;
    }
  }
`;
