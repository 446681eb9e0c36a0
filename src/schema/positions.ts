/**
 * Where validation problems are in a JSON text: line and column for every issue, and the problems
 * of the text itself (syntax errors, a key written twice). Pure functions of the text and the
 * issues, for the CLI and a browser preview page alike (no file system, no DOM).
 *
 * The validator does not import this module, so the elements' bundles stay free of the JSON
 * parser: jsonc-parser (Microsoft's, the one VS Code uses) gives the positions.
 *
 * Lines and columns count from 1; a column counts UTF-16 code units, as editors do. A byte order
 * mark is not part of the text (strip it first, see {@link stripBom}).
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { TextCode, TextTemplates } from './messages.js';
import type { PlanIssue } from './issues.js';

type Path = readonly (string | number)[];

/** jsonc-parser's error names, said in English. */
const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'not a valid number',
  PropertyNameExpected: 'a key in double quotes expected (a comma too many?)',
  ValueExpected: 'a value expected (a comma too many?)',
  ColonExpected: '":" expected',
  CommaExpected: '"," expected',
  CloseBraceExpected: '"}" expected',
  CloseBracketExpected: '"]" expected',
  EndOfFileExpected: 'end of file expected',
  InvalidCommentToken: 'comments are not allowed',
  UnexpectedEndOfComment: 'comment not closed',
  UnexpectedEndOfString: 'text not closed (a missing ")',
  UnexpectedEndOfNumber: 'number not finished',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape after \\',
  InvalidCharacter: 'a character that must be escaped in a JSON text (a line break or tab?)',
};

/** The English messages of the problems of a text (`./localise.ts` has them in Danish). */
export const TEXT_TEMPLATES: { [K in TextCode]: (p: TextTemplates[K]) => string } = {
  jsonSyntax: (p) => `not valid JSON: ${SYNTAX[p.error] ?? p.error}`,
  duplicateKey: (p) => `key "${p.key}" is written twice in this object (JSON keeps only the last one)`,
  notJson: (p) => `cannot read JSON: ${p.reason}`,
};
const render = <K extends TextCode>(code: K, params: TextTemplates[K]): string => TEXT_TEMPLATES[code](params);

/** A place in the text: 1-based line and column, 0-based offset, and the length of what is marked. */
export interface TextPosition {
  line: number;
  column: number;
  offset: number;
  length: number;
}

export type LocatedIssue = PlanIssue & { position: TextPosition };

/** A JSON text, parsed once for positions. */
export interface JsonText {
  readonly text: string;
  readonly root: Node | undefined;
  readonly syntaxErrors: readonly ParseError[];
  readonly lineStarts: readonly number[];
}

/** The text without a leading byte order mark (JSON.parse refuses one; editors do not count it). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses `text` for positions (strict JSON: no comments, no trailing commas). Never throws. */
export function readJsonText(text: string): JsonText {
  const syntaxErrors: ParseError[] = [];
  const root = parseTree(text, syntaxErrors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return { text, root, syntaxErrors, lineStarts };
}

/** Line and column of an offset. */
export function positionAt(json: JsonText, offset: number, length = 0): TextPosition {
  const starts = json.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1, offset, length };
}

/** The property node of `key` in an object node: the last one, as JSON.parse keeps the last of two. */
function property(object: Node, key: string): Node | undefined {
  let found: Node | undefined;
  for (const p of object.children ?? []) if (p.type === 'property' && p.children?.[0]?.value === key) found = p;
  return found;
}

/** The deepest node on `path`, and whether it is the node the whole path names. */
function walk(root: Node, path: Path): { node: Node; exact: boolean; key?: Node } {
  let node = root;
  let key: Node | undefined;
  for (const seg of path) {
    let next: Node | undefined;
    if (node.type === 'object') {
      const prop = property(node, String(seg));
      key = prop?.children?.[0];
      next = prop?.children?.[1];
    } else if (node.type === 'array' && typeof seg === 'number') {
      next = node.children?.[seg];
      key = undefined;
    }
    if (!next) return { node, exact: false };
    node = next;
  }
  return { node, exact: true, key };
}

/**
 * Where an issue is: the offending value; for unknown keys the first such key; for a missing key
 * the object that lacks it. `base` is the path of the plan inside the text (`["plans", 2]` in a
 * collection file). Without a usable tree (a syntax error) it is the start of the text.
 */
export function issuePosition(json: JsonText, issue: PlanIssue, base: Path = []): TextPosition {
  if (!json.root) return positionAt(json, 0);
  const { node, exact } = walk(json.root, [...base, ...issue.path]);
  if (exact && issue.code === 'unknownKeys' && node.type === 'object') {
    const keys = issue.params?.['keys'];
    const first = Array.isArray(keys) ? keys[0] : undefined;
    const key = typeof first === 'string' ? property(node, first)?.children?.[0] : undefined;
    if (key) return positionAt(json, key.offset, key.length);
  }
  if (exact) return positionAt(json, node.offset, node.length);
  return positionAt(json, node.offset, 1); // the object or array that lacks the key or item
}

/** Every issue with its position (the text + issues → positions function a preview page uses). */
export function locateIssues(json: JsonText, issues: readonly PlanIssue[], base: Path = []): LocatedIssue[] {
  return issues.map((issue) => ({ ...issue, position: issuePosition(json, issue, base) }));
}

/** Keys written twice in one object, each at its second writing (JSON.parse silently keeps the last value). */
function duplicateKeys(json: JsonText, node: Node | undefined, path: (string | number)[], out: LocatedIssue[]): void {
  if (!node) return;
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const p of node.children ?? []) {
      const key = p.children?.[0];
      if (!key || typeof key.value !== 'string') continue;
      if (seen.has(key.value)) {
        const issue = { path: [...path, key.value], code: 'duplicateKey' as const, params: { key: key.value } };
        out.push({
          ...issue,
          message: render('duplicateKey', issue.params),
          position: positionAt(json, key.offset, key.length),
        });
      }
      seen.add(key.value);
      duplicateKeys(json, p.children?.[1], [...path, key.value], out);
    }
  } else if (node.type === 'array') {
    node.children?.forEach((child, i) => duplicateKeys(json, child, [...path, i], out));
  }
}

/**
 * The problems of the text itself, before any validation: the first syntax error (then the document
 * cannot be read; what a parser says after it is mostly an echo of it) and keys written twice (the
 * document can be read, but it loses a value).
 */
export function textProblems(json: JsonText): LocatedIssue[] {
  const out: LocatedIssue[] = json.syntaxErrors.slice(0, 1).map((e) => {
    const params = { error: printParseErrorCode(e.error) };
    return {
      path: [],
      message: render('jsonSyntax', params),
      code: 'jsonSyntax',
      params,
      position: positionAt(json, e.offset, e.length),
    };
  });
  if (out.length === 0) duplicateKeys(json, json.root, [], out);
  return out;
}

/**
 * Reads a JSON text: the value (when it is valid JSON) and the problems of the text. JSON.parse
 * decides what the value is; the tree only gives positions.
 */
export function parseJson(text: string): { json: JsonText; value?: unknown; ok: boolean; problems: LocatedIssue[] } {
  const json = readJsonText(stripBom(text));
  const problems = textProblems(json);
  if (problems.some((p) => p.code === 'jsonSyntax')) return { json, ok: false, problems };
  try {
    return { json, value: JSON.parse(json.text) as unknown, ok: true, problems };
  } catch (err) {
    // The tree parser found nothing JSON.parse refuses: say JSON.parse's reason, at the start.
    const params = { reason: err instanceof Error ? err.message : String(err) };
    const issue = { path: [], message: render('notJson', params), code: 'notJson' as const, params };
    return { json, ok: false, problems: [...problems, { ...issue, position: positionAt(json, 0) }] };
  }
}
