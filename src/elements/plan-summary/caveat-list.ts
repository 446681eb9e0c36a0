/** The summary's list of all of a plan's source caveats, folded, grouped by what they concern, each naming its item. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/index.js';
import { STRINGS } from '../../i18n/caveat-groups.js';
import { groupCaveats, type Caveat } from '../../model/caveats.js';
import { renderCaveats } from '../shared/caveat.js';

export function renderCaveatList(caveats: readonly Caveat[], lang: Lang): TemplateResult | typeof nothing {
  if (!caveats.length) return nothing;
  const s = STRINGS[lang];
  return html`<details part="section" data-section="caveats">
    <summary>${s.planCaveats} <span class="count">(${caveats.length})</span></summary>
    ${groupCaveats(caveats).map(
      (g) =>
        html`<div class="caveat-group" data-caveat-group=${g.kind}>
          <p class="caveat-group-title">${s.groups[g.kind]} <span class="count">(${g.caveats.length})</span></p>
          ${renderCaveats(g.caveats, lang, { subject: (c) => caveatSubject(c, lang) })}
        </div>`,
    )}
  </details>`;
}

/** What a caveat concerns, named: the item's label, the part of the plan, or (unresolved) the pointer. */
export function caveatSubject(c: Caveat, lang: Lang): string {
  const s = STRINGS[lang];
  if (!c.resolved) return s.unresolved(c.flag.target);
  if (c.label) return c.position !== undefined && c.kind !== 'relation' ? `${c.label} (${c.position + 1})` : c.label;
  const part = c.field ?? c.section;
  return part ? (s.parts[part] ?? part) : s.groups.plan;
}
