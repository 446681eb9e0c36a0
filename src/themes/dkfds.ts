/**
 * plan-compare in the look of Det Fælles Designsystem (DKFDS), the design system of Danish public sites.
 *
 * Only `--plan-*` custom properties: the elements keep their own CSS, and these values reach inside
 * their shadow roots by inheritance. DKFDS has no dark mode, so neither has this theme. Each value is
 * DKFDS's own (the dkfds npm package, `dist/css/dkfds.css`), taken from the rule `DKFDS_SOURCES` names;
 * test/node/dkfds-theme.test.ts reads that file and fails when a value here differs from it. The IBM
 * Plex Sans font is the host page's: a DKFDS page loads it, the theme does not.
 *
 * The build writes it as a style sheet (`dist/cdn/plan-compare-dkfds.css`, `plan-compare/themes/dkfds.css`):
 *   <link rel="stylesheet" href="plan-compare-dkfds.css">
 *   <plan-comparison theme="dkfds"></plan-comparison>   (or class="plan-theme-dkfds" on any element around it)
 */
export const DKFDS_THEME = {
  '--plan-color-text': '#1a1a1a',
  '--plan-color-muted': '#707070',
  '--plan-color-background': '#ffffff',
  '--plan-color-surface': '#f5f5f5',
  '--plan-color-border': '#8e8e8e',
  '--plan-color-accent': '#004d99',
  '--plan-color-danger': '#cc0000',
  '--plan-color-focus': '#454545',
  '--plan-focus-offset': '1px',
  // DKFDS's focus outline is dark enough on its own: no ring around it.
  '--plan-focus-ring': 'none',
  '--plan-radius': '8px',
  '--plan-font-family': "'IBM Plex Sans', system-ui, sans-serif",
} as const;

export type ThemeToken = keyof typeof DKFDS_THEME;

/** Where in DKFDS's CSS each value comes from: `[selector, property]`. */
export const DKFDS_SOURCES: Record<Exclude<ThemeToken, '--plan-focus-ring'>, readonly [string, string]> = {
  '--plan-color-text': ['body', 'color'],
  '--plan-color-muted': ['.form-hint', 'color'],
  '--plan-color-background': ['body', 'background-color'],
  '--plan-color-surface': ['.form-input-wrapper .form-input-prefix', 'background-color'],
  '--plan-color-border': ['.form-input', 'border'],
  '--plan-color-accent': ['a', 'color'],
  '--plan-color-danger': ['.form-error-message', 'color'],
  '--plan-color-focus': ['a:focus', 'outline'],
  '--plan-focus-offset': ['a:focus', 'outline-offset'],
  '--plan-radius': ['.form-input', 'border-radius'],
  '--plan-font-family': ['html', 'font-family'],
};

/** The selectors the theme applies to: `theme="dkfds"` on an element, or the class on any ancestor. */
export const DKFDS_SELECTORS = ["[theme='dkfds']", '.plan-theme-dkfds'] as const;

/** The theme as a style sheet's text. */
export function dkfdsCss(): string {
  const lines = Object.entries(DKFDS_THEME).map(([name, value]) => `  ${name}: ${value};`);
  return `/* plan-compare: Det Fælles Designsystem (DKFDS) theme — --plan-* values from dkfds's own CSS */\n${DKFDS_SELECTORS.join(',\n')} {\n${lines.join('\n')}\n}\n`;
}
