/**
 * plan-compare-validate: validate plan files against the plan schema.
 *
 * Every problem of every file at once, each as `file:line:column /json/path: message (got value)`,
 * in Danish (default) or English (`--lang en`). The files given form one collection, so problems
 * between plans are found too (one comparableKey with two units, two plans superseding each other);
 * such a problem also names the other place. Exit 1 when any file has a problem, 2 on bad usage.
 * A remark (a relation naming a plan that is not among the files) is printed and does not fail.
 * The executable is bin/plan-compare-validate.mjs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ID_PATTERN, placeholders, scaffoldPlan } from './scaffold.js';
import { validateCollection, validatePlan, documentsOf } from '../schema/validate.js';
import { toPointer, type PlanIssue } from '../schema/issues.js';
import { parseJson, issuePosition, type JsonText, type TextPosition } from '../schema/positions.js';
import { formatIssueIn, MESSAGE_LANGS, type MessageLang } from '../schema/localise.js';
import type { Plan } from '../schema/plan.js';

export interface CliOptions {
  lang?: MessageLang;
}

const WORDS = {
  da: {
    problems: (n: number) => `${n} ${n === 1 ? 'problem' : 'problemer'}`,
    ok: (p: Plan) => `${p.id}: ${p.tracks.length} spor, ${p.initiatives.length} indsatser`,
    see: 'se',
    note: 'BEMÆRK',
    cannotRead: 'kan ikke læse filen',
    placeholder: 'skal udfyldes (pladsholder fra "new")',
    wrote: (file: string, n: number) =>
      `skrev ${file}: ${n} pladsholdere ("TODO: …") skal udfyldes, og "initiatives" er tom. Kør plan-compare-validate ${file} for at se dem med linje og kolonne.`,
    exists: (file: string) => `${file} findes allerede; vælg et andet id, eller flyt filen`,
    badId: 'id skal være med små bogstaver (a-z, 0-9 og enkelte bindestreger), fx "aabenraa-2022-2024"',
  },
  en: {
    problems: (n: number) => `${n} problem${n === 1 ? '' : 's'}`,
    ok: (p: Plan) => `${p.id}: ${p.tracks.length} tracks, ${p.initiatives.length} initiatives`,
    see: 'see',
    note: 'NOTE',
    cannotRead: 'cannot read the file',
    placeholder: 'still to be filled in (a placeholder from "new")',
    wrote: (file: string, n: number) =>
      `wrote ${file}: ${n} placeholders ("TODO: …") to fill in, and "initiatives" is empty. Run plan-compare-validate ${file} to list them with line and column.`,
    exists: (file: string) => `${file} exists already; choose another id or move the file`,
    badId: 'the id must be lower-case letters, digits and single hyphens, e.g. "aabenraa-2022-2024"',
  },
};

/** One plan of one file: where it is in the file, and what became of it. */
interface Entry {
  file: number;
  base: (string | number)[];
  plan?: Plan;
}

interface FileState {
  name: string;
  json?: JsonText;
  /** Problems with a position, in the order they will be printed. */
  lines: { position: TextPosition; text: string; related?: string }[];
  notes: { position: TextPosition; text: string }[];
  plans: Plan[];
}

/**
 * Validates the files as one collection and logs the result. Returns the number of files with a
 * problem (0: all valid).
 */
export function validateFiles(files: readonly string[], log: (line: string) => void, options: CliOptions = {}): number {
  const lang = options.lang ?? 'da';
  const w = WORDS[lang];
  const states: FileState[] = files.map((name) => ({ name, lines: [], notes: [], plans: [] }));
  const entries: Entry[] = [];

  const at = (state: FileState, position: TextPosition) => `${state.name}:${position.line}:${position.column}`;
  const add = (state: FileState, issue: PlanIssue, base: (string | number)[], position: TextPosition) =>
    state.lines.push({ position, text: `${at(state, position)} ${formatIssueIn(issue, lang, base)}` });

  states.forEach((state, fileIndex) => {
    let text: string;
    try {
      text = readFileSync(state.name, 'utf8');
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      state.lines.push({
        position: { line: 0, column: 0, offset: 0, length: 0 },
        text: `${state.name}: ${w.cannotRead}: ${reason}`,
      });
      return;
    }
    const parsed = parseJson(text);
    state.json = parsed.json;
    for (const p of parsed.problems) add(state, p, [], p.position);
    if (!parsed.ok) return;
    const { docs, base } = documentsOf(parsed.value);
    docs.forEach((doc, k) => {
      const docBase = Array.isArray(parsed.value) || base.length ? [...base, k] : [];
      const r = validatePlan(doc);
      const entry: Entry = { file: fileIndex, base: docBase };
      if (r.ok) entry.plan = r.plan;
      else for (const issue of r.issues) add(state, issue, docBase, issuePosition(parsed.json, issue, docBase));
      // Values still to be written (a file from `new`): listed, where the schema did not already say so.
      const said = new Set(r.ok ? [] : r.issues.map((i) => toPointer(i.path)));
      for (const path of placeholders(doc)) {
        if (said.has(toPointer(path))) continue;
        const issue: PlanIssue = { path, message: w.placeholder, value: valueAtPath(doc, path) };
        const position = issuePosition(parsed.json, issue, docBase);
        state.lines.push({
          position,
          text: `${at(state, position)} ${toPointer([...docBase, ...path])}: ${w.placeholder}: ${String(issue.value)}`,
        });
      }
      entries.push(entry);
    });
  });

  // The valid plans of all files as one collection: problems between plans.
  const valid = entries.filter((e): e is Entry & { plan: Plan } => e.plan !== undefined);
  const collection = validateCollection(valid.map((e) => e.plan));
  const place = (index: number, issue: PlanIssue) => {
    const entry = valid[index]!;
    const state = states[entry.file]!;
    const position = issuePosition(state.json!, issue, entry.base);
    return { entry, state, position };
  };
  const relatedText = (issue: PlanIssue): string | undefined => {
    if (!issue.related) return undefined;
    const { entry, state, position } = place(issue.related.index, {
      ...issue,
      path: issue.related.path,
      code: undefined,
    });
    return `${w.see} ${at(state, position)} ${toPointer([...entry.base, ...issue.related.path])}`;
  };
  const rejected = new Set<number>();
  for (const r of collection.rejected) {
    rejected.add(r.index);
    for (const issue of r.issues) {
      const { entry, state, position } = place(r.index, issue);
      state.lines.push({
        position,
        text: `${at(state, position)} ${formatIssueIn(issue, lang, entry.base)}`,
        related: relatedText(issue),
      });
    }
  }
  for (const n of collection.notes ?? [])
    for (const issue of n.issues) {
      const { entry, state, position } = place(n.index, issue);
      state.notes.push({
        position,
        text: `${w.note} ${at(state, position)} ${formatIssueIn(issue, lang, entry.base)}`,
      });
    }
  valid.forEach((e, i) => {
    if (!rejected.has(i)) states[e.file]!.plans.push(e.plan);
  });

  let failed = 0;
  for (const state of states) {
    const byPosition = (a: { position: TextPosition }, b: { position: TextPosition }) =>
      a.position.offset - b.position.offset;
    if (state.lines.length === 0) {
      const summary = state.plans.map(w.ok).join('; ');
      log(`OK   ${state.name}${summary ? ` (${summary})` : ''}`);
    } else {
      failed++;
      log(`FAIL ${state.name} (${w.problems(state.lines.length)})`);
      for (const line of [...state.lines].sort(byPosition)) {
        log(`  ${line.text}`);
        if (line.related) log(`    ${line.related}`);
      }
    }
    for (const note of [...state.notes].sort(byPosition)) log(`  ${note.text}`);
  }
  return failed;
}

const valueAtPath = (doc: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
    doc,
  );

/** `new <id>`: writes `<id>.json` to fill in (see ./scaffold.ts). */
export function newPlanFile(
  id: string,
  lang: MessageLang,
  out: (line: string) => void,
  err: (line: string) => void,
): number {
  const w = WORDS[lang];
  if (!ID_PATTERN.test(id)) {
    err(w.badId);
    return 2;
  }
  const file = `${id}.json`;
  if (existsSync(file)) {
    err(w.exists(file));
    return 1;
  }
  const doc = scaffoldPlan(id);
  writeFileSync(file, JSON.stringify(doc, null, 2) + '\n');
  out(w.wrote(file, placeholders(doc).length));
  return 0;
}

export const USAGE = `usage: plan-compare-validate [--lang da|en] <plan.json> [more.json …]
       plan-compare-validate [--lang da|en] new <plan-id>

Validates plan files (one plan, an array of plans, or { "plans": [...] } per file) against the plan
schema. The files given are checked as one collection. Each problem is printed as
file:line:column /json/path: message (got value). Messages are in Danish by default; --lang en
gives English. Exit status: 0 all valid, 1 a problem, 2 bad usage.

new <plan-id> writes <plan-id>.json in this folder: $schema, the fields every plan needs, and
"TODO: …" hints where the values go (the validator lists each until it is filled in).`;

/** The command line: arguments in, exit status out. */
export function runCli(args: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
  let lang: MessageLang = 'da';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') {
      out(USAGE);
      return 0;
    }
    const value = arg === '--lang' ? args[++i] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      if (!MESSAGE_LANGS.some((l) => l === value)) {
        err(`--lang must be one of: ${MESSAGE_LANGS.join(', ')}\n${USAGE}`);
        return 2;
      }
      lang = value as MessageLang;
    } else if (arg.startsWith('--') && arg !== '--') {
      err(`unknown option ${arg}\n${USAGE}`);
      return 2;
    } else if (arg !== '--') files.push(arg);
  }
  if (files[0] === 'new') {
    if (files.length !== 2) {
      err(USAGE);
      return 2;
    }
    return newPlanFile(files[1]!, lang, out, err);
  }
  if (files.length === 0) {
    err(USAGE);
    return 2;
  }
  return validateFiles(files, out, { lang }) ? 1 : 0;
}
