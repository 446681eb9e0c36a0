/**
 * Spreadsheet import: a plan's initiatives as a CSV table (one row per initiative), plus the plan's
 * identity and tracks as a small JSON (the plan file without initiatives). Pure functions of the
 * texts, for the `npm run import` command and the preview page alike (no file system, no DOM).
 *
 * The CSV is read with papaparse (a well-kept, widely used parser that handles quoted fields with
 * separators, quotes and line breaks inside). Danish Excel writes `;` and may put a byte order mark
 * first; `,` and tab are read too. The separator is taken from the header row.
 *
 * Every problem names its CSV row (the header is row 1, as a spreadsheet numbers it; a row is one
 * initiative even when a cell holds a line break) and its column (the header name), and all of
 * them are reported at once. What the plan schema says about an initiative (an unknown status, a
 * missing quote, a track that does not exist) is said at the row and column it came from.
 */
import Papa from 'papaparse';
import { validatePlan } from '../schema/validate.js';
import type { PlanIssue } from '../schema/issues.js';
import type { Initiative, InitiativeLink, Plan } from '../schema/plan.js';

import {
  COLUMN_PATHS,
  CSV_COLUMNS,
  DELIMITERS,
  KIND_WORDS,
  LINK_COLUMNS,
  LINK_TYPE_WORDS,
  LIST_SEPARATOR,
  REQUIRED_COLUMNS,
  STATUS_WORDS,
  type CsvColumn,
  type Delimiter,
} from './csv-columns.js';
import type { CsvIssue } from './csv-messages.js';

export { CSV_COLUMNS, DELIMITERS, LINK_COLUMNS, LIST_SEPARATOR, REQUIRED_COLUMNS } from './csv-columns.js';
export type { CsvColumn, Delimiter } from './csv-columns.js';
export { csvIssueMessage, formatCsvIssue } from './csv-messages.js';
export type { CsvCode, CsvIssue } from './csv-messages.js';

/** The separator of the header row: the one of `;`, `,` and tab that it holds most often. */
export function detectDelimiter(text: string): Delimiter {
  const end = text.search(/\r?\n/);
  const header = end === -1 ? text : text.slice(0, end);
  let best: Delimiter = ';';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = header.split(d).length - 1;
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
}

/** A text cell a spreadsheet would run as a formula is written with a leading `'`; reading takes it off. */
const FORMULA_START = /^[=+\-@]/;
const unguard = (cell: string) => (cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell);
const guard = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** A text without `-`, `æøå` and the like: the id an empty `id` cell gets from the title. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const splitList = (cell: string) =>
  cell
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/**
 * The entries of a link cell, separated by `|` and trimmed, empty ones kept (they line up with the
 * links); `\|` is a `|` inside an entry, `\\` a backslash. An empty cell has no entries.
 */
export function splitEntries(cell: string): string[] {
  if (cell.trim() === '') return [];
  const entries: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    const next = cell[i + 1];
    if (c === '\\' && (next === LIST_SEPARATOR || next === '\\')) {
      current += next;
      i++;
    } else if (c === LIST_SEPARATOR) {
      entries.push(current.trim());
      current = '';
    } else current += c;
  }
  entries.push(current.trim());
  return entries;
}

/** The cell of link entries splitEntries reads back. */
function joinEntries(entries: readonly string[]): string {
  return entries.map((e) => e.replace(/[\\|]/g, (c) => `\\${c}`)).join(LIST_SEPARATOR);
}

/** `type:planId/initiativeId`, spaces around the parts allowed. */
const LINK_ENTRY = /^([^:/]+):([^:/]+)\/([^:/]+)$/;

export interface CsvRead {
  /** The rows as initiative documents (not yet validated), in row order. */
  initiatives: Record<string, unknown>[];
  /** Row number of each initiative (header = 1). */
  rows: number[];
  issues: CsvIssue[];
  delimiter: Delimiter;
  /** Whether the text started with a byte order mark. */
  bom: boolean;
}

/** Reads the initiatives table. Never throws; every problem is in `issues`. */
export function readInitiativesCsv(input: string): CsvRead {
  const bom = input.charCodeAt(0) === 0xfeff;
  const text = bom ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const issues: CsvIssue[] = [];
  const out: CsvRead = { initiatives: [], rows: [], issues, delimiter, bom };
  if (text.trim() === '') {
    issues.push({ row: 0, code: 'csvEmpty' });
    return out;
  }
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy', header: false });
  for (const e of parsed.errors) {
    // papaparse's row is 0-based over data rows incl. the header
    issues.push({ row: (e.row ?? -1) + 1, code: 'csvSyntax', params: { reason: e.message } });
  }
  const [head, ...body] = parsed.data;
  if (!head) {
    issues.push({ row: 0, code: 'csvEmpty' });
    return out;
  }
  const names = head.map((h) => h.trim().toLowerCase());
  const columns: (CsvColumn | undefined)[] = [];
  const seen = new Set<string>();
  names.forEach((name, i) => {
    const known = (CSV_COLUMNS as readonly string[]).includes(name) ? (name as CsvColumn) : undefined;
    if (!known) {
      if (name !== '') issues.push({ row: 1, column: head[i]!.trim(), code: 'csvUnknownColumn', params: { name } });
    } else if (seen.has(name)) issues.push({ row: 1, column: name, code: 'csvDuplicateColumn', params: { name } });
    columns.push(known && !seen.has(name) ? known : undefined);
    if (known) seen.add(name);
  });
  for (const name of REQUIRED_COLUMNS)
    if (!seen.has(name)) issues.push({ row: 1, column: name, code: 'csvMissingColumn', params: { name } });

  const usedIds = new Set<string>();
  const rowsWithCells = body.map((cells, k) => ({ cells, row: k + 2 }));
  // ids typed in the file come first, so an id made from a title does not take one of them
  for (const { cells } of rowsWithCells) {
    const i = columns.indexOf('id');
    const id = i === -1 ? '' : (cells[i] ?? '').trim();
    if (id) usedIds.add(id);
  }
  for (const { cells, row } of rowsWithCells) {
    if (
      cells.length !== head.length &&
      !(cells.length > head.length && cells.slice(head.length).every((c) => !c.trim()))
    )
      issues.push({ row, code: 'csvFieldCount', params: { got: cells.length, expected: head.length } });
    const cell = (name: CsvColumn): string => {
      const i = columns.indexOf(name);
      return i === -1 ? '' : unguard((cells[i] ?? '').trim());
    };
    const doc: Record<string, unknown> = {};
    let id = cell('id');
    if (!id) {
      const base = slugify(cell('title')) || `initiative-${row}`;
      id = base;
      for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
      usedIds.add(id);
    }
    doc['id'] = id;
    doc['title'] = cell('title');
    if (cell('description')) doc['description'] = cell('description');
    doc['trackId'] = cell('track');
    const goal = { text: cell('policy_goal'), section: cell('policy_goal_section'), quote: cell('policy_goal_quote') };
    if (goal.text || goal.section || goal.quote)
      doc['policyGoal'] = { text: goal.text, provenance: { section: goal.section, quote: goal.quote } };
    const kind = cell('kind');
    if (kind) doc['kind'] = KIND_WORDS[kind.toLowerCase()] ?? kind;
    const status = cell('status');
    doc['status'] = STATUS_WORDS[status.toLowerCase()] ?? status;
    if (cell('target_groups')) doc['targetGroupIds'] = splitList(cell('target_groups'));
    const ages: Record<string, number> = {};
    for (const [name, key] of [
      ['age_min', 'min'],
      ['age_max', 'max'],
    ] as const) {
      const v = cell(name);
      if (!v) continue;
      if (/^\d+$/.test(v)) ages[key] = Number(v);
      else issues.push({ row, column: name, code: 'csvInteger', value: v });
    }
    if (Object.keys(ages).length) doc['ages'] = ages;
    if (cell('partners')) doc['partners'] = splitList(cell('partners'));
    doc['themes'] = splitList(cell('themes'));
    doc['provenance'] = { section: cell('section'), quote: cell('quote') };
    const links = readLinks(row, (name) => cell(name), issues);
    if (links.length) doc['links'] = links;
    if (cell('same_as')) doc['sameAs'] = splitList(cell('same_as'));
    out.initiatives.push(doc);
    out.rows.push(row);
  }
  return out;
}

/** The links of a row from its four link cells; a malformed entry or a misaligned cell is an issue. */
function readLinks(
  row: number,
  cell: (name: (typeof LINK_COLUMNS)[number]) => string,
  issues: CsvIssue[],
): Record<string, unknown>[] {
  const entries = splitEntries(cell('links'));
  const parallel = (name: 'link_sections' | 'link_quotes' | 'link_notes'): string[] => {
    const parts = splitEntries(cell(name));
    if (parts.length === 0 || parts.length === entries.length) return parts;
    issues.push({
      row,
      column: name,
      code: 'csvLinkCount',
      params: { got: parts.length, expected: entries.length },
      value: cell(name),
    });
    return [];
  };
  const sections = parallel('link_sections');
  const quotes = parallel('link_quotes');
  const notes = parallel('link_notes');
  const links: Record<string, unknown>[] = [];
  entries.forEach((entry, k) => {
    const m = LINK_ENTRY.exec(entry);
    if (!m) {
      issues.push({ row, column: 'links', code: 'csvLink', params: { entry: k + 1 }, value: entry });
      return;
    }
    const type = m[1]!.trim();
    const link: Record<string, unknown> = {
      type: LINK_TYPE_WORDS[type.toLowerCase().replace(/\s+/g, '-')] ?? type,
      planId: m[2]!.trim(),
      initiativeId: m[3]!.trim(),
    };
    const section = sections[k] ?? '';
    const quote = quotes[k] ?? '';
    if (section || quote) link['provenance'] = { section, quote };
    if (notes[k]) link['note'] = notes[k];
    links.push(link);
  });
  return links;
}

/** The CSV column a path below an initiative came from. */
function columnOf(path: readonly (string | number)[]): CsvColumn | undefined {
  let best: CsvColumn | undefined;
  let bestLength = -1;
  for (const name of CSV_COLUMNS) {
    const p = COLUMN_PATHS[name];
    const n = p.length;
    const fits = (seg: string, i: number) => (seg === '*' ? typeof path[i] === 'number' : seg === path[i]);
    if (n <= path.length && p.every(fits) && n > bestLength) {
      best = name;
      bestLength = n;
    }
  }
  if (best) return best;
  // a missing object (ages, provenance, policyGoal): the first column of it
  const head = path[0];
  return CSV_COLUMNS.find((name) => COLUMN_PATHS[name][0] === head);
}

export interface ImportResult {
  /** The plan, when the identity JSON and every row are valid. */
  plan?: Plan;
  /** The plan document as put together (also when invalid), for writing or showing. */
  document?: Record<string, unknown>;
  /** Problems at a CSV row and column. */
  csvIssues: CsvIssue[];
  /** Problems of the plan JSON (paths into that file), everything not about a CSV row. */
  planIssues: PlanIssue[];
  read: CsvRead;
}

/**
 * Puts a plan together from its identity (the parsed plan JSON, without initiatives) and the
 * initiatives CSV, and validates it. The initiatives go where the JSON has `initiatives` (or after
 * `tracks`).
 */
export function importPlan(identity: unknown, csvText: string): ImportResult {
  const read = readInitiativesCsv(csvText);
  const csvIssues = [...read.issues];
  const planIssues: PlanIssue[] = [];
  if (identity === null || typeof identity !== 'object' || Array.isArray(identity)) {
    const r = validatePlan(identity);
    return { csvIssues, planIssues: r.ok ? [] : r.issues, read };
  }
  const source = identity as Record<string, unknown>;
  const given = source['initiatives'];
  if (Array.isArray(given) && given.length > 0)
    csvIssues.push({ row: 0, code: 'csvInitiativesInJson', params: { count: given.length } });
  const document: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'initiatives') document[key] = read.initiatives;
    else document[key] = value;
    if (key === 'tracks' && !('initiatives' in source)) document['initiatives'] = read.initiatives;
  }
  if (!('initiatives' in document)) document['initiatives'] = read.initiatives;
  const result = validatePlan(document);
  if (!result.ok)
    for (const issue of result.issues) {
      const [head, index, ...rest] = issue.path;
      if (head === 'initiatives' && typeof index === 'number' && read.rows[index] !== undefined) {
        csvIssues.push({
          row: read.rows[index]!,
          column: columnOf(rest),
          code: issue.code,
          issue: { ...issue, path: rest },
          value: issue.value,
        });
      } else planIssues.push(issue);
    }
  csvIssues.sort(
    (a, b) => a.row - b.row || CSV_COLUMNS.indexOf(a.column as CsvColumn) - CSV_COLUMNS.indexOf(b.column as CsvColumn),
  );
  const ok = result.ok && read.issues.length === 0 && csvIssues.length === 0;
  return { ...(ok ? { plan: result.plan } : {}), document, csvIssues, planIssues, read };
}

/** The plan file without initiatives (`initiatives: []`): the identity half of the import. */
export function identityOf(plan: Plan): Record<string, unknown> {
  return { ...plan, initiatives: [] };
}

export interface CsvWriteOptions {
  delimiter?: Delimiter;
  /** Put a byte order mark first, so that Excel reads the file as UTF-8 (default true). */
  bom?: boolean;
}

/** An initiative as a row of cells, in CSV_COLUMNS order. */
function cellsOf(initiative: Initiative): string[] {
  const list = (items?: readonly string[]) => (items ?? []).join(LIST_SEPARATOR);
  const links = initiative.links ?? [];
  const parallel = (field: (link: InitiativeLink) => string | undefined) =>
    links.some((l) => field(l) !== undefined) ? joinEntries(links.map((l) => field(l) ?? '')) : '';
  const values: Record<CsvColumn, string> = {
    id: initiative.id,
    track: initiative.trackId,
    title: initiative.title,
    description: initiative.description ?? '',
    kind: initiative.kind ?? '',
    status: initiative.status,
    target_groups: list(initiative.targetGroupIds),
    age_min: initiative.ages?.min === undefined ? '' : String(initiative.ages.min),
    age_max: initiative.ages?.max === undefined ? '' : String(initiative.ages.max),
    partners: list(initiative.partners),
    themes: list(initiative.themes),
    section: initiative.provenance.section,
    quote: initiative.provenance.quote,
    policy_goal: initiative.policyGoal?.text ?? '',
    policy_goal_section: initiative.policyGoal?.provenance.section ?? '',
    policy_goal_quote: initiative.policyGoal?.provenance.quote ?? '',
    same_as: list(initiative.sameAs),
    links: joinEntries(links.map((l) => `${l.type}:${l.planId}/${l.initiativeId}`)),
    // a column is empty when no link has the field, so a reader sees only what is there
    link_sections: parallel((l) => l.provenance?.section),
    link_quotes: parallel((l) => l.provenance?.quote),
    link_notes: parallel((l) => l.note),
  };
  return CSV_COLUMNS.map((name) => guard(values[name]));
}

/** Writes initiatives as the CSV the import reads (CRLF line ends, `;` and a BOM by default, for Danish Excel). */
export function initiativesToCsv(initiatives: readonly Initiative[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ';';
  const text = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: initiatives.map(cellsOf) },
    { delimiter, newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return `${options.bom === false ? '' : '\uFEFF'}${text.replace(/(?:\r\n)+$/, '')}\r\n`;
}

/**
 * The text line (1-based) on which each CSV row starts, by row number (header = 1), for a view of the
 * file with line numbers. A line break inside a quoted cell does not start a row; blank lines are skipped
 * as the reader skips them. `text` without its byte order mark.
 */
export function rowLines(text: string): number[] {
  const starts: number[] = [0, 0]; // index 0 unused; row 1 is found below
  let line = 1;
  let quoted = false;
  let rowStarted = false;
  let row = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!rowStarted && !quoted && atLineStart) {
      // a row starts at the first line that is not blank
      const end = text.indexOf('\n', i);
      const content = text.slice(i, end === -1 ? undefined : end);
      if (content.trim() !== '') {
        row++;
        starts[row] = line;
        rowStarted = true;
      }
    }
    atLineStart = false;
    if (c === '"') quoted = !quoted;
    else if (c === '\n') {
      line++;
      atLineStart = true;
      if (!quoted) rowStarted = false;
    }
  }
  return starts;
}
