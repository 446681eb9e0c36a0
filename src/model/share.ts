/**
 * The state of a comparison that a link or an embed snippet carries: chosen plans, the initiative
 * list's theme filter, search and "with a caveat" switch, the matrix cell, the section in view. Pure functions: reading and
 * writing URL parameters, and the HTML snippet that embeds the same view on another page.
 */

export interface ShareState {
  /** Chosen plan ids in display order; `undefined` = every loaded plan; `[]` = none. */
  plans?: string[];
  /** Theme filter of the initiative list (canonical theme ids). */
  themes?: string[];
  /** Search text of the initiative list. */
  query?: string;
  /** The initiative list shows only initiatives with a source caveat. */
  caveat?: boolean;
  /** The (plan, theme) cell chosen in the matrix. */
  cell?: { planId: string; theme: string };
  /** The section in view (`matrix`, `initiatives`, …). */
  view?: string;
}

/** URL parameter names. Prefixed so that a host page's own parameters are never touched. */
export const PARAMS = {
  plans: 'pc-plans',
  themes: 'pc-themes',
  query: 'pc-q',
  caveat: 'pc-caveat',
  cell: 'pc-cell',
  view: 'pc-view',
} as const;

const NONE = '-';
const ID = /^[a-z0-9][a-z0-9-]*$/;
const ids = (value: string): string[] => value.split(/[\s,]+/).filter((v) => ID.test(v));

/** Read the comparison state from URL search parameters; unknown or malformed values are ignored. */
export function readShareState(search: string | URLSearchParams): ShareState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state: ShareState = {};
  const plans = params.get(PARAMS.plans);
  if (plans !== null) state.plans = plans === NONE ? [] : ids(plans);
  const themes = params.get(PARAMS.themes);
  if (themes) state.themes = ids(themes);
  const query = params.get(PARAMS.query);
  if (query) state.query = query.slice(0, 200);
  if (params.get(PARAMS.caveat) === '1') state.caveat = true;
  const cell = params.get(PARAMS.cell)?.split('~');
  if (cell?.length === 2 && ID.test(cell[0]!) && ID.test(cell[1]!)) state.cell = { planId: cell[0]!, theme: cell[1]! };
  const view = params.get(PARAMS.view);
  if (view && ID.test(view)) state.view = view;
  return state;
}

/** Write the state into a copy of `url`: only the comparison's own parameters change; the rest of the URL (other parameters, hash) stays. */
export function writeShareState(url: string | URL, state: ShareState): URL {
  const next = new URL(url);
  const p = next.searchParams;
  const set = (name: string, value: string | undefined) => (value ? p.set(name, value) : p.delete(name));
  set(PARAMS.plans, state.plans === undefined ? undefined : state.plans.length ? state.plans.join(',') : NONE);
  set(PARAMS.themes, state.themes?.length ? state.themes.join(',') : undefined);
  set(PARAMS.query, state.query?.trim() || undefined);
  set(PARAMS.caveat, state.caveat ? '1' : undefined);
  set(PARAMS.cell, state.cell ? `${state.cell.planId}~${state.cell.theme}` : undefined);
  set(PARAMS.view, state.view);
  return next;
}

export interface SnippetOptions {
  /** URL of the library's script file. */
  scriptSrc: string;
  /** Interface language (`da`/`en`). */
  lang: string;
  /** Colour theme, when the host set one. */
  colorTheme?: string;
  /** URL of the plan data, when the comparison loads its own. */
  src?: string;
}

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML an editor pastes into a page to show this view: one script tag and one element. */
export function embedSnippet(state: ShareState, options: SnippetOptions): string {
  const attrs: [string, string][] = [['lang', options.lang]];
  if (state.plans !== undefined) attrs.push(['plans', state.plans.length ? state.plans.join(' ') : ' ']);
  if (state.themes?.length) attrs.push(['themes', state.themes.join(' ')]);
  if (state.query?.trim()) attrs.push(['query', state.query.trim()]);
  if (state.caveat) attrs.push(['with-caveat', '']);
  if (options.colorTheme) attrs.push(['theme', options.colorTheme]);
  if (options.src) attrs.push(['src', options.src]);
  const attrText = attrs.map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
  return `<script type="module" src="${escapeAttr(options.scriptSrc)}" blocking="render"></script>\n<plan-comparison${attrText}></plan-comparison>`;
}

/** Where the published CDN file of a version lives. */
export function cdnScriptUrl(version: string): string {
  return `https://cdn.jsdelivr.net/npm/plan-compare@${version}/dist/cdn/plan-compare.js`;
}

/**
 * The file the embed code names for plans that were given through `data` (they are in no file the
 * page can load by itself): `<id>.json` for one plan, else `plans.json`. The editor uploads it beside
 * the page; {@link plansFileText} is its content.
 */
export function dataFileName(planIds: readonly string[]): string {
  return planIds.length === 1 ? `${planIds[0]}.json` : 'plans.json';
}

/** The content of that file: the plans as a collection (`{ "plans": [...] }`), as `src` reads it. */
export function plansFileText(plans: readonly unknown[]): string {
  return JSON.stringify({ plans }, null, 2) + '\n';
}

/** Ids in a `plans` attribute that name no loaded plan, in the order written (each once). */
export function unknownPlanIds(plansAttribute: string, loadedIds: readonly string[]): string[] {
  const loaded = new Set(loadedIds);
  return [...new Set(plansAttribute.split(/\s+/).filter(Boolean))].filter((id) => !loaded.has(id));
}
