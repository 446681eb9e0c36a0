/** The source caveats under a chart: of its indicators, and (in chart view) of their values; the table shows a value's caveat in its row. */
import { nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/index.js';
import { indicatorCaveats } from '../../model/caveats.js';
import type { ChartSpec } from '../../model/chart.js';
import { renderCaveats } from '../shared/caveat.js';

export function chartCaveats(spec: ChartSpec, lang: Lang, tableView: boolean): TemplateResult | typeof nothing {
  const caveats = spec.series.flatMap((s) =>
    indicatorCaveats(s.plan, lang, s.indicator.id).filter((c) => !tableView || c.kind === 'indicator'),
  );
  return renderCaveats(caveats, lang);
}
