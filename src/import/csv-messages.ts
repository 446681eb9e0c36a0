/** The problems of a CSV file found before the plan schema looks at its rows, and how they read in Danish and English. */
import { issueMessage, type MessageLang } from '../schema/localise.js';
import { preview, type PlanIssue } from '../schema/issues.js';
import { CSV_COLUMNS } from './csv-columns.js';

/** Problems of the CSV itself (before the plan schema looks at the rows). */
export type CsvCode =
  | 'csvEmpty'
  | 'csvSyntax'
  | 'csvUnknownColumn'
  | 'csvMissingColumn'
  | 'csvDuplicateColumn'
  | 'csvFieldCount'
  | 'csvInteger'
  | 'csvLink'
  | 'csvLinkCount'
  | 'csvInitiativesInJson';

/** One problem at a CSV row and column (`column` is the header name; absent for a whole row or file). */
export interface CsvIssue {
  /** Row as a spreadsheet numbers it: the header is row 1, the first initiative row 2; 0 = the file. */
  row: number;
  column?: string;
  /** A CSV problem (`CsvCode`) or the plan schema's issue for this cell. */
  code?: string;
  params?: Record<string, unknown>;
  /** The plan schema's issue, when the problem is one the schema found. */
  issue?: PlanIssue;
  value?: unknown;
}

const CSV_MESSAGES: Record<MessageLang, Record<CsvCode, (p: Record<string, unknown>) => string>> = {
  da: {
    csvEmpty: () => 'filen er tom: første række skal være kolonnenavnene',
    csvSyntax: (p) => `CSV-filen kan ikke læses her: ${String(p['reason'])}`,
    csvUnknownColumn: (p) => `ukendt kolonne "${String(p['name'])}" (kolonnerne er: ${CSV_COLUMNS.join(', ')})`,
    csvMissingColumn: (p) => `kolonnen "${String(p['name'])}" mangler i første række`,
    csvDuplicateColumn: (p) => `kolonnen "${String(p['name'])}" står to gange i første række`,
    csvFieldCount: (p) => `rækken har ${String(p['got'])} celler, første række har ${String(p['expected'])}`,
    csvInteger: () => 'skal være et helt tal (fx 15) eller tom',
    csvLink: (p) =>
      `henvisning nr. ${String(p['entry'])} skal skrives type:plan-id/indsats-id, fx continues:aabenraa-2021/klassebesoeg-fra-ssp (type: continues/fortsætter, merged-from/sammenlagt-fra, split-from/udskilt-fra, replaces/erstatter); flere adskilles af |`,
    csvLinkCount: (p) =>
      `har ${String(p['got'])} dele adskilt af |, men kolonnen links har ${String(p['expected'])} henvisninger: én del pr. henvisning i samme rækkefølge (tom for en henvisning uden), eller lad cellen være tom`,
    csvInitiativesInJson: (p) =>
      `plan-filen har allerede ${String(p['count'])} indsatser; indsatserne skal stå i CSV-filen (fjern dem fra JSON-filen eller lad "initiatives" være [])`,
  },
  en: {
    csvEmpty: () => 'the file is empty: the first row must be the column names',
    csvSyntax: (p) => `cannot read the CSV here: ${String(p['reason'])}`,
    csvUnknownColumn: (p) => `unknown column "${String(p['name'])}" (the columns are: ${CSV_COLUMNS.join(', ')})`,
    csvMissingColumn: (p) => `column "${String(p['name'])}" is missing from the first row`,
    csvDuplicateColumn: (p) => `column "${String(p['name'])}" appears twice in the first row`,
    csvFieldCount: (p) => `the row has ${String(p['got'])} cells, the first row has ${String(p['expected'])}`,
    csvInteger: () => 'must be a whole number (e.g. 15) or empty',
    csvLink: (p) =>
      `link ${String(p['entry'])} must be written type:planId/initiativeId, e.g. continues:aabenraa-2021/klassebesoeg-fra-ssp (type: continues, merged-from, split-from or replaces); several are separated by |`,
    csvLinkCount: (p) =>
      `has ${String(p['got'])} entries separated by |, but the links column has ${String(p['expected'])} links: one entry per link in the same order (empty for a link without one), or leave the cell empty`,
    csvInitiativesInJson: (p) =>
      `the plan file already has ${String(p['count'])} initiatives; the initiatives belong in the CSV file (remove them from the JSON file or leave "initiatives" as [])`,
  },
};

const WORDS = {
  da: { row: 'række', column: 'kolonne', file: 'filen', got: 'værdi:' },
  en: { row: 'row', column: 'column', file: 'the file', got: 'got' },
};

/** The message of a CSV issue in `lang`. */
export function csvIssueMessage(issue: CsvIssue, lang: MessageLang): string {
  if (issue.issue) return issueMessage(issue.issue, lang);
  const template = CSV_MESSAGES[lang][issue.code as CsvCode];
  return template ? template(issue.params ?? {}) : String(issue.code);
}

/** One line: `række 4, kolonne status: … (værdi: "x")`. */
export function formatCsvIssue(issue: CsvIssue, lang: MessageLang): string {
  const w = WORDS[lang];
  const where =
    issue.row === 0 ? w.file : `${w.row} ${issue.row}${issue.column ? `, ${w.column} ${issue.column}` : ''}`;
  const shown = issue.value !== undefined && issue.value !== '' ? ` (${w.got} ${preview(issue.value)})` : '';
  return `${where}: ${csvIssueMessage(issue, lang)}${shown}`;
}
