import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, type Lang } from '../../i18n/index.js';
import { themeLabel } from '../../data/themes.js';
import type { Plan, ThemeId } from '../../schema/plan.js';
import { repeat } from 'lit/directives/repeat.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { InitiativeListStrings } from '../../i18n/plan-initiative-list.js';
import type { InitiativeItem } from '../../model/initiatives.js';
import type { Group, GroupBy, PlanName, Row } from '../../model/initiative-view.js';
import { planLabelView } from './labels.js';
import { heading } from '../shared/heading.js';

export interface ResultsInput {
  /** No initiative matches. */
  empty: boolean;
  groups: readonly Group[];
  /** The groups flattened into heading, empty and item rows (for the virtualised list). */
  rows: Row[];
  /** Plans side by side, one column each. */
  columns: boolean;
  /** Only the rows near the viewport in the DOM. */
  virtual: boolean;
  s: InitiativeListStrings;
  heading: (group: string, count: number) => TemplateResult;
  item: (item: InitiativeItem) => unknown;
  /** One row of the virtualised list (keep it the same function from render to render). */
  row: (row: Row) => TemplateResult;
  onReset: () => void;
}

/**
 * The initiatives found: "none match" with a reset button; plans side by side; a virtualised list of
 * rows (thousands of them); or groups, each under its heading.
 */
export function resultsView(r: ResultsInput): TemplateResult {
  const { s } = r;
  // An initiative under a second theme is marked: on paper it shows its folded parts under its first one only.
  const seen = new Set<string>();
  const again = (key: string) => seen.has(key) || (seen.add(key), false);
  const list = (items: readonly InitiativeItem[]) =>
    html`<ul class="items" role="list">
      ${repeat(
        items,
        (i) => i.key,
        (i) => html`<li class=${again(i.key) ? 'again' : ''}>${r.item(i)}</li>`,
      )}
    </ul>`;
  const items = (items: readonly InitiativeItem[]) =>
    items.length ? list(items) : html`<p class="none">${s.noneInGroup}</p>`;
  if (r.empty) {
    return html`<div class="no-results" part="list">
      <p>${s.noResults}</p>
      <button type="button" class="reset" @click=${r.onReset}>${s.clearFilters}</button>
    </div>`;
  }
  if (r.columns) {
    return html`<div class="columns" part="list" data-columns=${r.groups.length}>
      ${r.groups.map(
        (g) =>
          html`<section class="column" data-group=${g.key}>
            ${r.heading(g.key, g.items.length)} ${items(g.items)}
          </section>`,
      )}
    </div>`;
  }
  if (r.virtual) {
    return html`<div class="list virtual" part="list">
      ${virtualize({ items: r.rows, keyFunction: (row: Row) => row.key, renderItem: r.row })}
    </div>`;
  }
  // Every row in the DOM and laid out (find-in-page, the accessibility tree, print).
  return html`<div class="list" part="list">
    ${r.groups.map((g) =>
      g.key === ''
        ? list(g.items)
        : html`<section class="group" data-group=${g.key}>
            ${r.heading(g.key, g.items.length)} ${items(g.items)}
          </section>`,
    )}
  </div>`;
}

/** A group's heading (at `level`): its plan or theme, and how many initiatives it has. */
export function headingView(
  group: string,
  count: number,
  grouping: GroupBy,
  names: ReadonlyMap<string, PlanName>,
  s: InitiativeListStrings,
  lang: Lang,
  level: number,
): TemplateResult {
  const label = grouping === 'plan' ? planLabelView(names, group) : themeLabel(group as ThemeId, lang);
  return heading(
    level,
    html`<span>${label}</span> <span class="n">${s.groupCount(count, formatNumber(count, lang))}</span>`,
    { class: 'group-heading' },
  );
}

/**
 * "Viser N af M indsatser", counting distinct measures (a measure printed twice in its plan is one item,
 * both places cited on it), and when some items shown are such measures, a note that says so.
 */
export function countView(
  shown: readonly InitiativeItem[],
  total: number,
  s: InitiativeListStrings,
  lang: Lang,
): TemplateResult {
  const twice = shown.filter((i) => i.also?.length).length;
  const [n, m] = [formatNumber(shown.length, lang), formatNumber(total, lang)];
  return html`<p class="count" part="count" role="status">${s.showing(n, m, total)}</p>
    ${
      twice === 0
        ? nothing
        : html`<p class="note" data-distinct=${shown.length}>${s.distinctShown(n, formatNumber(twice, lang))}</p>`
    }`;
}

/** Plans without any initiative: one message (by design, when the plans hold aims only), no search, facets or reset buttons to offer. */
export function noInitiativesView(plans: readonly Plan[], s: InitiativeListStrings): TemplateResult {
  const byDesign = plans.every((p) => p.coverage?.holds !== undefined && !p.coverage.holds.includes('measures'));
  return html`<p class="state" part="state" data-state="no-initiatives">${s.noInitiatives(plans.length, byDesign)}</p>`;
}
