/**
 * plan-compare import: a plan JSON (identity and tracks, no initiatives) + an initiatives CSV → one
 * validated plan file. `npm run import -- plan.json initiatives.csv [-o out.json] [--lang en]`.
 * Problems of the CSV are printed as `file: row N, column name: message`; problems of the JSON as
 * `file:line:column /path: message`, all at once. Exit 0 written (or printed), 1 a problem, 2 bad usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { importPlan, formatCsvIssue } from '../import/csv.js';
import { parseJson, issuePosition } from '../schema/positions.js';
import { formatIssueIn, MESSAGE_LANGS, type MessageLang } from '../schema/localise.js';

export const IMPORT_USAGE = `usage: npm run import -- [--lang da|en] <plan.json> <initiatives.csv> [-o out.json]

Puts a plan together from its identity and tracks (plan.json, with "initiatives": [] or none) and a
table of initiatives (CSV with ; , or tab, a byte order mark allowed; see docs/templates), validates it
and writes it to out.json (or prints it). Every problem is printed with its CSV row and column or its
JSON line and column. Exit status: 0 written, 1 a problem, 2 bad usage.`;

const WORDS = {
  da: {
    problems: (n: number) => `${n} ${n === 1 ? 'problem' : 'problemer'}`,
    wrote: (file: string, n: number) => `skrev ${file} (${n} indsatser)`,
    cannotRead: 'kan ikke læse filen',
  },
  en: {
    problems: (n: number) => `${n} problem${n === 1 ? '' : 's'}`,
    wrote: (file: string, n: number) => `wrote ${file} (${n} initiatives)`,
    cannotRead: 'cannot read the file',
  },
};

export function runImport(args: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
  let lang: MessageLang = 'da';
  let output: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') {
      out(IMPORT_USAGE);
      return 0;
    }
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? args[++i] : arg.slice('--lang='.length);
      if (!MESSAGE_LANGS.some((l) => l === value)) {
        err(`--lang must be one of: ${MESSAGE_LANGS.join(', ')}\n${IMPORT_USAGE}`);
        return 2;
      }
      lang = value as MessageLang;
    } else if (arg === '-o' || arg === '--out') {
      output = args[++i];
      if (!output) {
        err(IMPORT_USAGE);
        return 2;
      }
    } else if (arg.startsWith('-') && arg !== '--') {
      err(`unknown option ${arg}\n${IMPORT_USAGE}`);
      return 2;
    } else if (arg !== '--') files.push(arg);
  }
  if (files.length !== 2) {
    err(IMPORT_USAGE);
    return 2;
  }
  const w = WORDS[lang];
  const [planFile, csvFile] = files as [string, string];
  const texts: string[] = [];
  for (const file of files) {
    try {
      texts.push(readFileSync(file, 'utf8'));
    } catch (e) {
      err(`${file}: ${w.cannotRead}: ${e instanceof Error ? e.message : String(e)}`);
      return 1;
    }
  }
  const parsed = parseJson(texts[0]!);
  const lines: string[] = [];
  for (const p of parsed.problems)
    lines.push(`${planFile}:${p.position.line}:${p.position.column} ${formatIssueIn(p, lang)}`);
  if (!parsed.ok) {
    err(`FAIL ${planFile} (${w.problems(lines.length)})`);
    for (const line of lines) err(`  ${line}`);
    return 1;
  }
  const result = importPlan(parsed.value, texts[1]!);
  for (const issue of result.planIssues) {
    const position = issuePosition(parsed.json, issue);
    lines.push(`${planFile}:${position.line}:${position.column} ${formatIssueIn(issue, lang)}`);
  }
  for (const issue of result.csvIssues) lines.push(`${csvFile}: ${formatCsvIssue(issue, lang)}`);
  if (lines.length || !result.plan) {
    err(`FAIL ${csvFile} + ${planFile} (${w.problems(lines.length)})`);
    for (const line of lines) err(`  ${line}`);
    return 1;
  }
  const json = JSON.stringify(result.document, null, 2) + '\n';
  if (output) {
    writeFileSync(output, json);
    out(w.wrote(output, result.plan.initiatives.length));
  } else out(json.trimEnd());
  return 0;
}
