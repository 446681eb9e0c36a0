// The validate CLI: one OK line per good file; every problem of a bad file as file:line:column, path,
// message and offending value, all stages at once; Danish by default, English with --lang en; the
// files given are one collection; exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minimalPlan } from '../fixtures/minimal-plan.js';
import { ROOT, planFiles } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const pretty = (doc: unknown) => JSON.stringify(doc, null, 2) + '\n';

const good = write('good.json', pretty(minimalPlan()));
const b = minimalPlan();
b['initiatives'][0].trackId = 'nowhere';
b['tracks'][0].themes = ['nope'];
b['period'].start = 'tyve';
const badText = pretty(b);
const bad = write('bad.json', badText);

function run(...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'bin/plan-compare-validate.mjs'), ...args], { encoding: 'utf8' });
}

/** `line:column` (1-based) of the n-th occurrence of `needle` in `text`. */
function where(text: string, needle: string, nth = 0): string {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} not in the text`);
  const before = text.slice(0, at).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

/** `line:column` just after the n-th occurrence of `needle` (where the value after a key starts). */
function after(text: string, needle: string, nth = 0): string {
  const [line, column] = where(text, needle, nth).split(':').map(Number);
  return `${line}:${column! + needle.length}`;
}

test('good file: exit 0 and one OK line', () => {
  const r = run('--lang', 'en', good);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^OK\s+.*good\.json \(testby-2020-2023: 2 tracks, 1 initiatives\)$/m);
  const da = run(good);
  assert.match(da.stdout, /^OK\s+.*good\.json \(testby-2020-2023: 2 spor, 1 indsatser\)$/m);
});

test('bad file: exit 1, every problem as file:line:column + path + message + offending value, in file order', () => {
  const r = run('--lang=en', good, bad);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^OK/m);
  assert.match(r.stdout, /^FAIL .*bad\.json \(3 problems\)$/m);
  const lines = r.stdout.split('\n').filter((l) => l.includes('bad.json:'));
  assert.deepEqual(
    lines.map((l) => l.trim().replace(/^.*bad\.json:/, 'bad.json:')),
    [
      `bad.json:${where(badText, '"tyve"')} /period/start: expected number, got string (got "tyve")`,
      `bad.json:${where(badText, '"nope"')} /tracks/0/themes/0: must be one of: ${'prevention'}, early-detection, outreach, treatment, harm-reduction, aftercare-recovery, collaboration, competence, youth, families-children, dual-diagnosis, vulnerable-groups, availability, access-to-treatment, monitoring-effect, workplaces, elderly (got "nope")`,
      `bad.json:${where(badText, '"nowhere"')} /initiatives/0/trackId: unknown track "nowhere" (got "nowhere")`,
    ],
  );
});

test('Danish by default', () => {
  const r = run(bad);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^FAIL .*bad\.json \(3 problemer\)$/m);
  assert.match(r.stdout, /\/period\/start: forventede tal, fik tekst \(værdi: "tyve"\)/);
  assert.match(r.stdout, /\/initiatives\/0\/trackId: ukendt spor "nowhere" \(værdi: "nowhere"\)/);
});

test('all stages at once: an unknown key, a duplicate year and a reference in one run', () => {
  const d = minimalPlan();
  d['intiatives'] = [];
  d['indicators'][0].values[2].year = 2021;
  d['initiatives'][0].trackId = 'nowhere';
  const text = pretty(d);
  const r = run('--lang', 'en', write('stages.json', text));
  assert.equal(r.status, 1);
  assert.match(r.stdout, new RegExp(`stages\\.json:${where(text, '"intiatives"')} /: unknown key\\(s\\): intiatives`));
  assert.match(
    r.stdout,
    new RegExp(
      `stages\\.json:${after(text, '"year": ', 2)} /indicators/0/values/2/year: duplicate target value for 2021`,
    ),
  );
  assert.match(r.stdout, new RegExp(`stages\\.json:${where(text, '"nowhere"')} /initiatives/0/trackId: unknown track`));
});

test('a missing key points at the object that lacks it', () => {
  const d = minimalPlan();
  delete d['initiatives'][0].title;
  const text = pretty(d);
  const r = run('--lang', 'en', write('missing.json', text));
  const objectStart = where(text, '{\n      "id": "klassebesoeg"');
  assert.match(r.stdout, new RegExp(`missing\\.json:${objectStart} /initiatives/0/title: required`));
});

test('unreadable JSON: the syntax error with its line and column', () => {
  const r = run('--lang', 'en', write('broken.json', '{\n  "id": "x",\n  "title": "y",\n}\n'));
  assert.equal(r.status, 1);
  assert.match(
    r.stdout,
    /FAIL .*broken\.json \(1 problem\)\n\s+.*broken\.json:4:1 \/: not valid JSON: a key in double quotes expected/,
  );
  const cut = run('--lang', 'en', write('cut.json', '{"id": "x", '));
  assert.match(cut.stdout, /cut\.json:1:\d+ \/: not valid JSON/);
});

test('a key written twice is a problem (JSON.parse would keep only the last)', () => {
  const text = pretty(minimalPlan()).replace('"title": "Rusmiddelplan', '"title": "A",\n  "title": "Rusmiddelplan');
  const r = run('--lang', 'en', write('twice.json', text));
  assert.equal(r.status, 1);
  assert.match(r.stdout, new RegExp(`twice\\.json:${where(text, '"title"', 1)} /title: key "title" is written twice`));
});

test('a byte order mark is not a problem, and columns do not count it', () => {
  const r = run('--lang', 'en', write('bom.json', '\ufeff' + pretty(minimalPlan())));
  assert.equal(r.status, 0, r.stdout);
});

test('a collection file (array or { plans }) reports paths inside it', () => {
  const two = [minimalPlan(), { ...minimalPlan(), id: 'anden-2020', title: '   ' }];
  const text = pretty({ plans: two });
  const r = run('--lang', 'en', write('collection.json', text));
  assert.equal(r.status, 1);
  assert.match(r.stdout, new RegExp(`collection\\.json:${where(text, '"   "')} /plans/1/title: must not be empty`));
});

test('the files are one collection: a comparableKey with two units names both files and places', () => {
  const other = minimalPlan();
  other['id'] = 'anden-2020-2023';
  other['indicators'][0].unit = 'persons';
  const otherText = pretty(other);
  const second = write('second.json', otherText);
  const r = run('--lang', 'en', good, second);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^OK\s+.*good\.json/m);
  const goodText = pretty(minimalPlan());
  assert.match(
    r.stdout,
    new RegExp(
      `second\\.json:${where(otherText, '"persons"')} /indicators/0/unit: comparableKey "treatment-effect-drugs" has unit "persons" here but "percent" at testby-2020-2023 /indicators/0/unit \\(got "persons"\\)\\n\\s+see .*good\\.json:${where(goodText, '"percent"')} /indicators/0/unit`,
    ),
  );
});

test('a relation to a plan that is not among the files is a note, not a failure', () => {
  const d = minimalPlan();
  d['relations'][0].planId = 'testby-2016-2019';
  const text = pretty(d);
  const r = run('--lang', 'en', write('note.json', text));
  assert.equal(r.status, 0, r.stdout);
  assert.match(
    r.stdout,
    new RegExp(
      `NOTE .*note\\.json:${where(text, '"testby-2016-2019"')} /relations/0/planId: names plan "testby-2016-2019"`,
    ),
  );
});

test('the five seed plans validate together, with no notes', () => {
  const r = run(...planFiles());
  assert.equal(r.status, 0, r.stdout);
  assert.equal(r.stdout.trim().split('\n').length, 5);
  assert.doesNotMatch(r.stdout, /BEMÆRK|NOTE/);
});

test('usage: no files, an unknown option or a bad --lang give exit 2', () => {
  for (const args of [[], ['--strict', good], ['--lang', 'fr', good], ['--lang']]) {
    const r = run(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /usage/);
  }
  const help = run('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /file:line:column/);
});
