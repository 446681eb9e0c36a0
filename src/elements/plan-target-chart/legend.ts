import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/index.js';
import { STRINGS } from '../../i18n/plan-target-chart.js';
import type { ChartLegend } from '../../model/chart.js';
import { swatchMark, type SwatchKind } from './marks/swatch.js';

/** The legend above the charts: the value types drawn (with a key drawing each), then the plans in their colours. */
export function legendView(legend: ChartLegend, lang: Lang): TemplateResult {
  const ui = STRINGS[lang];
  const kinds: [SwatchKind, string][] = [
    ...legend.kinds.map((k): [SwatchKind, string] => [k, ui.legendKind[k]]),
    ...(legend.reference ? [['reference', ui.legendReference] as [SwatchKind, string]] : []),
    ...(legend.approximate ? [['approximate', ui.legendApprox] as [SwatchKind, string]] : []),
  ];
  return html`<div part="legend" class="legend" role="group" aria-label=${ui.legend}>
    <ul class="legend-list" aria-label=${ui.legendKinds}>
      ${kinds.map(([kind, text]) => html`<li data-kind=${kind}>${swatchMark(kind)}<span>${text}</span></li>`)}
    </ul>
    <ul class="legend-list" aria-label=${ui.legendPlans}>
      ${legend.plans.map(
        (p) =>
          html`<li data-plan=${p.plan.id}>
            ${swatchMark('series', p.slot)}<span lang=${p.plan.language}>${p.name}</span>
          </li>`,
      )}
    </ul>
  </div>`;
}
