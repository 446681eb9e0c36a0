// Positions of validation problems in a JSON text (the pure function a CLI and a preview page share):
// text + issues → line and column; problems of the text itself; and the validator stays free of the parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseJson, locateIssues, readJsonText, positionAt, stripBom } from '../../src/schema/positions.js';
import { validatePlan } from '../../src/schema/validate.js';
import { minimalPlan } from '../fixtures/minimal-plan.js';
import { ROOT } from './helpers.js';

const at = (p: { line: number; column: number }) => `${p.line}:${p.column}`;

test('offsets become 1-based lines and columns (\\n and \\r\\n)', () => {
  const json = readJsonText('{\r\n  "a": 1,\n  "b": [true]\n}');
  assert.equal(at(positionAt(json, 0)), '1:1');
  assert.equal(at(positionAt(json, json.text.indexOf('"a"'))), '2:3');
  assert.equal(at(positionAt(json, json.text.indexOf('true'))), '3:9');
  assert.equal(at(positionAt(json, json.text.length - 1)), '4:1');
});

test('each issue is placed at its value, unknown keys at the key, a missing key at the object that lacks it', () => {
  const text = '{\n  "id": 42,\n  "tracks": [\n    { "label": "A", "typo": 1 }\n  ]\n}\n';
  const json = readJsonText(text);
  const located = locateIssues(json, [
    { path: ['id'], message: 'x', value: 42 },
    { path: ['tracks', 0], message: 'unknown key(s): typo', code: 'unknownKeys', params: { keys: ['typo'] } },
    { path: ['tracks', 0, 'id'], message: 'required (string expected)', code: 'required' },
    { path: ['title'], message: 'required', code: 'required' },
  ]);
  assert.deepEqual(
    located.map((l) => [at(l.position), l.position.length]),
    [
      ['2:9', 2],
      ['4:21', 6],
      ['4:5', 1],
      ['1:1', 1],
    ],
  );
});

test('a key written twice: the value JSON.parse keeps (the last) is the one placed, and the repeat is a problem', () => {
  const { json, value, ok, problems } = parseJson('{"a": 1,\n "a": "two"}');
  assert.equal(ok, true);
  assert.deepEqual(value, { a: 'two' });
  assert.deepEqual(
    problems.map((p) => [at(p.position), p.code, p.message]),
    [['2:2', 'duplicateKey', 'key "a" is written twice in this object (JSON keeps only the last one)']],
  );
  assert.equal(at(locateIssues(json, [{ path: ['a'], message: 'm' }])[0]!.position), '2:7');
});

test('syntax errors: the first one, with its position; comments and trailing commas are not JSON', () => {
  for (const [text, expected] of [
    ['{"a": 1,}', '1:9'],
    ['{"a": 1 // note\n}', '1:9'],
    ['{"a": "x\ny"}', '1:7'], // the text that holds the line break
    ['[1, 2', '1:6'],
  ] as const) {
    const r = parseJson(text);
    assert.equal(r.ok, false, text);
    assert.equal(r.problems.length, 1, text);
    assert.equal(r.problems[0]!.code, 'jsonSyntax');
    assert.equal(at(r.problems[0]!.position), expected, text);
  }
});

test('a byte order mark is dropped before anything is counted', () => {
  assert.equal(stripBom('\ufeff{}'), '{}');
  const r = parseJson('\ufeff{"a": 1}');
  assert.equal(r.ok, true);
  assert.equal(at(locateIssues(r.json, [{ path: ['a'], message: 'm' }])[0]!.position), '1:7');
});

test('a plan inside a collection file: base path', () => {
  const text = JSON.stringify({ plans: [minimalPlan(), { ...minimalPlan(), title: '' }] }, null, 2);
  const { json, value } = parseJson(text);
  const doc = (value as { plans: unknown[] }).plans[1];
  const r = validatePlan(doc);
  assert.equal(r.ok, false);
  if (r.ok) return;
  const [issue] = locateIssues(json, r.issues, ['plans', 1]);
  const offset = text.indexOf('"title": ""') + '"title": '.length;
  assert.equal(issue!.position.offset, offset);
});

test('the validator does not load the JSON parser or the message translations (the element bundles stay small)', () => {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)) {
      assert.ok(!spec!.includes('jsonc-parser'), `${file} imports ${spec}`);
      if (spec!.startsWith('.')) visit(resolve(dirname(file), spec!.replace(/\.js$/, '.ts')));
    }
  };
  visit(join(ROOT, 'src/schema/validate.ts'));
  visit(join(ROOT, 'src/index.ts'));
  const files = [...seen].map((f) => f.replace(`${ROOT}/`, ''));
  assert.ok(files.includes('src/schema/rules.ts'));
  assert.ok(!files.includes('src/schema/positions.ts') && !files.includes('src/schema/localise.ts'), files.join(', '));
});
