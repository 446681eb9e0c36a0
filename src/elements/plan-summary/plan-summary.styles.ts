import { css } from 'lit';

export const summaryStyles = css`
  .cards {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 17em), 1fr));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  article {
    height: 100%;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .municipality {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    overflow-wrap: anywhere;
  }
  .title {
    margin: 0.15rem 0 0.5rem;
    font-size: 1.15em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.15rem 0.75rem;
    margin: 0 0 0.75rem;
    font-size: 0.95em;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .tracks-title {
    margin: 0.5rem 0 0.25rem;
    font-size: 0.95em;
  }
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ol li {
    display: flex;
    justify-content: space-between;
    gap: 0.75rem;
    padding: 0.3rem 0;
    border-top: 1px solid var(--_border);
    font-size: 0.95em;
  }
  ol li {
    flex-wrap: wrap;
  }
  ol li > .caveats {
    flex: 1 0 100%;
    margin-top: 0;
  }
  ol li > span:first-child {
    flex: 1 1 0;
    min-width: 0;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .count {
    flex: none;
    white-space: nowrap;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  details {
    margin-top: 0.5rem;
    border-top: 1px solid var(--_border);
    padding-top: 0.4rem;
    font-size: 0.95em;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 24px;
  }
  details ul {
    margin: 0.35rem 0 0;
    padding-inline-start: 1.1rem;
  }
  details li {
    margin: 0.2rem 0;
    overflow-wrap: anywhere;
  }
  @media print {
    details > *:not(summary) {
      display: block;
    }
    /* One card after the other: a card with its folded parts open is long, and side by side the text of two
       cards would interleave when copied from the PDF. A card may go on over a page (its title stays with its text). */
    .cards {
      grid-template-columns: minmax(0, 1fr);
    }
    /* As tall as its content: a card's height from the grid (100 %) is fixed before pages are laid out, and what
       page breaks push down would run over the next card. */
    article {
      height: auto;
      break-inside: auto;
    }
  }
  .caveat-group-title {
    margin: 0.5rem 0 0;
    font-weight: 600;
  }
  /* the count of statistics as a link to the figures (inside a comparison) */
  a[part='figures-link'] {
    color: var(--_accent);
  }
`;
