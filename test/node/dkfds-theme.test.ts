// The DKFDS theme (src/themes/dkfds.ts) takes its values from Det Fælles Designsystem's own CSS (the
// dkfds npm package, dist/css/dkfds.css): each --plan-* value must equal the value of the DKFDS rule
// DKFDS_SOURCES names for it; the style sheet the build writes is that theme and nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';
import { DKFDS_SELECTORS, DKFDS_SOURCES, DKFDS_THEME, dkfdsCss } from '../../src/themes/dkfds.js';

const dkfds = readFileSync(join(ROOT, 'node_modules/dkfds/dist/css/dkfds.css'), 'utf8');

/** Top-level rules (not inside @media, @supports …) as [selectors, declarations]. */
function rules(css: string): [string[], Map<string, string>][] {
  const topLevel = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@[a-z-]+[^{;]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  return [...topLevel.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => [
    m[1]!.split(',').map((s) => s.trim().replace(/\s+/g, ' ')),
    new Map(
      m[2]!
        .split(';')
        .filter((d) => d.includes(':'))
        .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]),
    ),
  ]);
}
const dkfdsRules = rules(dkfds);

/** The value DKFDS gives `property` in the rules for exactly `selector` (the last one wins). */
function dk(selector: string, property: string): string {
  const values = dkfdsRules
    .filter(([s, d]) => s.includes(selector) && d.has(property))
    .map(([, d]) => d.get(property)!);
  assert.ok(values.length, `DKFDS has ${selector} { ${property} }`);
  return values.at(-1)!;
}

const NAMED: Record<string, string> = { white: '#ffffff', black: '#000000' };
/** The colour in a value (a hex colour or a name), as lower-case 6-digit hex. */
function colour(value: string): string {
  const hex = value.match(/#[0-9a-f]{3,6}\b/i)?.[0] ?? NAMED[value.trim()] ?? value;
  const h = hex.toLowerCase();
  return h.length === 4 ? `#${h[1]}${h[1]}${h[2]}${h[2]}${h[3]}${h[3]}` : h;
}
const firstFamily = (v: string) => v.split(',')[0]!.trim().replace(/["']/g, '');

test('every value is DKFDS’s own, from the rule named for it', () => {
  for (const [token, [selector, property]] of Object.entries(DKFDS_SOURCES)) {
    const ours: string = DKFDS_THEME[token as keyof typeof DKFDS_SOURCES];
    const theirs = dk(selector, property);
    if (token === '--plan-font-family') assert.equal(firstFamily(ours), firstFamily(theirs), token);
    else if (token.startsWith('--plan-color-')) assert.equal(ours, colour(theirs), token);
    else assert.equal(ours, theirs, token);
  }
});

test('focus: DKFDS draws a 3 px solid outline, as the elements do; the theme drops the extra ring', () => {
  assert.match(dk('a:focus', 'outline'), /^3px solid /);
  assert.equal(DKFDS_THEME['--plan-focus-ring'], 'none');
  assert.equal(firstFamily(DKFDS_THEME['--plan-font-family']), 'IBM Plex Sans');
});

test('the style sheet sets the theme’s custom properties and nothing else, for theme="dkfds" and the class', () => {
  const sheet = rules(dkfdsCss());
  assert.equal(sheet.length, 1);
  assert.deepEqual(sheet[0]![0], [...DKFDS_SELECTORS]);
  assert.deepEqual(Object.fromEntries(sheet[0]![1]), DKFDS_THEME);
});
