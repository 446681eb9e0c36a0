import { css } from 'lit';

/**
 * Styles of <plan-theme-compare>. The columns are a strip that scrolls sideways inside the element (and
 * down, within a bounded height, so that the plan headers stay in view: sticky), snapping to a column; on a
 * phone a column is most of the width, the next one peeks in. The page itself never scrolls sideways.
 */
export const themeCompareStyles = css`
  .picker {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 0.75rem;
    padding: 0.4rem 0.6rem 0.6rem;
    min-width: 0;
  }
  .picker legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    min-height: 44px;
    padding: 0 0.6rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .choice:has(input:checked) {
    border: 2px solid var(--_accent);
    font-weight: 600;
  }
  /* On a phone the themes are one row that scrolls sideways (with the keys, the chosen one scrolls into
     view), so that the columns are not a screen away. */
  .picker {
    container-type: inline-size;
  }
  @container (max-width: 40rem) {
    .choices {
      flex-wrap: nowrap;
      overflow-x: auto;
      padding-bottom: 0.3rem;
      scroll-snap-type: x proximity;
    }
    .choice {
      flex: none;
      white-space: nowrap;
      scroll-snap-align: start;
    }
  }
  .choice input {
    margin: 0;
    accent-color: var(--_accent);
  }
  .strip {
    /* the containing block of the visually hidden texts inside, so that the strip clips them too */
    position: relative;
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(min(85%, 22rem), 1fr);
    gap: 0.75rem;
    overflow: auto;
    max-height: max(24rem, 85vh);
    overscroll-behavior-x: contain;
    scroll-snap-type: x proximity;
    padding-bottom: 0.4rem;
  }
  .strip[data-columns='1'] {
    grid-auto-columns: minmax(0, 48rem);
  }
  .column {
    min-width: 0;
    /* a long unbroken word (a name, a URL) wraps inside its column */
    overflow-wrap: anywhere;
    scroll-snap-align: start;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .column.marked {
    border: 3px solid var(--_accent);
  }
  .column.level-none {
    border-style: dashed;
  }
  .column-head {
    position: sticky;
    top: 0;
    z-index: 1;
    padding: 0.4rem 0.65rem;
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
  }
  .plan-title {
    margin: 0;
    font-size: 1.02em;
    overflow-wrap: anywhere;
  }
  .marked-tag {
    display: inline-block;
    margin: 0.2rem 0 0;
    padding: 0 0.45rem;
    border-radius: 999px;
    color: var(--_bg);
    background: var(--_accent);
    font-size: 0.85em;
    font-weight: 600;
  }
  .coverage {
    margin: 0.15rem 0 0;
    font-size: 0.92em;
  }
  .coverage-label {
    color: var(--_muted);
  }
  .level-text,
  .part,
  .column > .note {
    padding: 0 0.65rem;
  }
  .level-text {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .part-title {
    margin: 0.6rem 0 0.3rem;
    font-size: 0.95em;
    text-transform: none;
  }
  .entry {
    padding: 0.35rem 0;
    border-top: 1px solid var(--_border);
  }
  .entry-title {
    margin: 0 0 0.15rem;
    font-weight: 600;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .meta,
  .texts-label {
    margin: 0 0 0.15rem;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .texts-label {
    font-weight: 600;
  }
  .text-block p {
    margin: 0 0 0.15rem;
    overflow-wrap: anywhere;
  }
  .trend {
    margin: 0.1rem 0;
  }
  .points,
  .rows {
    margin: 0.1rem 0;
    padding-inline-start: 1rem;
    font-size: 0.95em;
  }
  .scope-tag {
    display: inline-block;
    padding: 0 0.4rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8em;
  }
  .scope-tag[data-scope='national'],
  .scope-tag[data-scope='regional'] {
    border-style: dashed;
  }
  @media print {
    .strip {
      display: block;
      overflow: visible;
      max-height: none;
    }
    .column {
      margin-bottom: 1rem;
      break-inside: auto;
    }
    .column-head {
      position: static;
    }
    /* an entry (title, meta, passage) is not split over two pages */
    .entry,
    .text-block {
      break-inside: avoid;
    }
    .picker {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .marked-tag {
      color: CanvasText;
      background: Canvas;
      border: 1px solid CanvasText;
    }
  }
`;
