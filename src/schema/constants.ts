/**
 * The schema's closed lists and version, without zod: elements and model functions use these
 * without pulling the validator into their bundle.
 */
export const SCHEMA_VERSION = '1.2.0';

/** Ids of the canonical themes in data/themes.json. Kept as a closed list so a plan cannot name a theme that does not exist. */
export const THEME_IDS = [
  'prevention',
  'early-detection',
  'outreach',
  'treatment',
  'harm-reduction',
  'aftercare-recovery',
  'collaboration',
  'competence',
  'youth',
  'families-children',
  'dual-diagnosis',
  'vulnerable-groups',
  'availability',
  'access-to-treatment',
  'monitoring-effect',
  'workplaces',
  'elderly',
] as const;
export const PLAN_KINDS = ['policy', 'action-plan', 'strategy', 'plan', 'status-report'] as const;
export const INITIATIVE_KINDS = ['offer', 'strategy', 'focus', 'approach'] as const;
export const INITIATIVE_STATUSES = ['existing', 'planned', 'future-focus', 'completed', 'unknown'] as const;
export const UNITS = [
  'percent',
  'percentage-points',
  'persons',
  'families',
  'DKK',
  'million-DKK',
  'billion-DKK',
  'rate',
  'years',
  'count',
  // 1.1
  'days',
  'weeks',
  'months',
] as const;
/**
 * `formal`: a section with no content of its own for comparison (Indledning, Sammendrag);
 * `unknown`: a heading whose text is not available. Tracks of these two kinds may have no theme (1.1).
 */
export const TRACK_KINDS = ['focus-area', 'background', 'appendix', 'formal', 'unknown'] as const;
/** Track kinds that may carry no theme. */
export const THEMELESS_TRACK_KINDS: readonly (typeof TRACK_KINDS)[number][] = ['formal', 'unknown'];
export const SCOPES = ['municipal', 'regional', 'national'] as const;
export const DIRECTIONS = ['higher-is-better', 'lower-is-better', 'neutral'] as const;
export const VALUE_KINDS = ['baseline', 'target', 'actual'] as const;
/** Relation types, each with its inverse (1.1 adds the reverse directions and `related-to`). */
export const RELATION_TYPES = [
  'supersedes',
  'superseded-by',
  'reports-on',
  'implements',
  'builds-on',
  'part-of',
  // 1.1
  'reported-by',
  'implemented-by',
  'built-on-by',
  'has-part',
  'related-to',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
/** The relation the other document has to this one: A supersedes B ⇔ B superseded-by A. */
export const INVERSE_RELATION: Readonly<Record<RelationType, RelationType>> = {
  supersedes: 'superseded-by',
  'superseded-by': 'supersedes',
  'reports-on': 'reported-by',
  'reported-by': 'reports-on',
  implements: 'implemented-by',
  'implemented-by': 'implements',
  'builds-on': 'built-on-by',
  'built-on-by': 'builds-on',
  'part-of': 'has-part',
  'has-part': 'part-of',
  'related-to': 'related-to',
};
export const PROGRESS_STATUSES = ['done', 'in-progress', 'ongoing', 'not-achieved', 'planned', 'unknown'] as const;
export const FLAG_KINDS = ['inconsistency', 'ambiguity', 'extraction', 'duplicate'] as const;

/**
 * How an initiative stands to an initiative of another (earlier) plan (1.2), said on the later one:
 * `continues` — carries that one on alone, perhaps reworded; `merged-from` — joins that one with at
 * least one other (one link per source); `split-from` — is one of at least two initiatives that carry
 * that one on; `replaces` — takes that one's place (another measure for the same aim, as the text says).
 */
export const INITIATIVE_LINK_TYPES = ['continues', 'merged-from', 'split-from', 'replaces'] as const;
export type InitiativeLinkType = (typeof INITIATIVE_LINK_TYPES)[number];

/**
 * What a document holds by design (1.2, `coverage.holds`): `aims` (visions, goals, values), `measures`
 * (initiatives), `targets` (measurable targets), `status` (progress on measures). A policy that holds
 * aims only has no initiatives by design; without `holds` nothing is said.
 */
export const HOLDS = ['aims', 'measures', 'targets', 'status'] as const;
export type Holds = (typeof HOLDS)[number];

/**
 * How a figure is bounded in the source (1.1), on indicator values and statistic rows. `value` is
 * the figure as printed; the qualifier says what the source says about it:
 * about "ca., omkring" · at-least "mindst" · at-most "højst, op til" · above "over, mere end" ·
 * below "under, mindre end" · just-above "lidt over" · just-below "knap, næsten".
 * A range ("20–25 %") is `value` (lower end) with `valueMax` (upper end); a range may only be `about`.
 */
export const QUALIFIERS = ['about', 'at-least', 'at-most', 'above', 'below', 'just-above', 'just-below'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * ISO 3166-1 alpha-2 country → the format of that country's own municipality codes. A municipality
 * without `country` is Danish (schema 1.0). Other countries take any code without surrounding spaces.
 */
export const MUNICIPALITY_CODE_FORMATS: Readonly<Record<string, { pattern: string; digits: number; name: string }>> = {
  DK: { pattern: '^\\d{3}$', digits: 3, name: 'kommunekode' },
  NO: { pattern: '^\\d{4}$', digits: 4, name: 'kommunenummer' },
  SE: { pattern: '^\\d{4}$', digits: 4, name: 'kommunkod' },
  FI: { pattern: '^\\d{3}$', digits: 3, name: 'kuntanumero' },
  IS: { pattern: '^\\d{4}$', digits: 4, name: 'sveitarfélagsnúmer' },
  DE: { pattern: '^\\d{8}$', digits: 8, name: 'Amtlicher Gemeindeschlüssel' },
};
export const DEFAULT_COUNTRY = 'DK';

/**
 * A well-formed BCP 47 language tag (RFC 5646 `langtag` with an ISO 639 language of two or three letters,
 * or private use): "da", "nb", "nn-NO", "en-GB", "sr-Latn-RS". Case-insensitive, as the RFC says.
 */
export const BCP47_PATTERN =
  '^[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\\d{3}))?(?:-(?:[A-Za-z\\d]{5,8}|\\d[A-Za-z\\d]{3}))*(?:-[A-WY-Za-wy-z\\d](?:-[A-Za-z\\d]{2,8})+)*(?:-[Xx](?:-[A-Za-z\\d]{1,8})+)?$|^[Xx](?:-[A-Za-z\\d]{1,8})+$';

/**
 * A date as precise as the source gives it, and a real calendar date: YYYY, YYYY-MM or YYYY-MM-DD
 * (2023-02-30 and 2012-13-45 are refused; 29 February only in leap years).
 */
export const CALENDAR_DATE_PATTERN =
  '^\\d{4}(?:-(?:0[1-9]|1[0-2]))?$' +
  '|^\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))$' +
  '|^(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29$';
