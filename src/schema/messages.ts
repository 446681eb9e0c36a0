/**
 * The validator's messages in English, each with a code so that a reader (the CLI, a preview page)
 * can say it in another language (`./localise.ts` has Danish). Kept small: the validator bundle
 * carries the English text only.
 *
 * Static messages are what the shape schema's checks say; templates take parameters.
 */

/** Fixed messages of the shape schema's checks (zod reports them as they are). */
export const STATIC = {
  notEmpty: 'must not be empty',
  notPadded: 'must not be empty or start or end with a space',
  slug: 'must be a lower-case slug (a-z, 0-9, single dashes)',
  yearMin: 'year must be 1900 or later',
  yearMax: 'year must be 2100 or earlier',
  ageMin: 'age must not be negative',
  ageMax: 'age must be 130 or less',
  httpUrl: 'must be an http(s) URL',
  quoteMin: 'quote must be at least 8 characters',
  quoteMax: 'quote must be one sentence or less (400 characters at most)',
  date: 'date must be a real calendar date: YYYY, YYYY-MM or YYYY-MM-DD',
  sourceFile: 'source file must be a .txt file name',
  oneMunicipality: 'at least one municipality',
  oneTheme: 'at least one theme',
  oneTrack: 'a plan needs at least one track',
  oneValue: 'an indicator needs at least one value',
  oneRow: 'a statistic needs at least one row',
  oneItem: 'must not be an empty list',
  finite: 'value must be a finite number',
  finiteMax: 'valueMax must be a finite number',
  positive: 'must be a positive number',
  schemaVersion: 'schemaVersion must be 1.x.y (this library reads schema 1)',
  language: 'language must be a BCP 47 language tag (e.g. "da", "nb", "en-GB")',
  country: 'country must be an ISO 3166-1 alpha-2 code in capitals (e.g. "DK", "NO")',
  protoKey: 'key "__proto__" is not allowed',
  periodOrder: 'period end must not be before start',
  ageOrder: 'age max must not be below min',
  rangeOrder: 'valueMax must be greater than value',
  rangeQualifier: 'a range (valueMax) can only be qualified as "about"',
  approximateConflict: '"approximate" contradicts "qualifier" (approximate means qualifier "about")',
  trackThemes: 'at least one theme (only a track of kind "formal" or "unknown" may have none)',
  trackThemesRequired: 'required: themes (only a track of kind "formal" or "unknown" may have none)',
  denominatorUnit: 'a denominator belongs to unit "rate"',
  selfRelation: 'a plan cannot relate to itself',
  selfLink: 'a link names another plan (the same measure printed twice in this plan is "sameAs")',
  selfSameAs: 'an initiative cannot be the same as itself',
  mergedFromOne:
    'a "merged-from" link needs at least one more "merged-from" link on the same initiative (a merge has two or more sources)',
  splitFromOne: 'a "split-from" link needs at least one more initiative of this plan split from the same initiative',
  holdsMeasures: 'coverage.holds says the document holds no measures, but it lists initiatives',
} as const;

export type StaticCode = keyof typeof STATIC;

/** What a duplicate or unknown id is the id of. */
export type Thing =
  | 'track'
  | 'target group'
  | 'initiative'
  | 'vision'
  | 'value'
  | 'guiding mark'
  | 'indicator'
  | 'statistic'
  | 'legal basis'
  | 'status update'
  | 'signatory'
  | 'municipality'
  | 'plan';

/** Parameters of the templated messages. */
export interface Templates {
  required: { expected: string };
  type: { expected: string; got: string };
  oneOf: { options: string; missing: boolean };
  unknownKeys: { keys: string[] };
  invalid: { code: string };
  yearOrder: { year: number; previous: number };
  duplicateValue: { kind: string; year: number; scope: string; municipality: string };
  codeFormat: { country: string; digits: number; name: string };
  duplicateId: { what: Thing; id: string };
  unknownRef: { what: Thing; id: string };
  keyUnit: { key: string; unit: string; otherUnit: string; other: string };
  keyScope: { key: string; scope: string; otherScope: string; other: string };
  relationInverse: { type: string; otherType: string; expected: string; other: string };
  notInCollection: { planId: string };
  sameAsSymmetric: { id: string; other: string };
  validatorFailed: { reason: string };
}

/** Problems of a JSON text, found by `./positions.ts` (not by the validator), with their parameters. */
export interface TextTemplates {
  jsonSyntax: { error: string };
  duplicateKey: { key: string };
  notJson: { reason: string };
}

export type TemplateCode = keyof Templates;
export type TextCode = keyof TextTemplates;
export type MessageCode = StaticCode | TemplateCode | TextCode;

const DIGITS: Record<number, string> = { 3: 'three', 4: 'four', 8: 'eight' };
const where = (p: { municipality: string; scope: string }): string =>
  [p.scope && `scope ${p.scope}`, p.municipality && `municipality ${p.municipality}`].filter(Boolean).join(', ');

/** The English templates. */
export const TEMPLATES: { [K in TemplateCode]: (p: Templates[K]) => string } = {
  required: (p) => `required (${p.expected} expected)`,
  type: (p) => `expected ${p.expected}, got ${p.got}`,
  oneOf: (p) => `${p.missing ? 'required; ' : ''}must be one of: ${p.options}`,
  unknownKeys: (p) => `unknown key(s): ${p.keys.join(', ')}`,
  invalid: (p) => `invalid (${p.code})`,
  yearOrder: (p) => `year series out of order: ${p.year} comes after ${p.previous}`,
  duplicateValue: (p) => `duplicate ${p.kind} value for ${p.year} (${where(p)})`,
  codeFormat: (p) =>
    `municipality code must be ${DIGITS[p.digits] ?? p.digits} digits (${p.name})` +
    (p.country === 'DK' ? '' : ` in ${p.country}`),
  duplicateId: (p) => `duplicate ${p.what} id "${p.id}"`,
  unknownRef: (p) => `unknown ${p.what} "${p.id}"`,
  keyUnit: (p) => `comparableKey "${p.key}" has unit "${p.unit}" here but "${p.otherUnit}" at ${p.other}`,
  keyScope: (p) => `comparableKey "${p.key}" has scope "${p.scope}" here but "${p.otherScope}" at ${p.other}`,
  relationInverse: (p) =>
    `relation "${p.type}" here, but the other plan says "${p.otherType}" at ${p.other} (expected "${p.expected}")`,
  notInCollection: (p) => `names plan "${p.planId}", which is not in this collection`,
  sameAsSymmetric: (p) => `"${p.other}" does not list "${p.id}" in its sameAs (sameAs goes both ways)`,
  validatorFailed: (p) => `validator failed: ${p.reason}`,
};

/** Static message text → its code (zod hands back the text of a check). */
const BY_TEXT = new Map<string, StaticCode>(Object.entries(STATIC).map(([k, v]) => [v, k as StaticCode]));

export function staticCode(message: string): StaticCode | undefined {
  return BY_TEXT.get(message);
}

/** The English message of a templated issue. */
export function render<K extends TemplateCode>(code: K, params: Templates[K]): string {
  return TEMPLATES[code](params);
}
