/**
 * Downloads of what an element shows: rows for CSV and JSON. Pure; no DOM.
 *
 * CSV follows RFC 4180 (fields with the separator, a quote or a line break are quoted, quotes
 * doubled, CRLF line ends), starts with a UTF-8 byte-order mark so that Excel reads æ/ø/å, and
 * guards against formula injection: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading `'`. Numbers stay numbers: plain digits, no thousand separators.
 *
 * The separator follows the interface language, as Excel does for the user's locale: Danish
 * `;` with a decimal comma (`43,5`), English `,` with a decimal point (`43.5`).
 */
import type { IndicatorValue, Plan } from '../schema/plan.js';
import type { InitiativeFilter, InitiativeItem } from './initiatives.js';
import type { Series } from './targets.js';
import { STRINGS as LIST_STRINGS } from '../i18n/plan-initiative-list.js';
import { themeLabel } from '../data/themes.js';
import { citationOf, quoteText, type CitationLang } from './citation.js';
import { municipalityNames, periodLabel } from './summary.js';
import { caveatsFor, indicatorCaveats } from './caveats.js';

/** Version of the JSON download envelope (not of the plan schema). 1.1.0 added the `caveats` and `denominator` columns. */
export const EXPORT_SCHEMA_VERSION = '1.1.0';

/** One cell: text, a number, a yes/no, a list (joined with " | " in CSV, kept as an array in JSON) or nothing. */
export type Cell = string | number | boolean | null | undefined | readonly string[];

export interface CsvOptions {
  /** Field separator: `;` (Danish Excel) or `,`. */
  separator: ';' | ',';
  /** Decimal mark of numbers: `,` goes with `;`, `.` with `,`. */
  decimal: ',' | '.';
  /** Start with a UTF-8 byte-order mark (default true). */
  bom?: boolean;
}

/** CSV conventions for the interface language: Danish `;` and decimal comma, English `,` and decimal point. */
export function csvOptionsFor(lang: CitationLang): CsvOptions {
  return lang === 'da' ? { separator: ';', decimal: ',', bom: true } : { separator: ',', decimal: '.', bom: true };
}

export const BOM = '\uFEFF';
const LIST_JOIN = ' | ';
/** Text that a spreadsheet would run as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A number as plain digits with the chosen decimal mark (no thousand separators, no exponent for ordinary values). */
export function csvNumber(value: number, decimal: ',' | '.'): string {
  const text =
    Number.isInteger(value) || Math.abs(value) >= 1e-6 ? String(value) : value.toFixed(12).replace(/0+$/, '');
  return decimal === ',' ? text.replace('.', ',') : text;
}

/** One CSV field, guarded and quoted as needed. */
export function csvCell(value: Cell, opts: CsvOptions): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? csvNumber(value, opts.decimal) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = typeof value === 'string' ? value : value.join(LIST_JOIN);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /["\r\n]/.test(text) || text.includes(opts.separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A column of a download: the row key, and the header written for it (the key itself by default). */
export interface Column<R> {
  key: keyof R & string;
  header?: string;
}

/** Rows as CSV text: optional BOM, a header line, one line per row, CRLF after every line. */
export function toCsv<R extends object>(
  rows: readonly R[],
  columns: readonly (Column<R> | (keyof R & string))[],
  opts: CsvOptions,
): string {
  const cols = columns.map((c) =>
    typeof c === 'string' ? { key: c, header: c } : { key: c.key, header: c.header ?? c.key },
  );
  const line = (cells: readonly Cell[]) => cells.map((c) => csvCell(c, opts)).join(opts.separator) + '\r\n';
  let out = (opts.bom ?? true) ? BOM : '';
  out += line(cols.map((c) => c.header));
  for (const row of rows) out += line(cols.map((c) => (row as Record<string, Cell>)[c.key]));
  return out;
}

// ── initiatives ───────────────────────────────────────────────────────────────────────────────

/** One initiative as downloaded. Labels (themes, kind, status) are in the interface language; ids stay ids. */
export interface InitiativeRow {
  plan_id: string;
  municipality: string;
  plan_title: string;
  period: string;
  period_start: number;
  /** Empty for an open-ended plan. */
  period_end: number | undefined;
  initiative_id: string;
  /** The ids of the other printings of the same measure in the plan (`sameAs`); the row stands for them all. */
  same_as: string[];
  /** Where the plan prints the measure again: a citation of each other printing shown on this item. */
  same_as_citations: string[];
  title: string;
  description: string;
  policy_goal: string;
  track: string;
  themes: string[];
  theme_ids: string[];
  target_groups: string[];
  kind: string;
  status: string;
  section: string;
  quote: string;
  citation: string;
  /** The source caveats (`flags`) of the initiative, in the interface language where the plan has it. */
  caveats: string[];
}

export const INITIATIVE_COLUMNS: readonly (keyof InitiativeRow & string)[] = [
  'plan_id',
  'municipality',
  'plan_title',
  'period',
  'period_start',
  'period_end',
  'initiative_id',
  'same_as',
  'same_as_citations',
  'title',
  'description',
  'policy_goal',
  'track',
  'themes',
  'theme_ids',
  'target_groups',
  'kind',
  'status',
  'section',
  'quote',
  'citation',
  'caveats',
];

/**
 * The initiatives as rows, in the order given (the order of the list): one row per item, so a measure the
 * plan prints twice is one row, as it is one item in the list, naming and citing its other printings.
 */
export function initiativeRows(items: readonly InitiativeItem[], lang: CitationLang): InitiativeRow[] {
  const s = LIST_STRINGS[lang];
  return items.map(({ plan, initiative: ini, track, targetGroups, also }) => ({
    plan_id: plan.id,
    municipality: municipalityNames(plan, lang),
    plan_title: plan.title,
    period: periodLabel(plan),
    period_start: plan.period.start,
    period_end: plan.period.end,
    initiative_id: ini.id,
    same_as: [...(ini.sameAs ?? [])],
    same_as_citations: (also ?? []).map((o) => citationOf(o.plan, o.initiative.provenance, lang)),
    title: ini.title,
    description: ini.description ?? '',
    policy_goal: ini.policyGoal?.text ?? '',
    track: track?.label ?? '',
    themes: ini.themes.map((t) => themeLabel(t, lang)),
    theme_ids: [...ini.themes],
    target_groups: targetGroups.map((g) => g.label),
    kind: ini.kind ? s.kinds[ini.kind] : '',
    status: s.statuses[ini.status],
    section: ini.provenance.section,
    quote: quoteText(ini.provenance),
    citation: citationOf(plan, ini.provenance, lang),
    caveats: caveatsFor(plan, lang, 'initiative', ini.id).map((c) => c.text),
  }));
}

// ── targets ───────────────────────────────────────────────────────────────────────────────────

/** One indicator value as downloaded. `kind`, `unit` and `scope` are the schema's codes. */
export interface TargetRow {
  indicator_id: string;
  indicator: string;
  comparable_key: string;
  plan_id: string;
  municipality: string;
  plan_title: string;
  period: string;
  year: number;
  kind: IndicatorValue['kind'];
  value: number;
  approximate: boolean;
  unit: string;
  /** What a rate is per ("1000 indbyggere"); empty for other units or when the plan does not say. */
  denominator: string;
  scope: string;
  note: string;
  section: string;
  quote: string;
  citation: string;
  /** The source caveats of the indicator and of this value, in the interface language where the plan has it. */
  caveats: string[];
}

export const TARGET_COLUMNS: readonly (keyof TargetRow & string)[] = [
  'indicator_id',
  'indicator',
  'comparable_key',
  'plan_id',
  'municipality',
  'plan_title',
  'period',
  'year',
  'kind',
  'value',
  'approximate',
  'unit',
  'denominator',
  'scope',
  'note',
  'section',
  'quote',
  'citation',
  'caveats',
];

/** Every point of the series, series by series, in year order as drawn. */
export function targetRows(series: readonly Series[], lang: CitationLang): TargetRow[] {
  return series.flatMap(({ plan, indicator, points }) => {
    const caveats = indicatorCaveats(plan, lang, indicator.id);
    return points.map((p) => ({
      indicator_id: indicator.id,
      indicator: indicator.label,
      comparable_key: indicator.comparableKey ?? '',
      plan_id: plan.id,
      municipality: municipalityNames(plan, lang),
      plan_title: plan.title,
      period: periodLabel(plan),
      year: p.year,
      kind: p.kind,
      value: p.value,
      approximate: p.approximate,
      unit: indicator.unit,
      denominator: indicator.denominator ? `${indicator.denominator.per} ${indicator.denominator.of}` : '',
      scope: p.scope,
      note: p.source.note ?? '',
      section: p.source.provenance.section,
      quote: quoteText(p.source.provenance),
      citation: citationOf(plan, p.source.provenance, lang),
      caveats: caveats
        .filter((c) => c.kind === 'indicator' || c.position === indicator.values.indexOf(p.source))
        .map((c) => c.text),
    }));
  });
}

// ── JSON envelope ─────────────────────────────────────────────────────────────────────────────

/** A plan as the JSON download names it. */
export interface ExportPlan {
  id: string;
  title: string;
  municipalities: string[];
  /** No `end` for an open-ended plan. */
  period: { start: number; end?: number };
  kind: Plan['kind'];
  source: { title: string; publisher?: string; url?: string };
}

export interface ExportEnvelope<R> {
  schemaVersion: string;
  /** What the rows are. */
  kind: 'initiatives' | 'targets' | 'figures' | 'theme';
  /** ISO time of the download; only present when a clock is given. */
  generatedAt?: string;
  /** Interface language of the labels in the rows. */
  language: CitationLang;
  /** What was shown: the initiative filter, or the indicator and plans of the chart. */
  filter: InitiativeFilter | { indicator?: string; theme?: string; plans: string[] };
  /** The plans that have rows, in display order. */
  plans: ExportPlan[];
  columns: string[];
  rows: R[];
}

function exportPlan(plan: Plan): ExportPlan {
  const source: ExportPlan['source'] = { title: plan.source.title };
  if (plan.source.publisher) source.publisher = plan.source.publisher;
  if (plan.source.url) source.url = plan.source.url;
  return {
    id: plan.id,
    title: plan.title,
    municipalities: plan.municipalities.map((m) => m.name),
    period: { start: plan.period.start, end: plan.period.end },
    kind: plan.kind,
    source,
  };
}

export interface EnvelopeInput<R extends { plan_id: string }> {
  kind: ExportEnvelope<R>['kind'];
  lang: CitationLang;
  filter: ExportEnvelope<R>['filter'];
  /** The plans in display order; only those with rows are listed. */
  plans: readonly Plan[];
  columns: readonly string[];
  rows: readonly R[];
  /** The clock, when `generatedAt` is wanted. */
  now?: Date;
}

export function exportEnvelope<R extends { plan_id: string }>(input: EnvelopeInput<R>): ExportEnvelope<R> {
  const used = new Set(input.rows.map((r) => r.plan_id));
  const envelope: ExportEnvelope<R> = {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    kind: input.kind,
    ...(input.now ? { generatedAt: input.now.toISOString() } : {}),
    language: input.lang,
    filter: input.filter,
    plans: input.plans.filter((p) => used.has(p.id)).map(exportPlan),
    columns: [...input.columns],
    rows: [...input.rows],
  };
  return envelope;
}

/** The envelope as JSON text (two-space indented, final newline). */
export function toJson(envelope: ExportEnvelope<unknown>): string {
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
