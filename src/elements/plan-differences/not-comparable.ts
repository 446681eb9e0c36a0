/**
 * Targets that share a comparable key but measure differently (unit, denominator or scope): named, so
 * that the list of comparable targets above does not read as if they were simply missing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/index.js';
import type { Plan } from '../../schema/plan.js';
import { notComparableNote } from '../../model/measure.js';
import { planLabel } from '../../model/summary.js';
import { incomparableKeys } from '../../model/targets.js';

export function notComparableView(plans: readonly Plan[], lang: Lang): TemplateResult | typeof nothing {
  const keys = incomparableKeys(plans);
  if (!keys.length) return nothing;
  return html`<ul part="not-comparable" class="not-comparable">
    ${keys.map(({ key, groups }) => {
      const first = groups[0]!.series[0]!;
      const names = groups.map((g) => g.series.map((x) => planLabel(x.plan, lang)).join(', '));
      return html`<li data-key=${key}>
        <span lang=${first.plan.language}>${first.indicator.label}</span> — ${notComparableNote(groups, lang, names)}
      </li>`;
    })}
  </ul>`;
}
