/**
 * Validation messages in Danish or English, from an issue's `code` and `params` (the validator
 * itself carries English only). For the CLI and a preview page; elements do not import this.
 */
import {
  STATIC,
  TEMPLATES,
  type StaticCode,
  type TemplateCode,
  type Templates,
  type TextCode,
  type TextTemplates,
  type Thing,
} from './messages.js';
import { TEXT_TEMPLATES } from './positions.js';
import { preview, toPointer, type PlanIssue } from './issues.js';

export type MessageLang = 'da' | 'en';
export const MESSAGE_LANGS: readonly MessageLang[] = ['da', 'en'];

const DA_STATIC: Record<StaticCode, string> = {
  notEmpty: 'må ikke være tom',
  notPadded: 'må ikke være tom eller begynde eller slutte med mellemrum',
  slug: 'skal være et id med små bogstaver (a-z, 0-9 og enkelte bindestreger)',
  yearMin: 'året skal være 1900 eller senere',
  yearMax: 'året skal være 2100 eller tidligere',
  ageMin: 'en alder kan ikke være negativ',
  ageMax: 'en alder skal være 130 eller mindre',
  httpUrl: 'skal være en http(s)-adresse',
  quoteMin: 'citatet skal være mindst 8 tegn',
  quoteMax: 'citatet må højst være én sætning (højst 400 tegn)',
  date: 'datoen skal være en rigtig kalenderdato: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD',
  sourceFile: 'kildefilen skal være et .txt-filnavn',
  oneMunicipality: 'mindst én kommune',
  oneTheme: 'mindst ét tema',
  oneTrack: 'en plan skal have mindst ét spor',
  oneValue: 'en indikator skal have mindst én værdi',
  oneRow: 'en statistik skal have mindst én række',
  oneItem: 'må ikke være en tom liste',
  finite: 'value skal være et endeligt tal',
  finiteMax: 'valueMax skal være et endeligt tal',
  positive: 'skal være et positivt tal',
  schemaVersion: 'schemaVersion skal være 1.x.y (dette bibliotek læser skema 1)',
  language: 'language skal være et BCP 47-sprogmærke (fx "da", "nb", "en-GB")',
  country: 'country skal være en ISO 3166-1 alpha-2-landekode med store bogstaver (fx "DK", "NO")',
  protoKey: 'nøglen "__proto__" er ikke tilladt',
  periodOrder: 'periodens slutår må ikke ligge før startåret',
  ageOrder: 'den højeste alder må ikke være lavere end den laveste',
  rangeOrder: 'valueMax skal være større end value',
  rangeQualifier: 'et interval (valueMax) kan kun have qualifier "about"',
  approximateConflict: '"approximate" modsiger "qualifier" (approximate betyder qualifier "about")',
  trackThemes: 'mindst ét tema (kun et spor af typen "formal" eller "unknown" må have ingen)',
  trackThemesRequired: 'påkrævet: themes (kun et spor af typen "formal" eller "unknown" må have ingen)',
  denominatorUnit: 'en nævner (denominator) hører til enheden "rate"',
  selfRelation: 'en plan kan ikke have en relation til sig selv',
  selfLink: 'et link peger på en anden plan (den samme indsats trykt to gange i denne plan er "sameAs")',
  selfSameAs: 'en indsats kan ikke være den samme som sig selv',
  mergedFromOne:
    'et "merged-from"-link kræver mindst ét "merged-from"-link mere på samme indsats (en sammenlægning har to eller flere kilder)',
  splitFromOne: 'et "split-from"-link kræver mindst én indsats mere i denne plan, der er udskilt fra samme indsats',
  holdsMeasures: 'coverage.holds siger, at dokumentet ikke indeholder indsatser, men det har indsatser',
};

const THINGS: Record<Thing, string> = {
  track: 'spor',
  'target group': 'målgruppe',
  initiative: 'indsats',
  vision: 'vision',
  value: 'værdi',
  'guiding mark': 'pejlemærke',
  indicator: 'indikator',
  statistic: 'statistik',
  'legal basis': 'lovgrundlag',
  'status update': 'statusopdatering',
  signatory: 'underskriver',
  municipality: 'kommune',
  plan: 'plan',
};

const TYPES: Record<string, string> = {
  string: 'tekst',
  number: 'tal',
  int: 'heltal',
  boolean: 'sand/falsk',
  object: 'objekt',
  array: 'liste',
  null: 'null',
  undefined: 'intet',
  record: 'objekt',
};
const type = (t: string) => TYPES[t] ?? t;

const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'uventet tegn',
  InvalidNumberFormat: 'ikke et gyldigt tal',
  PropertyNameExpected: 'en nøgle i dobbelte anførselstegn forventet (et komma for meget?)',
  ValueExpected: 'en værdi forventet (et komma for meget?)',
  ColonExpected: '":" forventet',
  CommaExpected: '"," forventet',
  CloseBraceExpected: '"}" forventet',
  CloseBracketExpected: '"]" forventet',
  EndOfFileExpected: 'slut på filen forventet',
  InvalidCommentToken: 'kommentarer er ikke tilladt',
  UnexpectedEndOfComment: 'kommentaren er ikke afsluttet',
  UnexpectedEndOfString: 'teksten er ikke afsluttet (mangler et ")',
  UnexpectedEndOfNumber: 'tallet er ikke færdigt',
  InvalidUnicode: 'ugyldig \\u-kode',
  InvalidEscapeCharacter: 'ugyldigt tegn efter \\',
  InvalidCharacter: 'et tegn der skal skrives med \\ i JSON (et linjeskift eller en tabulator?)',
};

const DIGITS: Record<number, string> = { 3: 'tre', 4: 'fire', 8: 'otte' };
const KINDS: Record<string, string> = { baseline: 'baseline', target: 'mål', actual: 'faktisk' };
const SCOPES: Record<string, string> = { municipal: 'kommunalt', regional: 'regionalt', national: 'nationalt' };

const DA_TEMPLATES: { [K in TemplateCode | TextCode]: (p: (Templates & TextTemplates)[K]) => string } = {
  required: (p) => `påkrævet (${type(p.expected)} forventet)`,
  type: (p) => `forventede ${type(p.expected)}, fik ${type(p.got)}`,
  oneOf: (p) => `${p.missing ? 'påkrævet; ' : ''}skal være en af: ${p.options}`,
  unknownKeys: (p) => `ukendt nøgle: ${p.keys.join(', ')}`,
  invalid: (p) => `ugyldig (${p.code})`,
  yearOrder: (p) => `årene står ikke i rækkefølge: ${p.year} kommer efter ${p.previous}`,
  duplicateValue: (p) =>
    `${KINDS[p.kind] ?? p.kind}-værdien for ${p.year} står to gange (` +
    [p.scope && `${SCOPES[p.scope] ?? p.scope} niveau`, p.municipality && `kommune ${p.municipality}`]
      .filter(Boolean)
      .join(', ') +
    ')',
  codeFormat: (p) =>
    `kommunekoden skal være ${DIGITS[p.digits] ?? p.digits} cifre` +
    (p.country === 'DK' ? '' : ` (${p.name}) i ${p.country}`),
  duplicateId: (p) => `${THINGS[p.what]}-id'et "${p.id}" står to gange`,
  unknownRef: (p) => `ukendt ${THINGS[p.what]} "${p.id}"`,
  keyUnit: (p) => `comparableKey "${p.key}" har enheden "${p.unit}" her, men "${p.otherUnit}" i ${p.other}`,
  keyScope: (p) => `comparableKey "${p.key}" har niveauet "${p.scope}" her, men "${p.otherScope}" i ${p.other}`,
  relationInverse: (p) =>
    `relationen "${p.type}" her, men den anden plan siger også "${p.otherType}" i ${p.other} (forventet "${p.expected}")`,
  notInCollection: (p) => `nævner planen "${p.planId}", som ikke er i denne samling`,
  sameAsSymmetric: (p) => `"${p.other}" har ikke "${p.id}" i sin sameAs (sameAs gælder begge veje)`,
  validatorFailed: (p) => `valideringen fejlede: ${p.reason}`,
  jsonSyntax: (p) => `ikke gyldig JSON: ${SYNTAX[p.error] ?? p.error}`,
  duplicateKey: (p) => `nøglen "${p.key}" står to gange i dette objekt (JSON beholder kun den sidste)`,
  notJson: (p) => `kan ikke læse JSON: ${p.reason}`,
};

function isStatic(code: string): code is StaticCode {
  return Object.prototype.hasOwnProperty.call(STATIC, code);
}
function isTemplate(code: string): code is TemplateCode | TextCode {
  return (
    Object.prototype.hasOwnProperty.call(TEMPLATES, code) || Object.prototype.hasOwnProperty.call(TEXT_TEMPLATES, code)
  );
}

/** The issue's message in `lang` (English is the issue's own message; an issue without a code keeps it). */
export function issueMessage(issue: PlanIssue, lang: MessageLang): string {
  const code = issue.code;
  if (lang === 'en' || code === undefined) return issue.message;
  if (isStatic(code)) return DA_STATIC[code];
  if (isTemplate(code) && issue.params) {
    try {
      const template = DA_TEMPLATES[code] as (p: unknown) => string;
      return template(issue.params);
    } catch {
      return issue.message;
    }
  }
  return issue.message;
}

const GOT: Record<MessageLang, string> = { da: 'værdi:', en: 'got' };

/** Problems of the text itself have no offending value to show. */
const TEXT_CODES = new Set(['jsonSyntax', 'notJson', 'duplicateKey']);

/** One line per issue, in `lang`: `/path: message (got value)`. */
export function formatIssueIn(issue: PlanIssue, lang: MessageLang, base: readonly (string | number)[] = []): string {
  const line = `${toPointer([...base, ...issue.path])}: ${issueMessage(issue, lang)}`;
  return issue.code && TEXT_CODES.has(issue.code) ? line : `${line} (${GOT[lang]} ${preview(issue.value)})`;
}
