import { css } from 'lit';
import { hiddenFromSight } from '../shared/tokens.js';

/** Styles of <plan-figures>: scope by tag text and edge style (dashed national, solid municipal), not colour alone. */
export const figuresStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  /* the menu's button may wrap its words rather than stick out of a narrow (or zoomed) element */
  .toolbar .downloads {
    /* not the folded-list frame the section styles give every details */
    margin: 0;
    padding: 0;
    border: 0;
    flex: 0 1 auto;
    min-width: 0;
    max-width: 100%;
  }
  .toolbar .downloads > summary {
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .theme-title {
    margin: 1.4rem 0 0.4rem;
    font-size: 1.08em;
    overflow-wrap: anywhere;
  }
  .figures {
    display: grid;
    gap: 0.75rem;
  }
  .figure {
    border: 1px solid var(--_border);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    min-width: 0;
  }
  .figure.scope-municipal {
    border-inline-start-color: var(--_accent);
  }
  .figure.scope-national,
  .figure.scope-regional {
    border-style: dashed;
    border-inline-start-style: dashed;
    border-inline-start-color: var(--_muted);
    background: var(--_surface);
  }
  .figure-title {
    margin: 0.2rem 0;
    font-size: 1em;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .figure-meta {
    margin: 0.1rem 0;
    color: var(--_muted);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .scope-tag {
    display: inline-block;
    padding: 0 0.45rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.82em;
    font-weight: 600;
  }
  .scope-tag[data-scope='national'],
  .scope-tag[data-scope='regional'] {
    border-style: dashed;
  }
  .scope-tag[data-scope='municipal'] {
    color: var(--_bg);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .scroll {
    /* the containing block of the visually hidden texts inside, so that the box clips them too */
    position: relative;
  }
  /* Narrow (a phone): each row is the label and the figure on one line, its passage under them, so that
     words are not broken to fit three columns. The cells keep their table roles. */
  .figure {
    container-type: inline-size;
  }
  @container (max-width: 34rem) {
    thead tr,
    tbody tr,
    tfoot tr {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
    }
    /* still the column header of the passages for assistive technology, just not shown */
    thead th:nth-child(3) {
      ${hiddenFromSight}
    }
    td.source:empty {
      display: none;
    }
    td.source {
      grid-column: 1 / -1;
      padding-top: 0;
    }
    tbody th,
    tbody td.value,
    tfoot th,
    tfoot td.value {
      border-bottom: 0;
    }
    /* the table's name, for assistive technology: the heading above already shows it */
    .figure caption {
      padding: 0;
    }
    td.value {
      text-align: end;
    }
  }
  tbody th,
  tfoot th {
    hyphens: auto;
  }
  td.value {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  tfoot th,
  tfoot td {
    border-top: 2px solid var(--_fg);
  }
  tfoot tr.row-sum th,
  tfoot tr.row-sum td {
    border-top: 1px dotted var(--_border);
    font-weight: normal;
  }
  .shared-mark {
    display: block;
    font-size: 0.82em;
    font-weight: normal;
    color: var(--_muted);
  }
  .total-differs,
  .reprint {
    padding: 0.3rem 0.5rem;
    border-inline-start: 4px solid var(--_danger);
    background: var(--_surface);
  }
  .shared {
    list-style: none;
    padding: 0;
  }
  .shared-group {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: 0.4rem 0.6rem;
    margin: 0.4rem 0;
  }
  .shared-value {
    margin: 0;
  }
  .plan-name {
    font-weight: 600;
  }
  @media print {
    .figure-head,
    tr,
    .shared-group > ul > li,
    .total-differs {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .scope-tag[data-scope='municipal'] {
      color: CanvasText;
      background: Canvas;
      border-color: CanvasText;
    }
  }
`;
