import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatNumber, type Lang } from '../../i18n/index.js';
import type { InitiativeListStrings } from '../../i18n/plan-initiative-list.js';
import type { Facet } from '../../model/initiatives.js';
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
