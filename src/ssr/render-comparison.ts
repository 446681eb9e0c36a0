/**
 * Server render of a whole comparison page: `<plan-comparison>` with the plans passed as its `data`
 * property, rendered by @lit-labs/ssr into declarative shadow DOM (`<template shadowrootmode="open">`; see
 * ./html-attributes.ts for what is put right in lit's output),
 * inside a complete HTML page. Runs in Node (the elements' `isServer` paths); the page hydrates in the
 * browser through the client module named in `clientScript` (see src/ssr/client.ts).
 *
 * Component styles: lit's server renderer writes each element's styles as an inline `<style>` inside its
 * shadow root, which a strict `style-src 'self'` policy blocks. With `componentStyles: 'link'` (default)
 * each style sheet is written once as a file and linked from the shadow roots instead
 * (`<link rel="stylesheet">` in a shadow root is a same-origin style sheet, allowed by `style-src 'self'`).
 */
import { render, LitElementRenderer, type RenderInfo } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type CSSResult } from 'lit';
import { createHash } from 'node:crypto';
import '../elements/plan-comparison/define.js';
// On the server every section is rendered at once: define the elements the browser loads on demand.
import '../elements/plan-target-chart/define.js';
import '../elements/plan-initiative-list/define.js';
import '../elements/plan-differences/define.js';
import '../elements/plan-evolution/define.js';
import '../elements/plan-theme-compare/define.js';
import '../elements/plan-figures/define.js';
import { validateCollection } from '../schema/validate.js';
import { normaliseLang, type Lang } from '../i18n/index.js';
import { PAGE_STRINGS } from './page-strings.js';
import { htmlBooleans, standardShadowRoots } from './html-attributes.js';

/** Thunks and strings as @lit-labs/ssr's renderers return them. */
type RenderPiece =
  Exclude<ReturnType<LitElementRenderer['renderShadow']>, undefined> extends Iterable<infer T> ? T : never;

export interface RenderComparisonOptions {
  /** The plan documents (raw, as in data/plans/*.json); validated here. Required and not empty. */
  documents: readonly unknown[];
  /** Plan ids to show, in order. Empty or unset: every valid plan. Unknown ids are an error. */
  plans?: readonly string[];
  /** Interface language of the page and the elements (`da` default). */
  lang?: string;
  /** Theme filter of the initiative list (canonical theme ids), as the comparison's `themes` attribute. */
  themes?: readonly string[];
  /** URL of the client module that hydrates the page, relative to the page. Unset: a static page without script. */
  clientScript?: string;
  /** URL of the page's own style sheet, relative to the page. */
  pageStylesheet?: string;
  /** `link` (default): component styles as style sheet files linked from each shadow root (CSP `style-src 'self'`); `inline`: lit's inline `<style>` elements. */
  componentStyles?: 'link' | 'inline';
  /** Folder (URL, relative to the page, ending in `/`) of the component style sheet files in `link` mode. */
  stylesBase?: string;
  /** Add `<meta http-equiv="Content-Security-Policy" content="script-src 'self'; style-src 'self'">` (default: true in `link` mode). */
  csp?: boolean;
}

export interface RenderedComparison {
  /** The complete HTML document. */
  html: string;
  /** Component style sheets to write next to the page (`link` mode): URL relative to the page → CSS text. */
  stylesheets: Map<string, string>;
  /** The plan ids shown, in order. */
  plans: string[];
  /** Milliseconds spent in the server render of the element (not counting module loading). */
  renderMs: number;
}

/** The policy the prerendered page is built for. */
export const CSP = "script-src 'self'; style-src 'self'";

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** One element's style sheets, each written once as a file (named by its content hash) and linked from the shadow root. */
function linkedStylesRenderer(base: string, sheets: Map<string, string>): typeof LitElementRenderer {
  return class LinkedStylesRenderer extends LitElementRenderer {
    override renderShadow(renderInfo: RenderInfo) {
      const result = super.renderShadow(renderInfo) as RenderPiece[] | undefined;
      if (!result || result[0] !== '<style>') return result;
      const end = result.indexOf('</style>');
      if (end < 0) return result;
      const styles = (this.element.constructor as unknown as { elementStyles?: CSSResult[] }).elementStyles ?? [];
      const links = styles.map((style) => {
        const text = style.cssText;
        const name = `${base}${createHash('sha256').update(text).digest('hex').slice(0, 12)}.css`;
        sheets.set(name, text);
        return `<link rel="stylesheet" href="${escapeAttr(name)}">`;
      });
      return [...links, ...result.slice(end + 1)];
    }
  };
}

/** Render the comparison page. Rejects when there is no valid plan to show or a requested plan id is unknown. */
export async function renderComparisonPage(options: RenderComparisonOptions): Promise<RenderedComparison> {
  const { documents } = options;
  if (!Array.isArray(documents) || documents.length === 0)
    throw new Error('renderComparisonPage: no plan documents given');
  const { plans: valid, rejected } = validateCollection(documents);
  if (valid.length === 0)
    throw new Error(`renderComparisonPage: none of the ${documents.length} documents is a valid plan`);
  if (rejected.length > 0)
    throw new Error(
      `renderComparisonPage: invalid plan documents: ${rejected.map((r) => r.id ?? `#${r.index + 1}`).join(', ')}`,
    );
  const known = new Set(valid.map((p) => p.id));
  const requested = [...(options.plans ?? [])].map((id) => id.trim()).filter(Boolean);
  const unknown = requested.filter((id) => !known.has(id));
  if (unknown.length)
    throw new Error(
      `renderComparisonPage: unknown plan id(s): ${unknown.join(', ')} (known: ${[...known].join(', ')})`,
    );
  const shown = requested.length ? requested : valid.map((p) => p.id);

  const lang: Lang = normaliseLang(options.lang ?? 'da');
  const mode = options.componentStyles ?? 'link';
  const stylesheets = new Map<string, string>();
  const renderInfo: Partial<RenderInfo> =
    mode === 'link'
      ? { elementRenderers: [linkedStylesRenderer(options.stylesBase ?? 'assets/styles/', stylesheets)] }
      : {};

  // The element gets the validated plans: it recognises them and is ready at once, on the server and in the
  // browser's first (hydrating) render alike, without loading the validator first. A prerendered page is the
  // whole report (readable without script), so the browser's first render renders every section too.
  const started = performance.now();
  const rendered = await collectResult(
    render(
      html`<plan-comparison
        layout="report"
        lang=${lang}
        plans=${requested.length ? requested.join(' ') : nothing}
        themes=${options.themes?.length ? options.themes.join(' ') : nothing}
        .data=${valid}
      ></plan-comparison>`,
      renderInfo,
    ),
  );
  // As a browser must read it: booleans as HTML booleans (no `checked="false"`), standard declarative shadow roots.
  const body = standardShadowRoots(htmlBooleans(rendered));
  const renderMs = performance.now() - started;
  // An element that did not get its plans renders its loading state: that page would be useless without JavaScript.
  if (body.includes('data-state="loading"'))
    throw new Error('renderComparisonPage: an element rendered its loading state (no data reached it on the server)');

  const s = PAGE_STRINGS[lang];
  const csp = options.csp ?? mode === 'link';
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    csp ? `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(CSP)}">` : '',
    `<title>${escapeText(s.title)}</title>`,
    `<meta name="description" content="${escapeAttr(s.intro)}">`,
    options.pageStylesheet ? `<link rel="stylesheet" href="${escapeAttr(options.pageStylesheet)}">` : '',
    // Style sheets in shadow roots do not block the first paint: fetch them early.
    ...[...stylesheets.keys()].map((href) => `<link rel="preload" as="style" href="${escapeAttr(href)}">`),
    // A module script runs after the document is parsed; it loads the hydration support before the elements.
    options.clientScript ? `<script type="module" src="${escapeAttr(options.clientScript)}"></script>` : '',
  ].filter(Boolean);
  const page = `<!doctype html>
<html lang="${lang}">
<head>
${head.join('\n')}
</head>
<body>
<header class="page-header">
<p class="eyebrow">${escapeText(s.eyebrow)}</p>
<h1>${escapeText(s.heading)}</h1>
<p>${escapeText(s.intro)}</p>
</header>
<main>
${body}
</main>
</body>
</html>
`;
  return { html: page, stylesheets, plans: shown, renderMs };
}
