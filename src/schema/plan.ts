/**
 * The plan-compare plan schema (v1.2): one JSON document per source document.
 *
 * Written with `zod/mini` so the browser bundle stays small. Shapes are strict: an unknown key is
 * an error, so that a typo in a hand-authored plan is caught rather than silently ignored.
 * This file is the shape only. What a shape cannot say is checked by `./rules.ts` (order of years,
 * ranges, code formats per country, themes by track kind) and `./references.ts` (unique ids,
 * references); both run on every document, also one whose shape is broken, so that all problems
 * are reported at once. Every message is in `./messages.ts`.
 * Schema 1.1 and 1.2 are backward compatible: every 1.0 and 1.1 document validates unchanged.
 */
import * as z from 'zod/mini';
import {
  THEME_IDS,
  PLAN_KINDS,
  INITIATIVE_KINDS,
  INITIATIVE_STATUSES,
  UNITS,
  TRACK_KINDS,
  SCOPES,
  DIRECTIONS,
  VALUE_KINDS,
  RELATION_TYPES,
  PROGRESS_STATUSES,
  FLAG_KINDS,
  QUALIFIERS,
  INITIATIVE_LINK_TYPES,
  HOLDS,
  BCP47_PATTERN,
  CALENDAR_DATE_PATTERN,
} from './constants.js';
import { STATIC as M } from './messages.js';

export * from './constants.js';

/** A text with at least one character that is not a space (it is trimmed). */
const nonEmpty = () => z.string().check(z.trim(), z.regex(/\S/, M.notEmpty));
const slug = () => z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, M.slug));
const year = () => z.int().check(z.gte(1900, M.yearMin), z.lte(2100, M.yearMax));
const age = () => z.int().check(z.gte(0, M.ageMin), z.lte(130, M.ageMax));
const httpUrl = () => z.string().check(z.regex(/^https?:\/\/[^\s]+$/i, M.httpUrl));
const finite = (message: string) => z.number().check(z.refine(Number.isFinite, message));
const list = <T extends z.core.$ZodType>(item: T) => z.array(item).check(z.minLength(1, M.oneItem));
/** An id of a municipality of this plan (its `code`). */
const municipalityCode = () => z.string().check(z.regex(/^\S(?:.*\S)?$/, M.notPadded));
const bcp47 = () => z.string().check(z.regex(new RegExp(BCP47_PATTERN), M.language));

/** Where a statement comes from: the section heading and a short verbatim quote (one sentence or less). */
export const Provenance = z.strictObject({
  /** Section of the source document, in its own words (e.g. "Spor 1 - Forebyggelse / Det gør vi"). */
  section: nonEmpty(),
  /** A verbatim quote from the source text; compared after normalising whitespace and line-break hyphenation. */
  quote: z.string().check(
    z.trim(),
    // Written as patterns that hold for the text with or without its surrounding spaces, so that the
    // JSON Schema (which cannot trim) says the same: at least 8 and at most 400 characters once trimmed.
    z.regex(/^\s*\S[\s\S]{6,}\S\s*$/, M.quoteMin),
    z.regex(/^\s*(?:\S(?:[\s\S]{0,398}\S)?)?\s*$/, M.quoteMax),
  ),
});

export const ThemeId = z.enum(THEME_IDS);
const themes = () => z.array(ThemeId).check(z.minLength(1, M.oneTheme));

export const Municipality = z.strictObject({
  name: nonEmpty(),
  /**
   * The official municipality code in its country's own format: Danish kommunekode three digits
   * ("580" for Aabenraa), Norwegian kommunenummer four ("0301"), … (see MUNICIPALITY_CODE_FORMATS).
   */
  code: municipalityCode(),
  /** ISO 3166-1 alpha-2 country code (1.1); absent means Denmark ("DK"). */
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, M.country))),
});

/** Start and end year; no `end` (1.1) means open-ended ("i de kommende år"). */
export const Period = z.strictObject({ start: year(), end: z.optional(year()) });

export const Adoption = z.strictObject({
  /** A real calendar date as precise as the source says: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: z.optional(z.string().check(z.regex(new RegExp(CALENDAR_DATE_PATTERN), M.date))),
  body: z.optional(nonEmpty()),
  provenance: Provenance,
});

export const Source = z.strictObject({
  /** Title of the source document as printed. */
  title: nonEmpty(),
  publisher: z.optional(nonEmpty()),
  /** File name of the extracted source text, for the provenance check (e.g. "000_9ac925434502d5ad.txt"). */
  file: z.string().check(z.regex(/^[\w.-]+\.txt$/, M.sourceFile)),
  url: z.optional(httpUrl()),
  provenance: Provenance,
});

export const Relation = z.strictObject({
  /** Each type has its inverse (supersedes / superseded-by, implements / implemented-by, …, related-to). */
  type: z.enum(RELATION_TYPES),
  /** Id of the other plan, when that document is encoded too; checked across a collection. */
  planId: z.optional(slug()),
  /** Title of the related document as the source names it. */
  title: nonEmpty(),
  provenance: Provenance,
});

const Statement = z.strictObject({
  id: slug(),
  text: nonEmpty(),
  themes: z.optional(themes()),
  provenance: Provenance,
});
export const Vision = Statement;
export const Value = z.strictObject({
  id: slug(),
  title: nonEmpty(),
  text: z.optional(nonEmpty()),
  provenance: Provenance,
});
export const GuidingMark = z.strictObject({
  id: slug(),
  title: nonEmpty(),
  text: z.optional(nonEmpty()),
  themes: z.optional(themes()),
  provenance: Provenance,
});

/** Age range in years; either end may be open. */
export const AgeRange = z.strictObject({ min: z.optional(age()), max: z.optional(age()) });

export const TargetGroup = z.strictObject({
  id: slug(),
  label: nonEmpty(),
  ages: z.optional(AgeRange),
  provenance: Provenance,
});

export const TextBlock = z.strictObject({ text: nonEmpty(), provenance: Provenance });

/** Someone who signed the document (1.1), e.g. a mayor under the foreword. */
export const Signatory = z.strictObject({
  name: nonEmpty(),
  /** The title as printed, e.g. "Borgmester i Ishøj Kommune". */
  role: z.optional(nonEmpty()),
  /** The municipality (its `code` in `municipalities`) the signatory speaks for, in a joint plan. */
  municipalityCode: z.optional(municipalityCode()),
  provenance: Provenance,
});

/** What a rate is per (1.1): "pr. 1.000 indbyggere" is { per: 1000, of: "indbyggere" }. */
export const Denominator = z.strictObject({
  per: z.number().check(z.positive(M.positive)),
  of: nonEmpty(),
});

/** How the source bounds a figure: "mindst", "knap", "ca." … (1.1; see QUALIFIERS). */
export const Qualifier = z.enum(QUALIFIERS);

export const Track = z.strictObject({
  id: slug(),
  /** The plan's own heading, in its own words (e.g. "Spor 1 - Forebyggelse"). */
  label: nonEmpty(),
  /**
   * A focus area of the plan (default), a background/appendix section that still lists initiatives,
   * a formal section (Indledning, Sammendrag) or a heading whose text is unknown (1.1).
   */
  kind: z.optional(z.enum(TRACK_KINDS)),
  /** At least one, except for a track of kind formal or unknown, which may have none (1.1). */
  themes: z._default(z.array(ThemeId), []),
  /** "Det ser vi": what the plan observes. */
  see: z.optional(z.array(TextBlock)),
  /** "Det vil vi": what the plan wants. */
  want: z.optional(z.array(TextBlock)),
  provenance: Provenance,
});

/**
 * A link from an initiative to the initiative of another plan it continues, was merged from, split
 * from or replaces (1.2), e.g. from a 2022–24 initiative back to the 2021 one. See INITIATIVE_LINK_TYPES.
 */
export const InitiativeLink = z.strictObject({
  type: z.enum(INITIATIVE_LINK_TYPES),
  /** Id of the other plan. */
  planId: slug(),
  /** Id of the initiative in the other plan; checked when that plan is in the collection. */
  initiativeId: slug(),
  /** A passage of THIS plan's source that shows the link, when there is one. */
  provenance: z.optional(Provenance),
  /** What changed, in the plan's language (e.g. "Halvvejshuset is now called kontakthuset"). */
  note: z.optional(nonEmpty()),
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
  /** Links to initiatives of other plans this one continues, merges, splits or replaces (1.2). */
  links: z.optional(list(InitiativeLink)),
  /**
   * The same measure printed again in this plan (1.2): ids of the other printings, listed on each of
   * them. Counted once; both places are cited.
   */
  sameAs: z.optional(list(slug())),
});

export const IndicatorValue = z.strictObject({
  year: year(),
  kind: z.enum(VALUE_KINDS),
  /** The figure as printed; the lower end of a range. */
  value: finite(M.finite),
  /** The upper end of a range ("20–25 %": value 20, valueMax 25). */
  valueMax: z.optional(finite(M.finiteMax)),
  /** How the source bounds the figure ("mindst", "knap", "ca." …) (1.1). */
  qualifier: z.optional(Qualifier),
  /** Schema 1.0: the value is stated as approximate ("ca."). Same as qualifier "about"; still read. */
  approximate: z.optional(z.boolean()),
  /** Scope of this value when it differs from the indicator's (e.g. a national baseline). */
  scope: z.optional(z.enum(SCOPES)),
  /** The municipality (its `code`) this value is for, in a joint plan (1.1). */
  municipalityCode: z.optional(municipalityCode()),
  note: z.optional(nonEmpty()),
  provenance: Provenance,
});

export const Indicator = z.strictObject({
  id: slug(),
  label: nonEmpty(),
  /** Same key in two plans = the same quantity (same unit and scope), so the two series line up in a chart. */
  comparableKey: z.optional(slug()),
  unit: z.enum(UNITS),
  /** For unit "rate": what the rate is per (1.1). */
  denominator: z.optional(Denominator),
  scope: z.enum(SCOPES),
  direction: z.enum(DIRECTIONS),
  definition: z.optional(TextBlock),
  trackId: z.optional(slug()),
  targetGroupIds: z.optional(z.array(slug())),
  themes: themes(),
  /** In year order; one value per year, kind, scope and municipality. */
  values: z.array(IndicatorValue).check(z.minLength(1, M.oneValue)),
});

export const StatisticRow = z.strictObject({
  label: nonEmpty(),
  /** Year of this row when rows differ in year. */
  year: z.optional(year()),
  /** Breakdown dimensions of this row, e.g. { "forløbstype": "Stofmisbrug", "alder": "Borgere under 26 år" }. */
  breakdown: z.optional(z.record(z.string(), z.string())),
  /** The figure as printed; the lower end of a range. */
  value: finite(M.finite),
  /** Upper end when the source gives a range ("75 – 100 patienter": value 75, valueMax 100). */
  valueMax: z.optional(finite(M.finiteMax)),
  /** How the source bounds the figure ("mindst", "knap", "ca." …) (1.1). */
  qualifier: z.optional(Qualifier),
  /** Schema 1.0: the value is stated as approximate ("ca."). Same as qualifier "about"; still read. */
  approximate: z.optional(z.boolean()),
  /** The municipality (its `code`) this row is for, in a joint plan (1.1). */
  municipalityCode: z.optional(municipalityCode()),
  provenance: Provenance,
});

export const Statistic = z.strictObject({
  id: slug(),
  label: nonEmpty(),
  unit: z.enum(UNITS),
  /** For unit "rate": what the rate is per (1.1). */
  denominator: z.optional(Denominator),
  scope: z.enum(SCOPES),
  year: z.optional(year()),
  themes: themes(),
  trackId: z.optional(slug()),
  rows: z.array(StatisticRow).check(z.minLength(1, M.oneRow)),
  /** A total as the source reports it; it may differ from the sum of the rows (kept, and flagged). */
  reportedTotal: z.optional(
    z.strictObject({
      label: nonEmpty(),
      value: finite(M.finite),
      provenance: Provenance,
    }),
  ),
  /**
   * This table is another document's table printed again (same rows, same total) (1.1): its figures
   * are not new data of this plan. Say why in a flag.
   */
  reprintOf: z.optional(z.strictObject({ planId: slug(), statisticId: slug() })),
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
  /** The caveat in the plan's language. */
  message: nonEmpty(),
  /** The same caveat in other languages, by BCP 47 tag: { "en": "…" } (1.1). */
  translations: z.optional(z.record(bcp47(), nonEmpty())),
});

/** A part of the source we do not have (1.2): a section whose text is missing from the extraction. */
export const CoverageGap = z.strictObject({
  /** The section, in the source's words. */
  section: nonEmpty(),
  /** What is missing. */
  description: nonEmpty(),
  /** The track the missing part belongs to; its themes are the themes the gap could hold. */
  trackId: z.optional(slug()),
  /** Themes the missing part could hold; absent means the track's themes, or any theme without a track. */
  themes: z.optional(themes()),
});

/** What we know the plan says (1.2): the parts of its source that are missing, and what it holds by design. */
export const Coverage = z.strictObject({
  gaps: z.optional(list(CoverageGap)),
  /** What the document holds by design (HOLDS); a policy with aims only has no initiatives by design. */
  holds: z.optional(list(z.enum(HOLDS))),
});

export const Plan = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.string().check(z.regex(/^1\.\d+\.\d+$/, M.schemaVersion)),
  id: slug(),
  title: nonEmpty(),
  kind: z.enum(PLAN_KINDS),
  municipalities: z.array(Municipality).check(z.minLength(1, M.oneMunicipality)),
  period: Period,
  adoption: z.optional(Adoption),
  /** The language of the document and of the plan's texts: a BCP 47 tag ("da", "nb", "en-GB") (1.1; 1.0 had da/en). */
  language: bcp47(),
  source: Source,
  /** What the document says it is for (1.1): its purpose statement, one or more passages. */
  purpose: z.optional(list(TextBlock)),
  /** Who signed the document (1.1). */
  signatories: z.optional(list(Signatory)),
  relations: z.optional(z.array(Relation)),
  visions: z.optional(z.array(Vision)),
  values: z.optional(z.array(Value)),
  guidingMarks: z.optional(z.array(GuidingMark)),
  targetGroups: z.optional(z.array(TargetGroup)),
  tracks: z.array(Track).check(z.minLength(1, M.oneTrack)),
  initiatives: z.array(Initiative),
  indicators: z.optional(z.array(Indicator)),
  statistics: z.optional(z.array(Statistic)),
  legalBasis: z.optional(z.array(LegalBasis)),
  statusUpdates: z.optional(z.array(StatusUpdate)),
  flags: z.optional(z.array(Flag)),
  /** Which parts of the source are missing, and what the document holds by design (1.2). */
  coverage: z.optional(Coverage),
});

export type Provenance = z.infer<typeof Provenance>;
export type ThemeId = z.infer<typeof ThemeId>;
export type Municipality = z.infer<typeof Municipality>;
export type Relation = z.infer<typeof Relation>;
export type Period = z.infer<typeof Period>;
export type Signatory = z.infer<typeof Signatory>;
export type Denominator = z.infer<typeof Denominator>;
export type Qualifier = z.infer<typeof Qualifier>;
export type TargetGroup = z.infer<typeof TargetGroup>;
export type TextBlock = z.infer<typeof TextBlock>;
export type Track = z.infer<typeof Track>;
export type Initiative = z.infer<typeof Initiative>;
export type InitiativeLink = z.infer<typeof InitiativeLink>;
export type CoverageGap = z.infer<typeof CoverageGap>;
export type Coverage = z.infer<typeof Coverage>;
export type IndicatorValue = z.infer<typeof IndicatorValue>;
export type Indicator = z.infer<typeof Indicator>;
export type StatisticRow = z.infer<typeof StatisticRow>;
export type Statistic = z.infer<typeof Statistic>;
export type LegalBasis = z.infer<typeof LegalBasis>;
export type StatusUpdate = z.infer<typeof StatusUpdate>;
export type Flag = z.infer<typeof Flag>;
export type Plan = z.infer<typeof Plan>;
