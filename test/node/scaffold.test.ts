// `plan-compare-validate new <id>`: writes <id>.json (valid JSON with $schema, schemaVersion and the
// fields every plan needs, "TODO: …" hints where values go); validating it lists every placeholder
// with line and column; once they (and the track's themes) are filled in, the plan is valid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { placeholders, scaffoldPlan, SCHEMA_URL } from '../../src/cli/scaffold.js';
import { validatePlan } from '../../src/schema/validate.js';
import { SCHEMA_VERSION } from '../../src/schema/constants.js';
import { ROOT } from './helpers.js';

const cli = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bin/plan-compare-validate.mjs'), ...args], { encoding: 'utf8', cwd });

/** The fields the schema requires of a plan (read from the checked-in JSON Schema, not from the scaffold). */
const required = (
  JSON.parse(readFileSync(join(ROOT, 'data/schema/plan.schema.json'), 'utf8')) as { required: string[] }
).required;

test('new <id> writes <id>.json: valid JSON with $schema and every required field; validating it lists each placeholder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-new-'));
  const made = cli(dir, 'new', 'vejle-2024-2027');
  assert.equal(made.status, 0, made.stderr);
  const text = readFileSync(join(dir, 'vejle-2024-2027.json'), 'utf8');
  const doc = JSON.parse(text) as Record<string, unknown>;
  assert.equal(doc['$schema'], SCHEMA_URL);
  assert.match(SCHEMA_URL, /^https:\/\/.+\/plan\.schema\.json$/);
  assert.equal(doc['schemaVersion'], SCHEMA_VERSION);
  assert.equal(doc['id'], 'vejle-2024-2027');
  assert.deepEqual(doc['period'], { start: 2024, end: 2027 }, 'the period read from the id');
  for (const key of required) assert.ok(key in doc, `required field ${key}`);
  const todo = placeholders(doc);
  assert.ok(todo.length >= 8, `${todo.length} placeholders`);
  assert.match(made.stdout, new RegExp(`${todo.length} pladsholdere`));

  const checked = cli(dir, 'vejle-2024-2027.json');
  assert.equal(checked.status, 1);
  const lines = checked.stdout.split('\n').filter((l) => l.startsWith('  vejle-2024-2027.json:'));
  // every placeholder is named once, at its own line (the schema's message or the placeholder message)
  for (const path of todo) {
    const pointer = '/' + path.join('/');
    const hit = lines.filter((l) => l.includes(` ${pointer}: `));
    assert.equal(hit.length, 1, `${pointer}: ${hit.join(' | ')}`);
    const line = Number(/:(\d+):\d+ /.exec(hit[0]!)![1]);
    assert.match(text.split('\n')[line - 1]!, /TODO:/, `${pointer} points at its line`);
  }
  // English too
  assert.match(cli(dir, '--lang', 'en', 'vejle-2024-2027.json').stdout, /still to be filled in/);
  // not over an existing file
  assert.equal(cli(dir, 'new', 'vejle-2024-2027').status, 1);
  assert.equal(cli(dir, 'new', 'Vejle 2024').status, 2, 'a bad id');
});

test('filled in, the scaffold is a valid plan: the placeholders and the track themes are all there is to write', () => {
  const doc = scaffoldPlan('testby-2020');
  assert.deepEqual(doc['period'], { start: 2020 });
  const fill: Record<string, unknown> = {
    '/kind': 'plan',
    '/municipalities/0/code': '999',
    '/source/file': 'testby.txt',
  };
  const set = (path: (string | number)[], value: unknown) => {
    let at: any = doc;
    for (const k of path.slice(0, -1)) at = at[k];
    at[path[path.length - 1]!] = value;
  };
  for (const path of placeholders(doc)) set(path, fill['/' + path.join('/')] ?? 'Tekst fra kilden til testen');
  const before = validatePlan(doc);
  assert.equal(before.ok, false, 'the track still has no theme');
  set(['tracks', 0, 'themes'], ['prevention']);
  const after = validatePlan(doc);
  assert.ok(after.ok, JSON.stringify(!after.ok && after.issues));
  // without a year in the id, the years are placeholders too
  assert.deepEqual(
    placeholders(scaffoldPlan('testby')).filter((p) => p[0] === 'period'),
    [
      ['period', 'start'],
      ['period', 'end'],
    ],
  );
});

test('a file without placeholders is not affected (the seed plans still validate)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-new-'));
  writeFileSync(join(dir, 'x.json'), readFileSync(join(ROOT, 'data/plans/randers-2017-2020.json')));
  assert.equal(cli(dir, 'x.json').status, 0);
});
