import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { InitiativeListStrings } from '../../i18n/plan-initiative-list.js';
import { GROUP_BYS, type GroupBy } from '../../model/initiative-view.js';
import { formatNumber, type Lang } from '../../i18n/index.js';
import { STRINGS as CAVEAT_STRINGS } from '../../i18n/caveats.js';

export interface ToolbarInput {
  query: string;
  grouping: GroupBy;
  s: InitiativeListStrings;
  lang: Lang;
  onSearch: (e: Event) => void;
  onGroupBy: (e: Event) => void;
  /** The "with a caveat" filter: on or off, and how many initiatives it gives with the other filters. */
  withCaveat: boolean;
  caveatCount: number;
  onCaveat: (e: Event) => void;
}

/** Above the list: the search field, the "with a caveat" filter and the grouping choice. */
export function toolbarView({
  query,
  grouping,
  s,
  lang,
  onSearch,
  onGroupBy,
  withCaveat,
  caveatCount,
  onCaveat,
}: ToolbarInput): TemplateResult {
  return html`<div class="toolbar">
    <div class="field search-field">
      <label for="search">${s.searchLabel}</label>
      <input
        id="search"
        type="search"
        part="search"
        autocomplete="off"
        spellcheck="false"
        .value=${live(query)}
        @input=${onSearch}
      />
    </div>
    <div class="field caveat-field">
      <label
        ><input type="checkbox" part="caveat-filter" .checked=${live(withCaveat)} @change=${onCaveat} />
        ${CAVEAT_STRINGS[lang].withCaveat} <span class="n">(${formatNumber(caveatCount, lang)})</span></label
      >
    </div>
    <div class="field group-field">
      <label for="group-by">${s.groupBy}</label>
      <select id="group-by" @change=${onGroupBy}>
        ${GROUP_BYS.map((g) => html`<option value=${g} ?selected=${g === grouping}>${s.groupByOptions[g]}</option>`)}
      </select>
    </div>
  </div>`;
}

/** The cell chosen in a surrounding matrix, as a chip that removes it ("Valgt i matrix: Randers × Unge ✕"). */
export function selectionChipView(
  plan: string | undefined,
  theme: string,
  s: InitiativeListStrings,
  onRemove: () => void,
): TemplateResult | typeof nothing {
  if (plan === undefined) return nothing;
  return html`<p class="active">
    <button type="button" class="chip" part="chip" @click=${onRemove}>
      ${s.selectionChip(plan, theme)}
      <span aria-hidden="true">✕</span><span class="visually-hidden">(${s.removeSelection})</span>
    </button>
  </p>`;
}
