import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/index.js';
import type { InitiativeListStrings } from '../../i18n/plan-initiative-list.js';
import { themeLabel } from '../../data/themes.js';
import type { Facet } from '../../model/initiatives.js';
import type { PlanName } from '../../model/initiative-view.js';
import type { ThemeId } from '../../schema/plan.js';
import { STRINGS as CAVEAT_STRINGS } from '../../i18n/caveats.js';

/** "Ishøj og Vallensbæk 2014–2018" with the period kept on one line (the id of a plan not loaded). */
export function planLabelView(names: ReadonlyMap<string, PlanName>, id: string): TemplateResult | string {
  const n = names.get(id);
  return n ? html`${n.name} <span class="nowrap">${n.period}</span>` : id;
}

/** A facet value as the list names it: a plan, a theme, a kind or a status in the interface language. */
export function valueLabel(
  facet: Facet,
  value: string,
  s: InitiativeListStrings,
  lang: Lang,
  names: ReadonlyMap<string, PlanName>,
): TemplateResult | string {
  switch (facet) {
    case 'plan':
      return planLabelView(names, value);
    case 'theme':
      return themeLabel(value as ThemeId, lang);
    case 'kind':
      return s.kinds[value as keyof InitiativeListStrings['kinds']] ?? value;
    case 'status':
      return s.statuses[value as keyof InitiativeListStrings['statuses']] ?? value;
    case 'caveat':
      return CAVEAT_STRINGS[lang].withCaveat;
    default:
      return value;
  }
}
