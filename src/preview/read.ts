/**
 * The preview page's reading of the files a person drops: plan JSON files (one plan, an array or
 * `{ plans: [...] }`), or one plan JSON (identity and tracks) with an initiatives CSV. Pure: texts
 * in, messages with file, line and column out, and the valid plans; nothing leaves the machine.
 * Messages are said in Danish or English when shown (`text(lang)`), so a language switch needs no
 * second reading.
 */
import { documentsOf, validateCollection, validatePlan } from '../schema/validate.js';
import { issuePosition, parseJson, stripBom, type JsonText } from '../schema/positions.js';
import { formatIssueIn, type MessageLang } from '../schema/localise.js';
import { toPointer, type PlanIssue } from '../schema/issues.js';
import { formatCsvIssue, importPlan, rowLines } from '../import/csv.js';
import type { Plan } from '../schema/plan.js';

export interface PreviewFile {
  name: string;
  text: string;
}

export interface ShownFile {
  name: string;
  /** The text as shown (without a byte order mark). */
  text: string;
  kind: 'json' | 'csv' | 'other';
}

export interface PreviewMessage {
  /** Index in `files`. */
  file: number;
  /** 1-based line of the file the message is about (0: the whole file). */
  line: number;
  column?: number;
  /** A remark that does not make the plan invalid. */
  note?: boolean;
  text: (lang: MessageLang) => string;
}

export interface PreviewResult {
  files: ShownFile[];
  messages: PreviewMessage[];
  /** The valid plans of the files (a CSV import gives one). */
  plans: Plan[];
  /** Where each valid plan came from: the file index and, for a collection file, the path of the plan in it. */
  origins: { file: number; base: (string | number)[]; json?: JsonText }[];
}

const SAY = {
  da: {
    unknownFile: 'ikke en plan-fil (.json) eller en CSV-fil med indsatser (.csv)',
    csvNeedsJson:
      'en CSV-fil med indsatser skal vælges sammen med netop én plan-fil (JSON) med planens identitet og spor',
    noPlan: 'filen indeholder ingen plan',
    duplicateSeed: (id: string) =>
      `id'et "${id}" er allerede brugt af en af de medfølgende planer: giv planen sit eget id`,
  },
  en: {
    unknownFile: 'not a plan file (.json) or an initiatives CSV file (.csv)',
    csvNeedsJson:
      'an initiatives CSV file goes with exactly one plan file (JSON) holding the plan’s identity and tracks',
    noPlan: 'the file holds no plan',
    duplicateSeed: (id: string) =>
      `the id "${id}" is already used by one of the bundled plans: give the plan its own id`,
  },
};

function kindOf(file: PreviewFile): ShownFile['kind'] {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || name.endsWith('.tsv') || name.endsWith('.txt')) return 'csv';
  if (name.endsWith('.json')) return 'json';
  const start = stripBom(file.text).trimStart()[0];
  return start === '{' || start === '[' ? 'json' : 'other';
}

/** Reads the dropped files: every problem with its place, and the valid plans. */
export function readFiles(input: readonly PreviewFile[]): PreviewResult {
  const files: ShownFile[] = input.map((f) => ({ name: f.name, text: stripBom(f.text), kind: kindOf(f) }));
  const messages: PreviewMessage[] = [];
  const plans: Plan[] = [];
  const origins: PreviewResult['origins'] = [];
  const jsonIndexes = files.flatMap((f, i) => (f.kind === 'json' ? [i] : []));
  const csvIndexes = files.flatMap((f, i) => (f.kind === 'csv' ? [i] : []));
  files.forEach((f, i) => {
    if (f.kind === 'other') messages.push({ file: i, line: 0, text: (l) => SAY[l].unknownFile });
  });
  const at = (file: number, json: JsonText, issue: PlanIssue, base: (string | number)[] = []): PreviewMessage => {
    const p = issuePosition(json, issue, base);
    return { file, line: p.line, column: p.column, text: (l) => formatIssueIn(issue, l, base) };
  };

  if (csvIndexes.length > 0) {
    if (csvIndexes.length !== 1 || jsonIndexes.length !== 1) {
      for (const i of csvIndexes) messages.push({ file: i, line: 0, text: (l) => SAY[l].csvNeedsJson });
      return { files, messages: sorted(messages), plans, origins };
    }
    const jsonIndex = jsonIndexes[0]!;
    const csvIndex = csvIndexes[0]!;
    const parsed = parseJson(input[jsonIndex]!.text);
    for (const p of parsed.problems)
      messages.push({
        file: jsonIndex,
        line: p.position.line,
        column: p.position.column,
        text: (l) => formatIssueIn(p, l),
      });
    if (!parsed.ok) return { files, messages: sorted(messages), plans, origins };
    const result = importPlan(parsed.value, input[csvIndex]!.text);
    for (const issue of result.planIssues) messages.push(at(jsonIndex, parsed.json, issue));
    const lines = rowLines(files[csvIndex]!.text);
    for (const issue of result.csvIssues)
      messages.push({
        file: csvIndex,
        line: issue.row === 0 ? 0 : (lines[issue.row] ?? 0),
        text: (l) => formatCsvIssue(issue, l),
      });
    if (result.plan && messages.length === 0) {
      plans.push(result.plan);
      origins.push({ file: jsonIndex, base: [], json: parsed.json });
    }
    return { files, messages: sorted(messages), plans, origins };
  }

  for (const i of jsonIndexes) {
    const parsed = parseJson(input[i]!.text);
    for (const p of parsed.problems)
      messages.push({ file: i, line: p.position.line, column: p.position.column, text: (l) => formatIssueIn(p, l) });
    if (!parsed.ok) continue;
    const { docs, base } = documentsOf(parsed.value);
    if (docs.length === 0) messages.push({ file: i, line: 0, text: (l) => SAY[l].noPlan });
    const valid: { plan: Plan; base: (string | number)[] }[] = [];
    docs.forEach((doc, k) => {
      const docBase = Array.isArray(parsed.value) || base.length ? [...base, k] : [];
      const r = validatePlan(doc);
      if (r.ok) valid.push({ plan: r.plan, base: docBase });
      else for (const issue of r.issues) messages.push(at(i, parsed.json, issue, docBase));
    });
    // problems between the plans of this file (the same id twice, one comparableKey with two units…)
    const collection = validateCollection(valid.map((v) => v.plan));
    const rejected = new Set(collection.rejected.map((r) => r.index));
    for (const r of collection.rejected)
      for (const issue of r.issues) messages.push(at(i, parsed.json, issue, valid[r.index]!.base));
    for (const n of collection.notes ?? [])
      for (const issue of n.issues) messages.push({ ...at(i, parsed.json, issue, valid[n.index]!.base), note: true });
    valid.forEach((v, k) => {
      if (rejected.has(k)) return;
      plans.push(v.plan);
      origins.push({ file: i, base: v.base, json: parsed.json });
    });
  }
  return { files, messages: sorted(messages), plans, origins };
}

function sorted(messages: PreviewMessage[]): PreviewMessage[] {
  return [...messages].sort((a, b) => a.file - b.file || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * The person's plans beside the bundled ones: the bundled plans first, then theirs. A plan of theirs that
 * contradicts a bundled one (the same id, a comparableKey with another unit) is not shown, and said.
 */
export function besideBundled(
  result: PreviewResult,
  bundled: readonly Plan[],
): { plans: Plan[]; messages: PreviewMessage[]; own: string[]; bundled: number } {
  const collection = validateCollection([...bundled, ...result.plans]);
  const messages: PreviewMessage[] = [];
  for (const r of collection.rejected) {
    const k = r.index - bundled.length;
    const origin = result.origins[k];
    if (k < 0 || !origin) continue;
    for (const issue of r.issues) {
      const line = origin.json ? issuePosition(origin.json, issue, origin.base).line : 0;
      const duplicate = issue.path.length === 1 && issue.path[0] === 'id';
      messages.push({
        file: origin.file,
        line,
        text: (l) =>
          duplicate
            ? `${toPointer([...origin.base, 'id'])}: ${SAY[l].duplicateSeed(result.plans[k]!.id)}`
            : formatIssueIn({ ...issue, related: undefined }, l, origin.base),
      });
    }
  }
  const ownIds = new Set(result.plans.map((p) => p.id));
  const shownOwn = collection.plans.filter((p) => ownIds.has(p.id) && !bundled.includes(p)).map((p) => p.id);
  return { plans: collection.plans, messages, own: shownOwn, bundled: bundled.length };
}
