import { css } from 'lit';

/** Data-table cells: the same in every element that shows a table. */
export const tableCells = css`
  th,
  td {
    padding: 0.35rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    /* a long unbroken word (a URL, a name) wraps instead of widening the table past its container */
    overflow-wrap: anywhere;
  }
  thead th {
    background: var(--_surface);
  }
`;

/** Headings, tables and folded lists shared by the text panels (differences, evolution). */
export const sectionStyles = css`
  .title {
    margin: 0 0 0.5rem;
    font-size: 1.2em;
    overflow-wrap: anywhere;
  }
  .part-title {
    margin: 1rem 0 0.35rem;
    font-size: 1.02em;
  }
  p {
    margin: 0.25rem 0 0.5rem;
  }
  .note {
    color: var(--_muted);
    font-size: 0.92em;
  }
  .scroll {
    max-width: 100%;
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.95em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.3rem;
  }
  ${tableCells}
  details {
    margin: 0.3rem 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35rem 0.65rem;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 24px;
    overflow-wrap: anywhere;
  }
  ul {
    margin: 0.35rem 0;
    padding-inline-start: 1.2rem;
  }
  li {
    margin: 0.15rem 0;
    overflow-wrap: anywhere;
  }
  .badge {
    display: inline-block;
    padding: 0 0.4rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.85em;
    white-space: nowrap;
  }
  table .badge {
    font-size: calc(0.85em / 0.95);
  }
  @media print {
    details > *:not(summary) {
      display: block;
    }
  }
`;
