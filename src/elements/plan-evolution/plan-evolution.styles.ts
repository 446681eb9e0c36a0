import { css } from 'lit';

/** The changes of <plan-evolution>: the earlier and the later plan's quotes side by side, stacked on a phone. */
export const evolutionStyles = css`
  .pair-picker {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 0.6rem;
    align-items: center;
    margin: 0.25rem 0 0.75rem;
  }
  .pair-picker select {
    font: inherit;
    max-width: 100%;
    min-height: 2.75rem;
  }
  ol.changes {
    list-style: none;
    margin: 0.35rem 0 0;
    padding: 0;
  }
  .change {
    border-top: 1px solid var(--_border);
    padding: 0.5rem 0;
  }
  .sides {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    gap: 0.35rem 1rem;
  }
  .side-label {
    margin: 0;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
  }
  .ini-title {
    margin: 0.1rem 0;
    font-weight: 600;
  }
  .quote {
    margin: 0.1rem 0;
    padding-inline-start: 0.6rem;
    border-inline-start: 3px solid var(--_border);
    overflow-wrap: anywhere;
  }
  .section,
  .empty,
  .link-note {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .section {
    margin: 0.1rem 0 0.35rem;
  }
  ul.links {
    margin: 0.35rem 0 0;
    padding-inline-start: 1.1rem;
    font-size: 0.92em;
  }
  .link-label {
    font-weight: 600;
  }
  .link-note {
    display: block;
  }
  .inferred {
    margin: 0.35rem 0 0;
    font-style: italic;
  }
`;
