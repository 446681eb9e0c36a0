// Schema 1.1: one small document for each thing 1.0 could not say validates; 1.0 documents still
// validate; problems of every stage come at once; checks across a collection name both places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validatePlan, validateCollection } from '../../src/schema/validate.js';
import { toPointer, type PlanIssue } from '../../src/schema/issues.js';
import { INVERSE_RELATION, RELATION_TYPES, SCHEMA_VERSION } from '../../src/schema/plan.js';
import { issueMessage } from '../../src/schema/localise.js';
import { STATIC } from '../../src/schema/messages.js';
import { minimalPlan } from '../fixtures/minimal-plan.js';
import { EXAMPLES_1_0, EXAMPLES_1_1 } from '../fixtures/plans-1-1.js';
import { BROKEN_CASES } from '../fixtures/broken-cases.js';
import { planFiles, readJson } from './helpers.js';

const lines = (issues: readonly PlanIssue[]) => issues.map((i) => `${toPointer(i.path)}: ${i.message}`);

test('the schema version is 1.1.0 or later in 1.x', () => assert.match(SCHEMA_VERSION, /^1\.([1-9]\d*)\.\d+$/));

for (const { name, doc } of EXAMPLES_1_1) {
  test(`1.1 document validates: ${name}`, () => {
    const r = validatePlan(doc());
    assert.deepEqual(r.ok ? [] : lines(r.issues), []);
  });
}

for (const { name, doc } of EXAMPLES_1_0) {
  test(`1.0 document still validates unchanged: ${name}`, () => {
    const input = doc();
    const before = JSON.stringify(input);
    const r = validatePlan(input);
    assert.deepEqual(r.ok ? [] : lines(r.issues), []);
    assert.equal(JSON.stringify(input), before, 'the input is not changed');
  });
}

test('an open-ended period stays open; a formal track gets an empty theme list', () => {
  const policy = validatePlan(EXAMPLES_1_1[0]!.doc());
  assert.ok(policy.ok);
  assert.deepEqual(policy.plan.period, { start: 2012 });
  const formal = validatePlan(EXAMPLES_1_1.find((e) => e.name.startsWith('a formal track'))!.doc());
  assert.ok(formal.ok);
  assert.deepEqual(
    formal.plan.tracks.map((t) => [t.id, t.kind ?? 'focus-area', t.themes]),
    [
      ['forebyggelse', 'focus-area', ['prevention']],
      ['behandling', 'focus-area', ['treatment']],
      ['indledning', 'formal', []],
      ['spor-5', 'unknown', []],
    ],
  );
});

test('every relation type has an inverse whose inverse is itself', () => {
  for (const t of RELATION_TYPES) {
    assert.ok(RELATION_TYPES.includes(INVERSE_RELATION[t]), t);
    assert.equal(INVERSE_RELATION[INVERSE_RELATION[t]], t);
  }
});

test('problems of every stage are reported at once (an unknown key does not hide a duplicate year)', () => {
  const d = minimalPlan();
  d['intiatives'] = [];
  d['indicators'][0].values[2].year = 2021; // duplicate target for 2021
  d['indicators'][0].values[0].extra = 1; // unknown key inside the same indicator
  d['initiatives'][0].trackId = 'nowhere'; // dangling reference
  d['period'] = { start: 2023, end: 2020 }; // order
  d['tracks'][1].themes = []; // themes by track kind
  const r = validatePlan(d);
  assert.equal(r.ok, false);
  if (r.ok) return;
  const got = lines(r.issues);
  for (const expected of [
    /^\/: unknown key\(s\): intiatives$/,
    /^\/indicators\/0\/values\/0: unknown key\(s\): extra$/,
    /^\/indicators\/0\/values\/2\/year: duplicate target value for 2021/,
    /^\/initiatives\/0\/trackId: unknown track "nowhere"$/,
    /^\/period\/end: period end must not be before start$/,
    /^\/tracks\/1\/themes: at least one theme/,
  ])
    assert.ok(
      got.some((l) => expected.test(l)),
      `${expected} not in:\n${got.join('\n')}`,
    );
});

test('a broken id does not make every reference to its list "unknown" (no cascade)', () => {
  const d = minimalPlan();
  d['tracks'][0].id = 42;
  const r = validatePlan(d);
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.deepEqual(lines(r.issues), ['/tracks/0/id: expected string, got number']);
});

test('every issue of the broken corpus has a code, and a Danish message that is not the English one', () => {
  let checked = 0;
  for (const c of BROKEN_CASES) {
    const r = validatePlan(c.mutate(minimalPlan()));
    if (r.ok) continue;
    for (const issue of r.issues) {
      checked++;
      assert.ok(issue.code, `${c.name}: ${issue.message} has no code`);
      const da = issueMessage(issue, 'da');
      assert.notEqual(da, issue.message, `${c.name}: "${issue.message}" has no Danish`);
      assert.equal(issueMessage(issue, 'en'), issue.message);
    }
  }
  assert.ok(checked >= BROKEN_CASES.length);
  for (const text of Object.values(STATIC)) assert.ok(text.length > 0);
});

// ---------- across a collection ----------

function plan(id: string, edit: (d: Record<string, any>) => void = () => undefined) {
  const d = minimalPlan();
  d['schemaVersion'] = '1.1.0';
  d['id'] = id;
  edit(d);
  return d;
}

test('seed collection: nothing rejected, no notes', () => {
  const r = validateCollection(planFiles().map(readJson));
  assert.deepEqual(r.rejected, []);
  assert.equal(r.notes, undefined);
  assert.equal(r.plans.length, 5);
});

test('one comparableKey with two units: the later plan is rejected, and both places are named', () => {
  const a = plan('a-2020');
  const b = plan('b-2020', (d) => (d['indicators'][0].unit = 'persons'));
  const r = validateCollection([a, b]);
  assert.deepEqual(
    r.plans.map((p) => p.id),
    ['a-2020'],
  );
  assert.equal(r.rejected.length, 1);
  const [issue] = r.rejected[0]!.issues;
  assert.equal(r.rejected[0]!.index, 1);
  assert.equal(toPointer(issue!.path), '/indicators/0/unit');
  assert.match(issue!.message, /"persons" here but "percent" at a-2020 \/indicators\/0\/unit/);
  assert.deepEqual(issue!.related, { index: 0, planId: 'a-2020', path: ['indicators', 0, 'unit'] });
});

test('one comparableKey with two scopes, or a rate with another denominator, is rejected too', () => {
  const scope = validateCollection([plan('a-2020'), plan('b-2020', (d) => (d['indicators'][0].scope = 'national'))]);
  assert.match(scope.rejected[0]!.issues[0]!.message, /scope "national" here but "municipal" at a-2020/);
  const rate = (per: number) => (d: Record<string, any>) =>
    Object.assign(d['indicators'][0], { unit: 'rate', denominator: { per, of: 'indbyggere' } });
  const r = validateCollection([plan('a-2020', rate(1000)), plan('b-2020', rate(100))]);
  assert.match(r.rejected[0]!.issues[0]!.message, /unit "rate per 100" here but "rate per 1000"/);
  const same = validateCollection([plan('a-2020', rate(1000)), plan('b-2020', rate(1000))]);
  assert.deepEqual(same.rejected, []);
});

test('relations: planIds resolve, or are noted; two plans superseding each other are rejected', () => {
  const rel = (type: string, planId: string) => (d: Record<string, any>) =>
    (d['relations'] = [{ type, planId, title: 'Den anden plan', provenance: d['relations'][0].provenance }]);
  const ok = validateCollection([
    plan('a-2016', rel('superseded-by', 'b-2020')),
    plan('b-2020', rel('supersedes', 'a-2016')),
  ]);
  assert.deepEqual(ok.rejected, []);
  assert.equal(ok.notes, undefined);

  const both = validateCollection([
    plan('a-2016', rel('supersedes', 'b-2020')),
    plan('b-2020', rel('supersedes', 'a-2016')),
  ]);
  assert.deepEqual(
    both.rejected.map((r) => [r.id, lines(r.issues)]),
    [
      [
        'b-2020',
        [
          '/relations/0/type: relation "supersedes" here, but the other plan says "supersedes" at a-2016 /relations/0/type (expected "superseded-by")',
        ],
      ],
    ],
  );

  const dangling = validateCollection([plan('b-2020', rel('supersedes', 'a-2016'))]);
  assert.deepEqual(dangling.rejected, []);
  assert.equal(dangling.plans.length, 1);
  assert.deepEqual(
    dangling.notes?.map((n) => [n.id, lines(n.issues)]),
    [['b-2020', ['/relations/0/planId: names plan "a-2016", which is not in this collection']]],
  );
});

test('a reprinted table names a statistic of the other plan when that plan is in the collection', () => {
  const reprint = (statisticId: string) => (d: Record<string, any>) =>
    (d['statistics'][0].reprintOf = { planId: 'a-2016', statisticId });
  const good = validateCollection([plan('a-2016'), plan('b-2020', reprint('henvisninger'))]);
  assert.deepEqual(good.rejected, []);
  const bad = validateCollection([plan('a-2016'), plan('b-2020', reprint('findes-ikke'))]);
  assert.deepEqual(
    bad.rejected.map((r) => lines(r.issues)),
    [['/statistics/0/reprintOf/statisticId: unknown statistic "findes-ikke"']],
  );
  const absent = validateCollection([plan('b-2020', reprint('henvisninger'))]);
  assert.equal(absent.plans.length, 1);
  assert.equal(absent.notes?.length, 1);
});
