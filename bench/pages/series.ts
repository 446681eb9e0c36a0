/** The data of the target-chart comparison, taken with the model functions the element uses. */
import { validateCollection } from '../../src/schema/validate.js';
import { comparableGroups } from '../../src/model/targets.js';

/** The comparable indicator drawn by `<plan-target-chart indicator=…>` and by the vega-lite spec. */
export const CHART_KEY = 'treatment-effect-drugs';

export interface Row {
  plan: string;
  year: number;
  value: number;
  kind: string;
  scope: string;
  section: string;
  quote: string;
}

/** One row per point of every series of the comparable indicators `keys`, as our chart draws them. */
export function chartRows(documents: readonly unknown[], keys: readonly string[] = [CHART_KEY]): Row[] {
  const { plans } = validateCollection(documents);
  const groups = comparableGroups(plans).filter((g) => keys.includes(g.key));
  return groups.flatMap((g) =>
    g.series.flatMap((s) =>
      s.points.map((p) => ({
        plan:
          keys.length > 1
            ? `${s.plan.municipalities.map((m) => m.name).join(' og ')}: ${s.indicator.label}`
            : s.plan.municipalities.map((m) => m.name).join(' og '),
        year: p.year,
        value: p.value,
        kind: p.kind,
        scope: p.scope,
        section: p.source.provenance.section,
        quote: p.source.provenance.quote,
      })),
    ),
  );
}
