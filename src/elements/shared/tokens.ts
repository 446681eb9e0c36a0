import { css } from 'lit';

/** Dark palette, used by `prefers-color-scheme: dark` and by `theme="dark"`. */
const dark = css`
  --_fg: var(--plan-color-text, #e6e9ed);
  --_muted: var(--plan-color-muted, #aab3bd);
  --_bg: var(--plan-color-background, #15191e);
  --_surface: var(--plan-color-surface, #20262d);
  --_border: var(--plan-color-border, #3d4651);
  --_accent: var(--plan-color-accent, #7cb8f0);
  --_danger: var(--plan-color-danger, #f2998f);
`;

/**
 * Design tokens shared by every element. Hosts override any `--plan-*` property from outside.
 * Light by default; dark through `prefers-color-scheme` or `theme="dark"` on the element.
 * Also the base of every element: state messages, controls (the element's font and corners, a 44 px
 * touch target), `.outlined` buttons (a toolbar's toggle, a menu's summary: outlined in the accent
 * colour, filled while pressed or open) and `.line-icon`s (lines in the text colour).
 */
/** Out of sight, still read by assistive technology (the declarations, for a rule of an element's own). */
export const hiddenFromSight = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
`;

export const tokens = css`
  :host {
    --_fg: var(--plan-color-text, #1b1f24);
    --_muted: var(--plan-color-muted, #4d5560);
    --_bg: var(--plan-color-background, #ffffff);
    --_surface: var(--plan-color-surface, #f4f6f8);
    --_border: var(--plan-color-border, #c9d0d8);
    --_accent: var(--plan-color-accent, #005ea5);
    --_danger: var(--plan-color-danger, #b3261e);
    --_focus: var(--plan-color-focus, #ffbf47);
    --_radius: var(--plan-radius, 6px);
    --_space: var(--plan-space, 1rem);
    --_font: var(--plan-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    display: block;
    box-sizing: border-box;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--plan-font-size, max(1rem, 16px));
    line-height: 1.45;
    text-align: start;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* The interface languages and the plans are written left to right: a right-to-left host page
     (dir="rtl" on <html>) does not turn them around. dir on the element itself still counts. */
  :host(:not([dir])) {
    direction: ltr;
  }
  /* Set, not inherited: a host page rule that reaches the outermost host (* { all: unset },
     * { box-sizing: content-box }) must not flow down into every nested element. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }
  /* The focus colour alone is light (1.6:1 on white): a ring in the text colour around it keeps the
     indicator at least 3:1 against the background in light and dark themes. */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: var(--plan-focus-offset, 2px);
    box-shadow: var(--plan-focus-ring, 0 0 0 2px var(--_bg), 0 0 0 7px var(--_fg));
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_border: CanvasText;
      --_accent: LinkText;
      --_focus: Highlight;
    }
  }
  @media print {
    :host,
    :host([theme]) {
      --_fg: #000;
      --_muted: #333;
      --_bg: #fff;
      --_surface: #fff;
      --_border: #777;
    }
    button {
      display: none;
    }
    /* Paper: everything laid out (nothing skipped off screen), every folded part open, no heading alone at a page's foot. */
    * {
      content-visibility: visible !important;
    }
    :is(h1, h2, h3, h4, h5, h6) {
      break-after: avoid;
    }
  }
  @media print {
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
  }
  .visually-hidden {
    ${hiddenFromSight}
    margin: -1px;
    padding: 0;
    border: 0;
  }
  .state {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .state[data-state='error'],
  .rejected {
    border-color: var(--_danger);
  }
  .state code {
    overflow-wrap: anywhere;
  }
  .state :is(h1, h2, h3, h4, h5, h6),
  .rejected :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 0.5rem;
    font-size: 1.05em;
  }
  button,
  input[type='search'],
  select {
    font: inherit;
    border-radius: var(--_radius);
    min-height: 44px;
  }
  button {
    color: var(--_bg);
    background: var(--_accent);
    border: 1px solid var(--_accent);
    padding: 0.35rem 0.9rem;
    cursor: pointer;
  }
  .outlined {
    color: var(--_fg);
    background: transparent;
    border: 2px solid var(--_accent);
  }
  .outlined[aria-pressed='true'],
  [open] > .outlined {
    color: var(--_bg);
    background: var(--_accent);
  }
  .line-icon {
    fill: none;
    stroke: currentColor;
  }
  .rejected {
    margin: 0 0 var(--_space);
    padding: 0.75rem var(--_space);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .rejected ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .rejected code {
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
`;
