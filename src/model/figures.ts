/**
 * The figures the plans report (`statistics`), grouped by theme, with each table's printed total
 * beside the sum of its rows, reprints marked, and the national figures several plans cite lined up.
 * Pure; no DOM.
 *
 * Grouping: a statistic is shown once, under the first theme the plan data gives it (its other themes
 * are listed beside it), themes in the taxonomy's order.
 *
 * Lining up (inferred): two rows of statistics that are not municipal, in different plans, are "the
 * same figure" when they have the same unit, the same value (and upper end of a range) and the same
 * bound ("ca.", "knap" …). Labels and cited sources are worded differently from plan to plan, so they
 * are not compared; the reader compares the quotes shown beside each.
 */
import type { Plan, Statistic, StatisticRow, ThemeId } from '../schema/plan.js';
import { THEME_IDS } from '../schema/constants.js';
import type { Lang } from '../i18n/index.js';
import { formatValue } from '../i18n/index.js';
import { boundedText, qualifierOf } from './bounds.js';
import { citationOf, quoteText } from './citation.js';
import { municipalityNames, periodLabel } from './summary.js';

/** A printed total against the sum of the rows. */
export interface TotalCheck {
  /** The total as printed. */
  reported: number;
  /** The sum of the rows; undefined when a row is a range or bounded ("ca.", "mindst"), which cannot be summed. */
  sum?: number;
  /** The sum is known and is not the printed total. */
  differs: boolean;
}

export interface FigureEntry {
  plan: Plan;
  statistic: Statistic;
  /** The theme it is shown under (its first), and the others it has. */
  theme: ThemeId;
  otherThemes: ThemeId[];
  total?: TotalCheck;
  /** Keys of shared-figure groups its rows belong to, by row index. */
  shared: (string | undefined)[];
}

export interface FigureGroup {
  theme: ThemeId;
  entries: FigureEntry[];
}

/** One row of one plan in a group of the same national figure. */
export interface SharedMember {
  plan: Plan;
  statistic: Statistic;
  row: StatisticRow;
}

/** The same figure (inferred: unit, value, upper end and bound) cited by two or more plans. */
export interface SharedFigure {
  key: string;
  unit: Statistic['unit'];
  members: SharedMember[];
}

export interface Figures {
  groups: FigureGroup[];
  shared: SharedFigure[];
  /** Number of statistics shown. */
  count: number;
}

/** A row is summable when it is a plain figure (no range, no bound). */
function plain(row: StatisticRow): boolean {
  return row.valueMax === undefined && qualifierOf(row) === undefined;
}

/** The printed total beside the sum of the rows; undefined without a printed total. */
export function totalCheck(statistic: Statistic): TotalCheck | undefined {
  const total = statistic.reportedTotal;
  if (!total) return undefined;
  if (!statistic.rows.every(plain)) return { reported: total.value, differs: false };
  // Sum in integers where the rows are integers, so that 0.1 + 0.2 does not drift.
  const sum = statistic.rows.reduce((a, r) => a + r.value, 0);
  const rounded = Math.round(sum * 1e6) / 1e6;
  return { reported: total.value, sum: rounded, differs: rounded !== total.value };
}

/** The key two rows share when they are (inferred) the same figure; undefined for municipal figures. */
export function sharedKey(statistic: Statistic, row: StatisticRow): string | undefined {
  if (statistic.scope === 'municipal' || statistic.reprintOf) return undefined;
  return [statistic.unit, row.value, row.valueMax ?? '', qualifierOf(row) ?? ''].join('|');
}

/** Every statistic of `plans`, grouped by theme; the shared national figures lined up. */
export function figures(plans: readonly Plan[]): Figures {
  const byKey = new Map<string, SharedMember[]>();
  for (const plan of plans)
    for (const statistic of plan.statistics ?? [])
      for (const row of statistic.rows) {
        const key = sharedKey(statistic, row);
        if (key === undefined) continue;
        const list = byKey.get(key) ?? [];
        list.push({ plan, statistic, row });
        byKey.set(key, list);
      }
  const shared: SharedFigure[] = [];
  for (const [key, members] of byKey) {
    if (new Set(members.map((m) => m.plan.id)).size < 2) continue;
    shared.push({ key, unit: members[0]!.statistic.unit, members });
  }
  const sharedKeys = new Set(shared.map((s) => s.key));
  const byTheme = new Map<ThemeId, FigureEntry[]>();
  let count = 0;
  for (const plan of plans)
    for (const statistic of plan.statistics ?? []) {
      const [theme, ...otherThemes] = statistic.themes;
      if (!theme) continue;
      count++;
      const entry: FigureEntry = {
        plan,
        statistic,
        theme,
        otherThemes,
        total: totalCheck(statistic),
        shared: statistic.rows.map((row) => {
          const key = sharedKey(statistic, row);
          return key !== undefined && sharedKeys.has(key) ? key : undefined;
        }),
      };
      const list = byTheme.get(theme) ?? [];
      list.push(entry);
      byTheme.set(theme, list);
    }
  const groups = THEME_IDS.filter((t) => byTheme.has(t)).map((theme) => ({ theme, entries: byTheme.get(theme)! }));
  return { groups, shared, count };
}

/** A figure as printed, with its unit and bound: "mindst 120.000", "knap 40 %", "64.738.559 kr.". */
export function figureText(
  row: Pick<StatisticRow, 'value' | 'valueMax' | 'qualifier' | 'approximate'>,
  unit: string,
  lang: Lang,
): string {
  return boundedText(row, (v) => formatValue(v, unit, lang), lang);
}

// ── download ──────────────────────────────────────────────────────────────────────────────────

/** One row of a figures download: a statistic's row, or its printed total (`row_kind`). */
export interface FigureRow {
  plan_id: string;
  municipality: string;
  plan_title: string;
  period: string;
  theme_id: string;
  statistic_id: string;
  statistic: string;
  scope: Statistic['scope'];
  cited_source: string;
  reprint_of: string;
  row_kind: 'row' | 'reported-total';
  row: string;
  year: number | undefined;
  value: number;
  value_max: number | undefined;
  qualifier: string;
  unit: string;
  /** As printed, in the interface language ("knap 40 %"). */
  value_text: string;
  section: string;
  quote: string;
  citation: string;
}

export const FIGURE_COLUMNS: readonly (keyof FigureRow & string)[] = [
  'plan_id',
  'municipality',
  'plan_title',
  'period',
  'theme_id',
  'statistic_id',
  'statistic',
  'scope',
  'cited_source',
  'reprint_of',
  'row_kind',
  'row',
  'year',
  'value',
  'value_max',
  'qualifier',
  'unit',
  'value_text',
  'section',
  'quote',
  'citation',
];

/** The figures shown, as download rows: every row of every statistic, then its printed total. */
export function figureRows(shown: Figures, lang: Lang): FigureRow[] {
  const out: FigureRow[] = [];
  for (const group of shown.groups)
    for (const { plan, statistic: s } of group.entries) {
      const base = {
        plan_id: plan.id,
        municipality: municipalityNames(plan, lang),
        plan_title: plan.title,
        period: periodLabel(plan),
        theme_id: group.theme,
        statistic_id: s.id,
        statistic: s.label,
        scope: s.scope,
        cited_source: s.citedSource ?? '',
        reprint_of: s.reprintOf ? `${s.reprintOf.planId}/${s.reprintOf.statisticId}` : '',
        unit: s.unit,
      };
      for (const r of s.rows)
        out.push({
          ...base,
          row_kind: 'row',
          row: r.label,
          year: r.year ?? s.year,
          value: r.value,
          value_max: r.valueMax,
          qualifier: qualifierOf(r) ?? '',
          value_text: figureText(r, s.unit, lang),
          section: r.provenance.section,
          quote: quoteText(r.provenance),
          citation: citationOf(plan, r.provenance, lang),
        });
      const t = s.reportedTotal;
      if (t)
        out.push({
          ...base,
          row_kind: 'reported-total',
          row: t.label,
          year: s.year,
          value: t.value,
          value_max: undefined,
          qualifier: '',
          value_text: figureText(t, s.unit, lang),
          section: t.provenance.section,
          quote: quoteText(t.provenance),
          citation: citationOf(plan, t.provenance, lang),
        });
    }
  return out;
}
