import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatNumber, type Lang } from '../../i18n/index.js';
import type { InitiativeListStrings } from '../../i18n/plan-initiative-list.js';
import { FACETS, type Facet, type FilterResult, type InitiativeFilter } from '../../model/initiatives.js';
import { selectedCount } from '../../model/initiative-view.js';
import type { PlanName } from '../../model/initiative-view.js';
import { valueLabel } from './labels.js';

/** Plan and target-group facets with more values than this show the first few and a "show all" button. */
const COLLAPSE_ABOVE = 12;
const COLLAPSED_SHOWN = 8;

export interface FacetInput {
  facet: Facet;
  /** The facet's values in display order, and those chosen (a chosen value the plans lack is listed too). */
  known: readonly string[];
  selected: ReadonlySet<string>;
  /** How many initiatives each value would give together with the other choices. */
  counts: ReadonlyMap<string, number>;
  /** Every value shown, not the first few. */
  expanded: boolean;
  s: InitiativeListStrings;
  lang: Lang;
  names: ReadonlyMap<string, PlanName>;
  onToggle: (value: string, on: boolean) => void;
  onExpand: () => void;
}

/**
 * One facet: a checkbox per value with its count. A value with 0 stays, dimmed, focusable and
 * checkable (a disabled checkbox could not be unchecked once chosen). Nothing for a facet with one
 * value and no choice.
 */
export function facetView(f: FacetInput): TemplateResult | typeof nothing {
  const { s, lang, selected, known } = f;
  const values = [...known, ...[...selected].filter((v) => !known.includes(v))];
  if (values.length < 2 && selected.size === 0) return nothing;
  const collapsible = f.facet !== 'theme' && values.length > COLLAPSE_ABOVE;
  const shown = collapsible && !f.expanded ? values.filter((v, i) => i < COLLAPSED_SHOWN || selected.has(v)) : values;
  const more = f.expanded ? s.showFewer : s.showAll(formatNumber(values.length, lang));
  return html`<fieldset part="facet" data-facet=${f.facet}>
    <legend>${s.facetLegends[f.facet]}</legend>
    <ul role="list">
      ${shown.map((value) => {
        const n = f.counts.get(value) ?? 0;
        return html`<li>
          <label class=${n === 0 ? 'zero' : ''}>
            <input
              type="checkbox"
              data-value=${value}
              .checked=${live(selected.has(value))}
              @change=${(e: Event) => f.onToggle(value, (e.target as HTMLInputElement).checked)}
            />
            <span class="value">${valueLabel(f.facet, value, s, lang, f.names)}</span>
            <span class="n">${formatNumber(n, lang)}</span>
          </label>
        </li>`;
      })}
    </ul>
    ${
      collapsible
        ? html`<button type="button" class="more" aria-expanded=${f.expanded ? 'true' : 'false'} @click=${f.onExpand}>
            ${more}
          </button>`
        : nothing
    }
  </fieldset>`;
}

/** The facets in the filter panel; "with a caveat" is a switch in the toolbar. */
const PANEL_FACETS = FACETS.filter((f) => f !== 'caveat');

export interface FiltersInput {
  /** What the list derived: each facet's values, the filter applied, the counts, the plans' names. */
  view: {
    options: Record<Facet, readonly string[]>;
    applied: InitiativeFilter;
    result: FilterResult;
    names: ReadonlyMap<string, PlanName>;
  };
  /** Facets showing all their values. */
  expanded: ReadonlySet<Facet>;
  open: boolean;
  s: InitiativeListStrings;
  lang: Lang;
  onToggle: (facet: Facet, value: string, on: boolean) => void;
  onExpand: (facet: Facet) => void;
  onOpen: (e: Event) => void;
  onReset: () => void;
}

/** The filter panel: a disclosure (open beside a wide list) with every facet and a reset button; its summary says how many choices are made. */
export function filtersView(f: FiltersInput): TemplateResult {
  const { view, s, lang } = f;
  const n = selectedCount(view.applied);
  const badge = n ? html` <span class="badge">(${s.filtersActive(n)})</span>` : nothing;
  return html`<details class="filters" part="facets" ?open=${f.open} @toggle=${f.onOpen}>
    <summary>${s.filters}${badge}</summary>
    <div class="facets-body">
      ${PANEL_FACETS.map((facet) =>
        facetView({
          facet,
          known: view.options[facet],
          selected: new Set((view.applied[facet] ?? []) as readonly string[]),
          counts: view.result.counts[facet],
          expanded: f.expanded.has(facet),
          s,
          lang,
          names: view.names,
          onToggle: (value, on) => f.onToggle(facet, value, on),
          onExpand: () => f.onExpand(facet),
        }),
      )}
      <button type="button" class="reset" @click=${f.onReset}>${s.clearFilters}</button>
    </div>
  </details>`;
}
