// The validate CLI: one OK line per good file; every problem of a bad file with path, message and value; exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minimalPlan } from '../fixtures/minimal-plan.js';
import { ROOT } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
const good = join(dir, 'good.json');
const bad = join(dir, 'bad.json');
const notJson = join(dir, 'broken.json');
writeFileSync(good, JSON.stringify(minimalPlan()));
const b = minimalPlan();
b.initiatives[0].trackId = 'nowhere';
b.tracks[0].themes = ['nope'];
b.period.start = 'tyve';
writeFileSync(bad, JSON.stringify(b));
writeFileSync(notJson, '{"id": "x", ');

function run(...files: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'bin/plan-compare-validate.mjs'), ...files], { encoding: 'utf8' });
}

test('good file: exit 0 and one OK line', () => {
  const r = run(good);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^OK\s+.*good\.json \(testby-2020-2023: 2 tracks, 1 initiatives\)$/m);
});

test('bad file: exit 1, every problem as path + message + offending value', () => {
  const r = run(good, bad);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^OK/m);
  assert.match(r.stdout, /FAIL .*bad\.json/);
  assert.match(r.stdout, /\/tracks\/0\/themes\/0: must be one of: .* \(got "nope"\)/);
  assert.match(r.stdout, /\/period\/start: expected number, got string \(got "tyve"\)/);
});

test('reference problems are reported once shape problems are fixed', () => {
  const d = minimalPlan();
  d.initiatives[0].trackId = 'nowhere';
  const f = join(dir, 'ref.json');
  writeFileSync(f, JSON.stringify(d));
  const r = run(f);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /\/initiatives\/0\/trackId: unknown track "nowhere" \(got "nowhere"\)/);
});

test('unreadable JSON is a failure with the parse error', () => {
  const r = run(notJson);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /FAIL .*broken\.json\n\s+\/: cannot read JSON/);
});

test('no arguments: usage and exit 2', () => {
  const r = run();
  assert.equal(r.status, 2);
  assert.match(r.stderr, /usage/);
});
