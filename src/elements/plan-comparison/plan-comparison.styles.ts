import { css } from 'lit';

export const comparisonStyles = css`
  /* A host page reset that reaches the host itself (* { all: unset }) strips the :host
     typography; the comparison's own blocks restate it (the nested elements have their own). */
  header,
  fieldset,
  nav,
  section,
  .state {
    font-family: var(--_font);
    line-height: 1.45;
  }
  /* While the plans load, the comparison keeps a screen's height: what follows it on the host page starts
     below the fold and the page's scrollbar is there from the first paint, so neither moves when the
     comparison (always taller than that) appears. --plan-reserve-height sets another height. */
  .state[data-state='loading'] {
    box-sizing: border-box;
    min-height: var(--plan-reserve-height, 100vh);
  }
  /* The nested elements follow the comparison's direction (see tokens: dir on the element). */
  section > :not(.section-heading) {
    direction: inherit;
  }
  header .title {
    min-width: 0;
    overflow-wrap: anywhere;
    margin: 0 0 0.5rem;
    font-size: clamp(1.25em, 3vw, 1.6em);
  }
  /* A fieldset is min-content wide by default: let it shrink with a very narrow host (a phone at 200 %). */
  fieldset {
    min-width: 0;
    overflow-wrap: break-word;
    margin: 0 0 var(--_space);
    padding: 0.5rem var(--_space) 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    padding: 0 0.25rem;
    font-weight: 700;
  }
  .hint,
  .status {
    margin: 0.1rem 0 0.5rem;
    color: var(--_muted);
    font-size: 0.92em;
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
    gap: 0.25rem 1rem;
    max-height: 16em;
    overflow-y: auto;
    margin: 0;
    padding: 0;
    list-style: none;
    /* a shadow at an edge where more plans are scrolled out of view (covers scroll with the content and
       hide the shadow once the edge is reached); on a phone five plans already overflow */
    background:
      linear-gradient(var(--_bg) 30%, transparent) top / 100% 2em no-repeat local,
      linear-gradient(transparent, var(--_bg) 70%) bottom / 100% 2em no-repeat local,
      radial-gradient(farthest-side at 50% 0, color-mix(in srgb, var(--_fg) 30%, transparent), transparent) top / 100%
        0.75em no-repeat scroll,
      radial-gradient(farthest-side at 50% 100%, color-mix(in srgb, var(--_fg) 30%, transparent), transparent) bottom /
        100% 0.75em no-repeat scroll;
  }
  .choices label {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    min-height: 44px;
    padding: 0.25rem 0;
    cursor: pointer;
  }
  .choices input {
    width: 1.2rem;
    height: 1.2rem;
    margin-top: 0.15rem;
    flex: none;
    accent-color: var(--_accent);
  }
  .choices label > span {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .choices small {
    display: block;
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  button.secondary {
    color: var(--_accent);
    background: transparent;
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  nav a {
    color: var(--_accent);
    display: inline-block;
    min-height: 24px;
    padding: 0.2rem 0;
  }
  section {
    margin: 0 0 calc(var(--_space) * 2);
  }
  /* A section not rendered yet reserves about the space it will take, so that rendering it moves
     little; it is always below what the reader sees (see SectionScheduler), so nothing visible shifts. */
  section[data-pending] {
    min-height: 40rem;
  }
  section[data-section='differences'][data-pending],
  section[data-section='evolution'][data-pending] {
    min-height: 25rem;
  }
  .pending {
    color: var(--_muted);
  }
  .section-heading {
    margin: 0 0 0.75rem;
    padding-bottom: 0.3rem;
    border-bottom: 2px solid var(--_accent);
    font-size: 1.3em;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: baseline;
    justify-content: space-between;
  }
  .share {
    margin: 0 0 var(--_space);
  }
  .share summary {
    display: inline-block;
    min-height: 24px;
    padding: 0.2rem 0;
    color: var(--_accent);
    cursor: pointer;
    font-weight: 600;
  }
  .share[open] {
    flex-basis: 100%;
  }
  .share-body {
    display: grid;
    gap: 0.35rem;
    max-width: 48em;
    margin-top: 0.5rem;
    padding: 0.75rem var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .share-body label {
    font-weight: 600;
  }
  .share-body .hint {
    margin: 0;
  }
  .copy-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-bottom: 0.5rem;
  }
  .copy-row input {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .share-body input,
  .share-body textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.5rem;
    padding: 0.4rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: inherit;
    background: var(--_bg);
    font:
      0.85em/1.4 ui-monospace,
      SFMono-Regular,
      Menlo,
      Consolas,
      monospace;
  }
  .share-body textarea {
    resize: vertical;
  }
  .share-body button {
    justify-self: start;
  }
  @media print {
    .share,
    fieldset,
    nav {
      display: none;
    }
    section {
      break-before: auto;
    }
    /* Theme by theme is a view to explore: on paper it would repeat the initiatives of whichever theme the
       picker starts on (the list prints them all). It prints once a matrix cell has chosen its theme. */
    section[data-section='themes']:not([data-chosen]) {
      display: none;
    }
  }
`;
