// The broken-document corpus: each mutation of a valid plan must be rejected with a message at the right path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validatePlan } from '../../src/schema/validate.js';
import { toPointer } from '../../src/schema/issues.js';
import { minimalPlan } from '../fixtures/minimal-plan.js';

type Doc = Record<string, any>;
interface BrokenCase {
  name: string;
  mutate: (d: Doc) => unknown;
  path: string;
  message: RegExp;
}

const CASES: BrokenCase[] = [
  { name: 'id of wrong type', mutate: (d) => ((d.id = 42), d), path: '/id', message: /string/i },
  { name: 'id not a slug', mutate: (d) => ((d.id = 'Testby 2020'), d), path: '/id', message: /slug/ },
  { name: 'missing title', mutate: (d) => (delete d.title, d), path: '/title', message: /required/ },
  { name: 'unknown plan kind', mutate: (d) => ((d.kind = 'manifesto'), d), path: '/kind', message: /one of/ },
  { name: 'no municipalities', mutate: (d) => ((d.municipalities = []), d), path: '/municipalities', message: /at least one/ },
  { name: 'bad municipality code', mutate: (d) => ((d.municipalities[0].code = '58'), d), path: '/municipalities/0/code', message: /three digits/ },
  { name: 'period end before start', mutate: (d) => ((d.period = { start: 2023, end: 2020 }), d), path: '/period/end', message: /before start/ },
  { name: 'year as string', mutate: (d) => ((d.period.start = '2020'), d), path: '/period/start', message: /number/i },
  { name: 'bad adoption date', mutate: (d) => ((d.adoption.date = '1. maj 2020'), d), path: '/adoption/date', message: /YYYY/ },
  { name: 'unsupported schema version', mutate: (d) => ((d.schemaVersion = '2.0.0'), d), path: '/schemaVersion', message: /1\.x\.y/ },
  { name: 'unknown top-level key (typo)', mutate: (d) => ((d.intiatives = []), d), path: '/', message: /unknown key.*intiatives/ },
  { name: 'duplicate track id', mutate: (d) => ((d.tracks[1].id = 'forebyggelse'), d), path: '/tracks/1/id', message: /duplicate track id/ },
  { name: 'duplicate initiative id', mutate: (d) => (d.initiatives.push({ ...d.initiatives[0] }), d), path: '/initiatives/1/id', message: /duplicate initiative id/ },
  { name: 'missing initiative id', mutate: (d) => (delete d.initiatives[0].id, d), path: '/initiatives/0/id', message: /required/ },
  { name: 'dangling track reference', mutate: (d) => ((d.initiatives[0].trackId = 'ukendt-spor'), d), path: '/initiatives/0/trackId', message: /unknown track "ukendt-spor"/ },
  { name: 'unknown theme on a track', mutate: (d) => ((d.tracks[0].themes = ['prevention', 'happiness']), d), path: '/tracks/0/themes/1', message: /one of/ },
  { name: 'track without themes', mutate: (d) => ((d.tracks[0].themes = []), d), path: '/tracks/0/themes', message: /at least one theme/ },
  { name: 'dangling target-group reference', mutate: (d) => ((d.initiatives[0].targetGroupIds = ['aeldre']), d), path: '/initiatives/0/targetGroupIds/0', message: /unknown target group "aeldre"/ },
  { name: 'unknown initiative status', mutate: (d) => ((d.initiatives[0].status = 'maybe'), d), path: '/initiatives/0/status', message: /one of/ },
  { name: 'unknown initiative kind', mutate: (d) => ((d.initiatives[0].kind = 'Tilbud'), d), path: '/initiatives/0/kind', message: /one of/ },
  { name: 'negative age', mutate: (d) => ((d.targetGroups[0].ages.min = -1), d), path: '/targetGroups/0/ages/min', message: /negative/ },
  { name: 'age max below min', mutate: (d) => ((d.targetGroups[0].ages = { min: 25, max: 15 }), d), path: '/targetGroups/0/ages/max', message: /below min/ },
  { name: 'year series out of order', mutate: (d) => (d.indicators[0].values.reverse(), d), path: '/indicators/0/values/1/year', message: /out of order/ },
  { name: 'duplicate value for a year', mutate: (d) => ((d.indicators[0].values[2].year = 2021), d), path: '/indicators/0/values/2/year', message: /duplicate target value for 2021/ },
  { name: 'unknown value kind', mutate: (d) => ((d.indicators[0].values[0].kind = 'goal'), d), path: '/indicators/0/values/0/kind', message: /one of/ },
  { name: 'value not a number', mutate: (d) => ((d.indicators[0].values[1].value = '45 %'), d), path: '/indicators/0/values/1/value', message: /number/i },
  { name: 'unknown unit', mutate: (d) => ((d.indicators[0].unit = 'pct'), d), path: '/indicators/0/unit', message: /one of/ },
  { name: 'indicator without values', mutate: (d) => ((d.indicators[0].values = []), d), path: '/indicators/0/values', message: /at least one value/ },
  { name: 'quote missing', mutate: (d) => (delete d.initiatives[0].provenance.quote, d), path: '/initiatives/0/provenance/quote', message: /required/ },
  { name: 'quote too short', mutate: (d) => ((d.tracks[0].provenance.quote = 'ja'), d), path: '/tracks/0/provenance/quote', message: /at least 8/ },
  { name: 'quote too long', mutate: (d) => ((d.tracks[0].provenance.quote = 'x'.repeat(401)), d), path: '/tracks/0/provenance/quote', message: /one sentence or less/ },
  { name: 'provenance missing on a statistic row', mutate: (d) => (delete d.statistics[0].rows[1].provenance, d), path: '/statistics/0/rows/1/provenance', message: /required/ },
  { name: 'status update to unknown initiative', mutate: (d) => ((d.statusUpdates[0].initiativeId = 'findes-ikke'), d), path: '/statusUpdates/0/initiativeId', message: /unknown initiative/ },
  { name: 'unknown progress status', mutate: (d) => ((d.statusUpdates[0].status = 'green'), d), path: '/statusUpdates/0/status', message: /one of/ },
  { name: 'relation to itself', mutate: (d) => ((d.relations[0].planId = d.id), d), path: '/relations/0/planId', message: /itself/ },
  { name: 'source url not http(s)', mutate: (d) => ((d.source.url = 'javascript:alert(1)'), d), path: '/source/url', message: /http/ },
  { name: 'unknown flag kind', mutate: (d) => ((d.flags[0].kind = 'bug'), d), path: '/flags/0/kind', message: /one of/ },
  { name: 'tracks not an array', mutate: (d) => ((d.tracks = { forebyggelse: {} }), d), path: '/tracks', message: /array/i },
  { name: 'not an object at all', mutate: () => 'plan', path: '/', message: /object/i },
  { name: 'null document', mutate: () => null, path: '/', message: /object/i },
];

test('the valid base document validates', () => {
  const r = validatePlan(minimalPlan());
  assert.deepEqual(r.ok ? [] : r.issues, []);
});

test(`broken-document corpus has at least 20 cases (${CASES.length})`, () => {
  assert.ok(CASES.length >= 20);
});

for (const c of CASES) {
  test(`rejects: ${c.name}`, () => {
    const r = validatePlan(c.mutate(minimalPlan()));
    assert.equal(r.ok, false, 'document should be rejected');
    if (r.ok) return;
    const at = r.issues.filter((i) => toPointer(i.path) === c.path);
    assert.ok(at.length > 0, `no issue at ${c.path}; got ${r.issues.map((i) => `${toPointer(i.path)}: ${i.message}`).join(' | ')}`);
    assert.ok(at.some((i) => c.message.test(i.message)), `issue at ${c.path} says "${at.map((i) => i.message).join('; ')}", expected ${c.message}`);
  });
}
