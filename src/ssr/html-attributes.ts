/**
 * What lit's server renderer writes that a browser parses differently from what the elements mean, put
 * right in the rendered HTML:
 *
 * - A property binding of a boolean (`.checked=${false}` on a checkbox) comes out as `checked="false"`, and
 *   in HTML any value of a boolean attribute — "false" too — means true: unticked boxes would parse as ticked.
 *   Such attributes are written as HTML booleans: present (no value) when true, absent when false.
 * - Declarative shadow roots come out as `<template shadowroot="open" shadowrootmode="open">`; the first is the
 *   legacy, non-standard attribute (gone from Chromium): only `shadowrootmode` is kept.
 *
 * Text and attribute values are escaped by the renderer (a `"` in them is `&quot;`), so these patterns only ever
 * match markup.
 */

/** HTML's boolean attributes that lit reflects from a property binding (@lit-labs/ssr reflected-attributes). */
const BOOLEAN_ATTRIBUTES = [
  'allowfullscreen',
  'async',
  'autofocus',
  'autoplay',
  'checked',
  'controls',
  'default',
  'defer',
  'disabled',
  'formnovalidate',
  'hidden',
  'inert',
  'ismap',
  'loop',
  'multiple',
  'muted',
  'novalidate',
  'open',
  'readonly',
  'required',
  'reversed',
  'selected',
];

const BOOLEAN_VALUE = new RegExp(`\\s(${BOOLEAN_ATTRIBUTES.join('|')})="(true|false)"`, 'g');
const LEGACY_SHADOWROOT = /<template shadowroot="(?:open|closed)" (shadowrootmode=")/g;

/** `checked="false"` → nothing, `checked="true"` → `checked` (for every boolean attribute above). */
export function htmlBooleans(html: string): string {
  return html.replace(BOOLEAN_VALUE, (_, name: string, value: string) => (value === 'true' ? ` ${name}` : ''));
}

/** `<template shadowroot="open" shadowrootmode="open">` → `<template shadowrootmode="open">`. */
export function standardShadowRoots(html: string): string {
  return html.replace(LEGACY_SHADOWROOT, '<template $1');
}
