import { css } from 'lit';
import { hiddenFromSight } from '../shared/tokens.js';

export const matrixStyles = css`
  :host {
    --_level-none: var(--plan-level-none, transparent);
    --_level-ambition: var(--plan-level-ambition, #eef4fa);
    --_level-initiatives: var(--plan-level-initiatives, #d9e7f4);
    --_level-target: var(--plan-level-target, #bfd7ee);
    --_symbol: var(--plan-level-symbol, var(--_accent));
    /* Resolved on the header cells, where cqi is the width of the scroll region. */
    --_first-col: min(13rem, max(11.5rem, 42cqi));
    container: matrix / inline-size;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_level-ambition: var(--plan-level-ambition, #1b2733);
      --_level-initiatives: var(--plan-level-initiatives, #213447);
      --_level-target: var(--plan-level-target, #29445f);
    }
  }
  :host([theme='dark']) {
    --_level-ambition: var(--plan-level-ambition, #1b2733);
    --_level-initiatives: var(--plan-level-initiatives, #213447);
    --_level-target: var(--plan-level-target, #29445f);
  }

  /* Legend */
  .legend {
    margin: 0 0 0.75rem;
    font-size: 0.9em;
  }
  .legend-title {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }
  .legend ul {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, calc(15em / 0.9)), 1fr));
    gap: 0.35rem 1.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .legend-symbols {
    display: inline-flex;
    flex: none;
    gap: 0.15rem;
    padding-top: 0.15rem;
    min-width: 2.1rem;
  }
  .symbol {
    flex: none;
    width: 1rem;
    height: 1rem;
    color: var(--_symbol);
  }
  .symbol-none {
    color: var(--_muted);
  }

  /* The scrolling region: the table scrolls inside it, never the page. */
  .scroll {
    position: relative;
    max-width: 100%;
    max-height: var(--plan-matrix-max-height, 80vh);
    overflow: auto;
    overscroll-behavior-inline: contain;
    container-type: inline-size;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    scroll-padding-block-start: 4.5rem;
    scroll-padding-inline-start: var(--_first-col);
  }
  table {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
    /* Sizes inside the table divide by --_table to stay relative to the element's base size. */
    --_table: 0.95;
    font-size: calc(var(--_table) * 1em);
  }
  th,
  td {
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  tbody tr:last-child > * {
    border-bottom: 0;
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 2;
    padding: 0.5rem;
    background: var(--_surface);
    text-align: start;
    font-weight: 600;
    line-height: 1.25;
  }
  /*
   * Equal plan columns: the theme column has a fixed width; what a plan column holds does not count
   * towards its intrinsic width (inline-size containment), so every plan column asks for the same
   * minimum and spare room is shared equally.
   */
  thead th.plan > span,
  .tracks {
    contain: inline-size;
  }
  thead th .muni {
    display: block;
    overflow-wrap: break-word;
  }
  thead th .period {
    display: block;
    color: var(--_muted);
    font-weight: 400;
    font-size: calc(0.85em / var(--_table));
    font-variant-numeric: tabular-nums;
  }
  th.corner,
  th.theme {
    position: sticky;
    inset-inline-start: 0;
    width: var(--_first-col);
    min-width: var(--_first-col);
    max-width: var(--_first-col);
    border-inline-end: 1px solid var(--_border);
  }
  th.corner {
    z-index: 3;
    vertical-align: bottom;
  }
  th.theme {
    z-index: 1;
    padding: 0.5rem;
    background: var(--_bg);
    text-align: start;
    font-weight: 600;
    line-height: 1.3;
    hyphens: auto;
    overflow-wrap: break-word;
  }
  td {
    padding: 3px;
  }

  /* A cell: text and shape carry the level; the background only adds to it. */
  .cell-button {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.15rem;
    width: 100%;
    min-width: 10em;
    min-height: 44px;
    margin: 0;
    contain: inline-size;
    padding: calc(0.35rem + 2px) calc(0.5rem + 2px);
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) - 2px);
    color: var(--_fg);
    background: var(--_level-none);
    text-align: start;
    line-height: 1.25;
    font-size: calc(0.9em / var(--_table));
  }
  .level-ambition .cell-button {
    background: var(--_level-ambition);
  }
  .level-initiatives .cell-button {
    background: var(--_level-initiatives);
  }
  .level-target .cell-button {
    background: var(--_level-target);
  }
  .cell-button:hover {
    border-color: var(--_accent);
  }
  /* Focus inside the scroll region: drawn inside the cell so the region's edge and the sticky headers do not clip it; a dark inner ring keeps it visible on the light level colours. */
  .cell-button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_fg);
  }
  .cell-button[aria-pressed='true'] {
    padding: 0.35rem 0.5rem;
    border: 3px solid var(--_accent);
    font-weight: 600;
  }
  .level,
  .target-mark {
    display: flex;
    gap: 0.35rem;
    align-items: flex-start;
  }
  .level .symbol,
  .target-mark .symbol {
    margin-top: 0.05rem;
  }
  .level-none .level-text {
    color: var(--_muted);
  }
  .level-initiatives .level-text,
  .level-target .level-text {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .target-mark {
    font-size: calc(0.85em / 0.9);
  }
  .tracks {
    margin: 0.25rem 0.5rem 0.4rem;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: calc(0.8em / var(--_table));
    line-height: 1.3;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .tracks li + li {
    margin-top: 0.2rem;
  }
  .tracks li::before {
    content: '› ';
  }

  .note {
    margin: 0.5rem 0 0;
    color: var(--_muted);
    font-size: 0.9em;
  }

  /* Details of the selected cell */
  .details {
    margin-top: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .details-title {
    margin: 0 0 0.25rem;
    font-size: 1.1em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .description {
    margin: 0 0 0.75rem;
    color: var(--_muted);
    font-size: 0.95em;
  }
  .details dl {
    display: grid;
    grid-template-columns: minmax(calc(8em / 0.95), max-content) 1fr;
    gap: 0.35rem 1rem;
    margin: 0 0 0.75rem;
    font-size: 0.95em;
  }
  .details dt {
    color: var(--_muted);
  }
  .details dd {
    margin: 0;
    /* anywhere, not break-word: only anywhere lets the 1fr grid column shrink below a long unbroken word */
    overflow-wrap: anywhere;
  }
  .details dd ul {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  .detail-level {
    display: flex;
    gap: 0.4rem;
    align-items: center;
  }
  @container (max-width: 30em) {
    table {
      --_table: 0.875;
    }
    th.theme {
      padding-inline: 0.4rem;
    }
  }
  .hint {
    margin: 0 0 0.5rem;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .compact-n {
    display: none;
  }
  /* A touch screen without a keyboard has no use for the keys. */
  @media (hover: none) and (pointer: coarse) {
    .hint {
      display: none;
    }
  }
  /*
   * A phone (up to six plans): each theme is a line of its own, then one compact mark per plan side by side
   * (shape and number; the words stay for screen readers), so every plan's coverage is seen at once.
   */
  /* … and the page scrolls it: no box scrolling inside the page on a phone (the header sticks to the page's top). */
  @container matrix (max-width: 30rem) {
    .scroll:has(> table.compact) {
      max-height: none;
      overflow: visible;
    }
  }
  @container (max-width: 30rem) {
    table.compact,
    .compact > thead,
    .compact > tbody {
      display: block;
    }
    .compact > thead {
      position: sticky;
      top: 0;
      z-index: 2;
      background: var(--_surface);
    }
    .compact tr {
      display: flex;
      flex-wrap: wrap;
    }
    .compact th.plan,
    .compact td {
      flex: 1 1 0;
      min-width: 0;
    }
    .compact thead th,
    .compact th.theme {
      position: static;
    }
    /* Five names do not fit side by side on a phone at a legible size: they stand upright, bottom to top. */
    .compact th.plan {
      writing-mode: vertical-rl;
      transform: rotate(180deg);
      max-inline-size: 7.5rem;
      padding: 0.4rem 0.15rem;
      font-size: 0.875em;
      line-height: 1.2;
    }
    .compact th.plan > span {
      contain: none;
    }
    .compact th.plan .period {
      font-size: 1em;
    }
    .compact th.theme {
      flex: 1 0 100%;
      width: auto;
      min-width: 0;
      max-width: none;
      padding: 0.45rem 0.4rem 0.1rem;
      border-bottom: 0;
      border-inline-end: 0;
    }
    .compact th.corner,
    .compact .level-text {
      ${hiddenFromSight}
      min-width: 0;
    }
    .compact .cell-button {
      align-items: center;
      min-width: 0;
      padding-inline: 0.2rem;
    }
    .compact .compact-n {
      display: inline;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    /* On the narrowest hosts (a phone zoomed to 200 %) the number goes under its shape rather than out of the cell. */
    .compact .level,
    .compact .target-mark {
      flex-wrap: wrap;
      justify-content: center;
      gap: 0.2rem;
      align-items: center;
    }
  }
  @media (max-width: 30rem) {
    .details dl {
      grid-template-columns: 1fr;
      gap: 0.1rem;
    }
    .details dd + dt {
      margin-top: 0.4rem;
    }
  }

  @media (forced-colors: active) {
    .symbol,
    .symbol-none {
      color: CanvasText;
    }
    .cell-button {
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
    .cell-button[aria-pressed='true'] {
      border-color: Highlight;
    }
    thead th,
    th.theme {
      background: Canvas;
    }
  }
  @media print {
    .scroll {
      max-height: none;
      overflow: visible;
      border: 0;
    }
    thead th,
    th.corner,
    th.theme {
      position: static;
    }
    /* within the page's width: the plans' columns share what the theme column leaves */
    table {
      --_table: 0.8;
    }
    th.corner,
    th.theme {
      width: 9.5rem;
      min-width: 0;
      max-width: 9.5rem;
    }
    .level-initiatives .level-text,
    .level-target .level-text {
      white-space: normal;
    }
    .hint {
      display: none;
    }
    .cell-button {
      display: flex;
      min-width: 0;
      min-height: 0;
      padding: 0.2rem 0.3rem;
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    tr {
      break-inside: avoid;
    }
    .details {
      break-inside: avoid;
    }
  }
`;
