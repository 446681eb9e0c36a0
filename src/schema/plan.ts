/**
 * The plan-compare plan schema (v1): one JSON document per source document.
 *
 * Written with `zod/mini` so the browser bundle stays small. Shapes are strict: an unknown key is
 * an error, so that a typo in a hand-authored plan is caught rather than silently ignored.
 * Cross-references (ids, track/theme/target-group references) are checked in `./references.ts`.
 */
import * as z from 'zod/mini';
import { THEME_IDS, PLAN_KINDS, INITIATIVE_KINDS, INITIATIVE_STATUSES, UNITS, TRACK_KINDS, SCOPES, DIRECTIONS, VALUE_KINDS, RELATION_TYPES, PROGRESS_STATUSES, FLAG_KINDS } from './constants.js';

export * from './constants.js';

const nonEmpty = () => z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const slug = () =>
  z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9, single dashes)'));
const year = () => z.int().check(z.gte(1900, 'year must be 1900 or later'), z.lte(2100, 'year must be 2100 or earlier'));
const age = () => z.int().check(z.gte(0, 'age must not be negative'), z.lte(130, 'age must be 130 or less'));
const httpUrl = () =>
  z.string().check(z.regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) URL'));

/** Where a statement comes from: the section heading and a short verbatim quote (one sentence or less). */
export const Provenance = z.strictObject({
  /** Section of the source document, in its own words (e.g. "Spor 1 - Forebyggelse / Det gør vi"). */
  section: nonEmpty(),
  /** A verbatim quote from the source text; compared after normalising whitespace and line-break hyphenation. */
  quote: z.string().check(z.trim(), z.minLength(8, 'quote must be at least 8 characters'), z.maxLength(400, 'quote must be one sentence or less (400 characters at most)')),
});

export const ThemeId = z.enum(THEME_IDS);
const themes = () => z.array(ThemeId).check(z.minLength(1, 'at least one theme'));


export const Municipality = z.strictObject({
  name: nonEmpty(),
  /** Official three-digit municipality code (kommunekode), e.g. "580" for Aabenraa. */
  code: z.string().check(z.regex(/^\d{3}$/, 'municipality code must be three digits')),
});

export const Period = z
  .strictObject({ start: year(), end: year() })
  .check(z.refine((p) => p.end >= p.start, { message: 'period end must not be before start', path: ['end'] }));

export const Adoption = z.strictObject({
  /** ISO date (YYYY-MM-DD) or year-month (YYYY-MM) or year (YYYY), as precise as the source says. */
  date: z.optional(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD'))),
  body: z.optional(nonEmpty()),
  provenance: Provenance,
});

export const Source = z.strictObject({
  /** Title of the source document as printed. */
  title: nonEmpty(),
  publisher: z.optional(nonEmpty()),
  /** File name of the extracted source text, for the provenance check (e.g. "000_9ac925434502d5ad.txt"). */
  file: z.string().check(z.regex(/^[\w.-]+\.txt$/, 'source file must be a .txt file name')),
  url: z.optional(httpUrl()),
  provenance: Provenance,
});

export const Relation = z.strictObject({
  type: z.enum(RELATION_TYPES),
  /** Id of another plan in the collection, when that document is encoded too. */
  planId: z.optional(slug()),
  /** Title of the related document as the source names it. */
  title: nonEmpty(),
  provenance: Provenance,
});

const Statement = z.strictObject({ id: slug(), text: nonEmpty(), themes: z.optional(themes()), provenance: Provenance });
export const Vision = Statement;
export const Value = z.strictObject({ id: slug(), title: nonEmpty(), text: z.optional(nonEmpty()), provenance: Provenance });
export const GuidingMark = z.strictObject({
  id: slug(),
  title: nonEmpty(),
  text: z.optional(nonEmpty()),
  themes: z.optional(themes()),
  provenance: Provenance,
});

export const AgeRange = z
  .strictObject({ min: z.optional(age()), max: z.optional(age()) })
  .check(
    z.refine((a) => a.min === undefined || a.max === undefined || a.max >= a.min, {
      message: 'age max must not be below min',
      path: ['max'],
    }),
  );

export const TargetGroup = z.strictObject({
  id: slug(),
  label: nonEmpty(),
  ages: z.optional(AgeRange),
  provenance: Provenance,
});

export const TextBlock = z.strictObject({ text: nonEmpty(), provenance: Provenance });

export const Track = z.strictObject({
  id: slug(),
  /** The plan's own heading, in its own words (e.g. "Spor 1 - Forebyggelse"). */
  label: nonEmpty(),
  /** A focus area of the plan (default), or a background/appendix section that still lists initiatives. */
  kind: z.optional(z.enum(TRACK_KINDS)),
  themes: themes(),
  /** "Det ser vi": what the plan observes. */
  see: z.optional(z.array(TextBlock)),
  /** "Det vil vi": what the plan wants. */
  want: z.optional(z.array(TextBlock)),
  provenance: Provenance,
});

export const Initiative = z.strictObject({
  id: slug(),
  title: nonEmpty(),
  description: z.optional(nonEmpty()),
  trackId: slug(),
  /** The policy goal the initiative answers (Aabenraa's "Rusmiddelpolitik" column). */
  policyGoal: z.optional(TextBlock),
  /** Aabenraa 2022–24 tags: Tilbud → offer, Strategi → strategy, Fokus → focus, Tilgang → approach. */
  kind: z.optional(z.enum(INITIATIVE_KINDS)),
  /** `future-focus` is Aabenraa's `*` ("Større fokus på …"). */
  status: z.enum(INITIATIVE_STATUSES),
  targetGroupIds: z.optional(z.array(slug())),
  ages: z.optional(AgeRange),
  partners: z.optional(z.array(nonEmpty())),
  themes: themes(),
  provenance: Provenance,
});

export const IndicatorValue = z.strictObject({
  year: year(),
  kind: z.enum(VALUE_KINDS),
  value: z.number().check(z.refine(Number.isFinite, 'value must be a finite number')),
  /** The value is stated as approximate in the source ("ca."). */
  approximate: z.optional(z.boolean()),
  /** Scope of this value when it differs from the indicator's (e.g. a national baseline). */
  scope: z.optional(z.enum(SCOPES)),
  note: z.optional(nonEmpty()),
  provenance: Provenance,
});

export const Indicator = z
  .strictObject({
    id: slug(),
    label: nonEmpty(),
    /** Same key in two plans = the same quantity, so the two series line up in a chart. */
    comparableKey: z.optional(slug()),
    unit: z.enum(UNITS),
    scope: z.enum(SCOPES),
    direction: z.enum(DIRECTIONS),
    definition: z.optional(TextBlock),
    trackId: z.optional(slug()),
    targetGroupIds: z.optional(z.array(slug())),
    themes: themes(),
    values: z.array(IndicatorValue).check(z.minLength(1, 'an indicator needs at least one value')),
  })
  .check(
    z.superRefine((ind, ctx) => {
      const seen = new Set<string>();
      ind.values.forEach((v, i) => {
        const prev = ind.values[i - 1];
        if (prev && v.year < prev.year) {
          ctx.issues.push({
            code: 'custom',
            input: v.year,
            path: ['values', i, 'year'],
            message: `year series out of order: ${v.year} comes after ${prev.year}`,
          });
        }
        const key = `${v.year}/${v.kind}`;
        if (seen.has(key)) {
          ctx.issues.push({
            code: 'custom',
            input: v.year,
            path: ['values', i, 'year'],
            message: `duplicate ${v.kind} value for ${v.year}`,
          });
        }
        seen.add(key);
      });
    }),
  );

export const StatisticRow = z.strictObject({
  label: nonEmpty(),
  /** Year of this row when rows differ in year. */
  year: z.optional(year()),
  /** Breakdown dimensions of this row, e.g. { "forløbstype": "Stofmisbrug", "alder": "Borgere under 26 år" }. */
  breakdown: z.optional(z.record(z.string(), z.string())),
  value: z.number().check(z.refine(Number.isFinite, 'value must be a finite number')),
  /** Upper end when the source gives a range ("75 – 100 patienter": value 75, valueMax 100). */
  valueMax: z.optional(z.number().check(z.refine(Number.isFinite, 'valueMax must be a finite number'))),
  approximate: z.optional(z.boolean()),
  provenance: Provenance,
});

export const Statistic = z.strictObject({
  id: slug(),
  label: nonEmpty(),
  unit: z.enum(UNITS),
  scope: z.enum(SCOPES),
  year: z.optional(year()),
  themes: themes(),
  trackId: z.optional(slug()),
  rows: z.array(StatisticRow).check(z.minLength(1, 'a statistic needs at least one row')),
  /** A total as the source reports it; it may differ from the sum of the rows (kept, and flagged). */
  reportedTotal: z.optional(
    z.strictObject({
      label: nonEmpty(),
      value: z.number().check(z.refine(Number.isFinite, 'value must be a finite number')),
      provenance: Provenance,
    }),
  ),
  /** Who the plan cites for the figure (e.g. "Sundhedsstyrelsen, 2016"). */
  citedSource: z.optional(nonEmpty()),
  note: z.optional(nonEmpty()),
  provenance: Provenance,
});

export const LegalBasis = z.strictObject({
  id: slug(),
  /** Name of the act or rule as the plan gives it (e.g. "Sundhedsloven"). */
  law: nonEmpty(),
  /** Section, e.g. "§ 141". */
  section: z.optional(nonEmpty()),
  text: nonEmpty(),
  themes: z.optional(themes()),
  provenance: Provenance,
});

export const StatusUpdate = z.strictObject({
  id: slug(),
  /** What the update is about, in the source's words (target group or initiative heading). */
  subject: nonEmpty(),
  trackId: z.optional(slug()),
  targetGroupIds: z.optional(z.array(slug())),
  initiativeId: z.optional(slug()),
  status: z.enum(PROGRESS_STATUSES),
  text: nonEmpty(),
  themes: themes(),
  provenance: Provenance,
});

/** Where the source is ambiguous or inconsistent: what it says is kept, and the problem is said here. */
export const Flag = z.strictObject({
  kind: z.enum(FLAG_KINDS),
  /** JSON path-like pointer to the affected item, e.g. "statistics/referrals-2020". */
  target: nonEmpty(),
  message: nonEmpty(),
});

export const Plan = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.string().check(z.regex(/^1\.\d+\.\d+$/, 'schemaVersion must be 1.x.y (this library reads schema 1)')),
  id: slug(),
  title: nonEmpty(),
  kind: z.enum(PLAN_KINDS),
  municipalities: z.array(Municipality).check(z.minLength(1, 'at least one municipality')),
  period: Period,
  adoption: z.optional(Adoption),
  language: z.enum(['da', 'en']),
  source: Source,
  relations: z.optional(z.array(Relation)),
  visions: z.optional(z.array(Vision)),
  values: z.optional(z.array(Value)),
  guidingMarks: z.optional(z.array(GuidingMark)),
  targetGroups: z.optional(z.array(TargetGroup)),
  tracks: z.array(Track).check(z.minLength(1, 'a plan needs at least one track')),
  initiatives: z.array(Initiative),
  indicators: z.optional(z.array(Indicator)),
  statistics: z.optional(z.array(Statistic)),
  legalBasis: z.optional(z.array(LegalBasis)),
  statusUpdates: z.optional(z.array(StatusUpdate)),
  flags: z.optional(z.array(Flag)),
});

export type Provenance = z.infer<typeof Provenance>;
export type ThemeId = z.infer<typeof ThemeId>;
export type Municipality = z.infer<typeof Municipality>;
export type Relation = z.infer<typeof Relation>;
export type TargetGroup = z.infer<typeof TargetGroup>;
export type TextBlock = z.infer<typeof TextBlock>;
export type Track = z.infer<typeof Track>;
export type Initiative = z.infer<typeof Initiative>;
export type IndicatorValue = z.infer<typeof IndicatorValue>;
export type Indicator = z.infer<typeof Indicator>;
export type StatisticRow = z.infer<typeof StatisticRow>;
export type Statistic = z.infer<typeof Statistic>;
export type LegalBasis = z.infer<typeof LegalBasis>;
export type StatusUpdate = z.infer<typeof StatusUpdate>;
export type Flag = z.infer<typeof Flag>;
export type Plan = z.infer<typeof Plan>;
