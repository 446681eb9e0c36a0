import { css } from 'lit';

export const initiativeListStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5rem var(--_space);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    min-width: 0;
  }
  .search-field {
    flex: 1 1 16em;
  }
  .group-field {
    flex: 0 1 auto;
  }
  .caveat-field {
    flex: 0 1 auto;
    align-self: flex-end;
  }
  .caveat-field label {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.25rem;
    font-weight: 600;
    font-size: 0.95em;
  }
  .caveat-field input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .caveat-field .n {
    font-weight: 400;
    color: var(--_muted);
  }
  label[for] {
    font-weight: 600;
    font-size: 0.95em;
  }
  input[type='search'],
  select {
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_muted);
    padding: 0.35rem 0.6rem;
    max-width: 100%;
  }
  input[type='search'] {
    width: 100%;
  }
  .count {
    margin: 0.75rem 0 0.25rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  /* the download menu at the top of the results, at the end of the line */
  .results-bar {
    display: flex;
    justify-content: flex-end;
    margin: 0 0 0.5rem;
  }
  .note {
    margin: 0 0 0.5rem;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .active {
    margin: 0.25rem 0 0.5rem;
  }
  button.chip {
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_accent);
    border-radius: 999px;
    min-height: 36px;
    padding: 0.2rem 0.8rem;
    text-align: start;
    /* a plan name without spaces wraps inside the list's width */
    max-width: 100%;
    overflow-wrap: anywhere;
  }
  button.chip span[aria-hidden] {
    margin-inline-start: 0.35rem;
    font-weight: 700;
  }

  /* Layout: facets beside the list on wide hosts, a collapsed panel above it on narrow ones. */
  .layout {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
    margin-top: 0.5rem;
  }
  .layout.wide {
    grid-template-columns: var(--plan-facets-width, 17em) minmax(0, 1fr);
    align-items: start;
  }
  .filters {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .filters > summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    gap: 0.4rem;
    padding: 0.4rem 0.75rem;
    font-weight: 600;
    cursor: pointer;
    list-style: none;
  }
  .filters > summary::before {
    content: '▸';
    display: inline-block;
    transition: transform 0.15s;
  }
  .filters[open] > summary::before {
    transform: rotate(90deg);
  }
  .filters > summary::-webkit-details-marker {
    display: none;
  }
  .badge {
    font-weight: 400;
    color: var(--_muted);
  }
  .wide .filters {
    position: sticky;
    top: 0;
    max-height: 100vh;
    overflow: auto;
  }
  .wide .filters > summary {
    display: none;
  }
  .facets-body {
    padding: 0.5rem 0.75rem 0.75rem;
  }
  fieldset {
    margin: 0 0 0.75rem;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.2rem;
    font-weight: 700;
  }
  fieldset ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  fieldset label {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    padding: 0.2rem 0;
    cursor: pointer;
    font-size: 0.95em;
    line-height: 1.3;
  }
  fieldset input[type='checkbox'] {
    flex: none;
    width: 1.1rem;
    height: 1.1rem;
    margin: 0.05rem 0 0;
    accent-color: var(--_accent);
  }
  fieldset .value {
    flex: 1 1 auto;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .nowrap {
    white-space: nowrap;
  }
  fieldset .n {
    flex: none;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  /* A value that would give nothing with the other choices: dimmed, still operable. */
  label.zero {
    color: var(--_muted);
  }
  label.zero input {
    opacity: 0.55;
  }
  button.more,
  button.reset {
    color: var(--_accent);
    background: transparent;
    border: 1px solid transparent;
    min-height: 2rem;
    padding: 0.15rem 0;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button.reset {
    border-color: var(--_accent);
    padding: 0.3rem 0.9rem;
    min-height: 44px;
    text-decoration: none;
  }

  /* Results */
  .results {
    min-width: 0;
  }
  .items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /*
   * Every initiative is in the DOM and laid out: no content-visibility here. Chromium leaves content that
   * content-visibility skips out of the accessibility tree ("not rendered"), so a screen reader's browse mode and
   * headings list would miss the initiatives off screen.
   */
  .items > li + li {
    border-top: 1px solid var(--_border);
  }
  .group + .group {
    margin-top: calc(var(--_space) * 1.25);
  }
  .group-heading {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0 0.75rem;
    margin: 0;
    padding: 0.4rem 0 0.3rem;
    border-bottom: 2px solid var(--_accent);
    font-size: 1.1em;
    line-height: 1.3;
  }
  .group-heading .n {
    color: var(--_muted);
    font-size: calc(0.9em / 1.1);
    font-weight: 400;
    font-variant-numeric: tabular-nums;
  }
  .virtual {
    width: 100%;
  }
  .virtual > .row {
    width: 100%;
  }
  .virtual > .row:has(.group-heading) {
    padding-top: var(--_space);
  }
  .virtual > .row:has(.item) + .row:has(.item),
  .virtual > .row:has(.item) {
    border-bottom: 1px solid var(--_border);
  }
  .item {
    padding: 0.75rem 0;
  }
  .title {
    margin: 0;
    font-size: 1.05em;
    line-height: 1.3;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .plan {
    margin: 0.15rem 0 0.35rem;
    color: var(--_muted);
    font-size: 0.85em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    overflow-wrap: anywhere;
  }
  .desc {
    margin: 0.25rem 0;
    overflow-wrap: anywhere;
  }
  .goal p {
    margin: 0.2rem 0 0.4rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 2px solid var(--_border);
    font-size: 0.95em;
    overflow-wrap: anywhere;
  }
  dl {
    margin: 0.25rem 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.1rem 1.25rem;
    font-size: 0.95em;
  }
  .meta > div {
    min-width: 0;
  }
  .meta dt,
  .meta dd {
    display: inline;
  }
  .meta dt {
    margin-inline-end: 0.35rem;
  }
  .meta dt::after,
  .source dt::after {
    content: ':';
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    margin: 0.4rem 0;
    padding: 0;
    list-style: none;
  }
  .chips li {
    padding: 0.05rem 0.55rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    font-size: 0.85em;
  }
  .item details > summary {
    display: inline-flex;
    max-width: 100%;
    /* "Mål i rusmiddelpolitikken" at 200 % zoom on a phone: the long word breaks rather than stick out. */
    overflow-wrap: anywhere;
    align-items: center;
    gap: 0.35rem;
    padding: 0.15rem 0;
    color: var(--_accent);
    font-size: 0.95em;
    font-weight: 600;
    cursor: pointer;
    list-style: none;
  }
  .item details > summary::-webkit-details-marker {
    display: none;
  }
  .item details > summary::before {
    content: '▸';
    display: inline-block;
    transition: transform 0.15s;
  }
  .item details[open] > summary::before {
    transform: rotate(90deg);
  }
  .citation[open] {
    margin-top: 0.25rem;
  }
  .source {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.1rem 0.6rem;
    font-size: 0.9em;
  }
  .source > div {
    display: contents;
  }
  blockquote {
    margin: 0.4rem 0 0;
    padding: 0.4rem 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .cite-line {
    margin: 0.5rem 0 0.25rem;
    font-size: 0.9em;
  }
  .cite-actions {
    margin: 0.25rem 0 0.35rem;
  }
  .also {
    overflow-wrap: anywhere;
    margin-top: 0.6rem;
    padding-top: 0.4rem;
    border-top: 1px solid var(--_border);
  }
  .also-as {
    overflow-wrap: anywhere;
    margin: 0.1rem 0 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .also-label {
    margin: 0 0 0.25rem;
    font-weight: 600;
    font-size: 0.9em;
  }
  .none,
  .no-results p {
    margin: 0.5rem 0;
    color: var(--_muted);
  }
  .no-results {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }

  /* Plans side by side (group by plan, when they fit at about 14rem each); the facets fold above them. */
  .columns {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    gap: 0.75rem;
  }
  .column {
    min-width: 0;
    padding: 0 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* The column heading names the plan already. */
  .column .plan {
    display: none;
  }

  @media (forced-colors: active) {
    label.zero {
      color: GrayText;
    }
    .chips li,
    button.chip {
      border-color: CanvasText;
    }
  }
  @media print {
    .toolbar,
    .filters,
    .results-bar,
    .note,
    .active {
      display: none;
    }
    /* the citation's document, section and quote print; its one-line form would say them again */
    .cite-line,
    .items > li.again details {
      display: none;
    }
    .item details > summary::before {
      content: none;
    }
    .layout.wide {
      grid-template-columns: minmax(0, 1fr);
    }
    .columns {
      display: block;
      overflow: visible;
    }
    .column,
    .item {
      break-inside: avoid;
    }
  }
`;
