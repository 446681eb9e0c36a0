import { nothing, type TemplateResult } from 'lit';
import { html, literal } from 'lit/static-html.js';

const TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The attributes a heading may carry. */
export interface HeadingAttributes {
  id?: string;
  class?: string;
  /** The language of the heading's text when it is the plan's own (a title), not the interface's. */
  lang?: string;
}

/** An element's top heading level from its `heading-level` attribute: 1–6, 2 when unset or not a number. */
export function headingLevel(value: unknown): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 6) : 2;
}

/** A heading at `level` (h1–h6; deeper levels are written as h6, the deepest HTML has). */
export function heading(level: number, content: unknown, a: HeadingAttributes = {}): TemplateResult {
  const tag = TAGS[Math.min(Math.max(level, 1), 6) - 1]!;
  // The tag is one of six static literals (lit/static-html), not a binding: the lint rules do not know static templates.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} id=${a.id ?? nothing} class=${a.class ?? nothing} lang=${a.lang ?? nothing}>${content}</${tag}>`;
}
