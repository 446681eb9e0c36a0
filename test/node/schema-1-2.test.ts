// Schema 1.2: links between initiatives of two plans, same-as within a plan, and what a plan's
// source covers (gaps, holds). Each rule is shown to fire on a document that breaks it, and to stay
// quiet on one that keeps it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validatePlan, validateCollection } from '../../src/schema/validate.js';
import { toPointer, type PlanIssue } from '../../src/schema/issues.js';
import { SCHEMA_VERSION } from '../../src/schema/plan.js';
import { issueMessage } from '../../src/schema/localise.js';
import { minimalPlan } from '../fixtures/minimal-plan.js';

const lines = (issues: readonly PlanIssue[]) => issues.map((i) => `${toPointer(i.path)}: ${i.message}`);
const prov = (quote: string) => ({ section: 'Testafsnit', quote });

/** Two plans: the earlier one has initiatives a, b, c; the later one links back to them. */
function pair(): { before: Record<string, any>; after: Record<string, any> } {
  const before = minimalPlan();
  before['id'] = 'testby-2016-2019';
  before['period'] = { start: 2016, end: 2019 };
  const ini = before['initiatives'][0];
  before['initiatives'] = ['a', 'b', 'c'].map((id) => ({ ...ini, id, title: `Indsats ${id}` }));
  const after = minimalPlan();
  after['schemaVersion'] = '1.2.0';
  after['initiatives'] = [
    {
      ...after['initiatives'][0],
      id: 'x',
      links: [
        { type: 'continues', planId: 'testby-2016-2019', initiativeId: 'a', provenance: prov('Klassebesøg fra SSP') },
      ],
    },
    {
      ...after['initiatives'][0],
      id: 'y',
      links: [
        { type: 'merged-from', planId: 'testby-2016-2019', initiativeId: 'b' },
        { type: 'merged-from', planId: 'testby-2016-2019', initiativeId: 'c', note: 'lagt sammen' },
      ],
      sameAs: ['z'],
    },
    { ...after['initiatives'][0], id: 'z', sameAs: ['y'] },
  ];
  delete before['statusUpdates']; // it names the fixture's one initiative, replaced here
  delete after['statusUpdates'];
  return { before, after };
}

test('the schema version is 1.2.0', () => assert.equal(SCHEMA_VERSION, '1.2.0'));

test('links, sameAs and coverage validate, alone and in a collection with the linked plan', () => {
  const { before, after } = pair();
  after['coverage'] = {
    gaps: [{ section: 'Bilag 2', description: 'Tabellen mangler i udtrækket', trackId: 'behandling' }],
    holds: ['aims', 'measures'],
  };
  const r = validatePlan(after);
  assert.deepEqual(r.ok ? [] : lines(r.issues), []);
  const c = validateCollection([before, after]);
  assert.deepEqual(c.rejected, []);
  assert.equal(c.notes, undefined);
});

test('a 1.1 document still validates unchanged under 1.2', () => {
  const d = minimalPlan();
  d['schemaVersion'] = '1.1.0';
  assert.ok(validatePlan(d).ok);
});

test('sameAs: unknown id, itself, and one-sided are each reported', () => {
  const { after } = pair();
  after['initiatives'][2].sameAs = ['nowhere'];
  after['initiatives'][0].sameAs = ['x'];
  const r = validatePlan(after);
  assert.ok(!r.ok);
  if (r.ok) return;
  assert.deepEqual(lines(r.issues).sort(), [
    '/initiatives/0/sameAs/0: an initiative cannot be the same as itself',
    '/initiatives/1/sameAs/0: "z" does not list "y" in its sameAs (sameAs goes both ways)',
    '/initiatives/2/sameAs/0: unknown initiative "nowhere"',
  ]);
  const one = r.issues.find((i) => i.code === 'sameAsSymmetric')!;
  assert.equal(issueMessage(one, 'da'), '"z" har ikke "y" i sin sameAs (sameAs gælder begge veje)');
});

test('a merge needs two sources, a split two parts, and a link names another plan', () => {
  const { after } = pair();
  after['initiatives'][1].links = [{ type: 'merged-from', planId: 'testby-2016-2019', initiativeId: 'b' }];
  after['initiatives'][0].links = [{ type: 'split-from', planId: 'testby-2016-2019', initiativeId: 'a' }];
  after['initiatives'][2].links = [{ type: 'continues', planId: 'testby-2020-2023', initiativeId: 'x' }];
  const r = validatePlan(after);
  assert.ok(!r.ok);
  if (r.ok) return;
  assert.deepEqual(
    r.issues.map((i) => `${toPointer(i.path)} ${i.code}`),
    [
      '/initiatives/0/links/0/type splitFromOne',
      '/initiatives/1/links/0/type mergedFromOne',
      '/initiatives/2/links/0/planId selfLink',
    ],
  );
  // two parts make a split
  after['initiatives'][2].links = [{ type: 'split-from', planId: 'testby-2016-2019', initiativeId: 'a' }];
  after['initiatives'][1].links.push({ type: 'merged-from', planId: 'testby-2016-2019', initiativeId: 'c' });
  const ok = validatePlan(after);
  assert.deepEqual(ok.ok ? [] : lines(ok.issues), []);
});

test('across a collection a link must name an initiative the other plan has; a missing plan is noted once', () => {
  const { before, after } = pair();
  after['initiatives'][0].links[0].initiativeId = 'gone';
  const c = validateCollection([before, after]);
  assert.equal(c.plans.length, 1);
  assert.deepEqual(c.rejected.map((r) => r.issues.map((i) => `${r.id} ${toPointer(i.path)}: ${i.message}`)).flat(), [
    'testby-2020-2023 /initiatives/0/links/0/initiativeId: unknown initiative "testby-2016-2019/gone"',
  ]);
  const alone = validateCollection([pair().after]);
  assert.deepEqual(alone.rejected, []);
  assert.deepEqual(
    alone.notes?.flatMap((n) => n.issues.map((i) => toPointer(i.path))),
    ['/initiatives/0/links/0/planId'],
    'three links to one absent plan: one note',
  );
});

test('coverage: a gap names a track of the plan; holds without measures means no initiatives', () => {
  const d = minimalPlan();
  d['coverage'] = { gaps: [{ section: 'Bilag', description: 'mangler', trackId: 'nowhere' }], holds: ['aims'] };
  const r = validatePlan(d);
  assert.ok(!r.ok);
  if (r.ok) return;
  assert.deepEqual(lines(r.issues), [
    '/coverage/holds: coverage.holds says the document holds no measures, but it lists initiatives',
    '/coverage/gaps/0/trackId: unknown track "nowhere"',
  ]);
  d['initiatives'] = [];
  delete d['statusUpdates'];
  d['coverage'].gaps[0].trackId = 'behandling';
  const ok = validatePlan(d);
  assert.deepEqual(ok.ok ? [] : lines(ok.issues), []);
});

test('shapes: an unknown link type and an unknown holds value are refused', () => {
  const { after } = pair();
  after['initiatives'][0].links[0].type = 'continued';
  after['coverage'] = { holds: ['measures', 'wishes'] };
  const r = validatePlan(after);
  assert.ok(!r.ok);
  if (r.ok) return;
  assert.deepEqual(
    r.issues.map((i) => toPointer(i.path)),
    ['/initiatives/0/links/0/type', '/coverage/holds/1'],
  );
});
