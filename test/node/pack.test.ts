// The packed seed data: packPlans/unpackPlans give back exactly what went in (the five real plans,
// hand-written hard cases, generated JSON), the bundled documents are the plan files in order, and
// the checked-in data/seed.packed.json is what the plan files pack to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { packPlans, unpackPlans, PACK_FORMAT_VERSION, type Packed } from '../../src/data/pack.js';
import { BUNDLED_DOCUMENTS } from '../../src/data/seed-documents.js';
import { SEED_FILES, PACKED_SEED_PATH, packedSeedText, readSeedPlans } from '../../scripts/pack-seed.js';
import { planFiles, readJson, PLANS_DIR } from './helpers.js';

const SEED = 0x9ac4_2026;
const RUNS = 1500;

/** Packs, writes the result as JSON text and reads it back (what the bundle does), then unpacks. */
function roundTrip(docs: unknown[]): unknown[] {
  return unpackPlans(JSON.parse(JSON.stringify(packPlans(docs))) as Packed);
}

/** What `docs` is as JSON text: undefined properties gone, -0 as 0, undefined array items as null. */
const asJson = (docs: unknown[]): unknown => JSON.parse(JSON.stringify(docs));

function assertRoundTrips(docs: unknown[]): void {
  const back = roundTrip(docs);
  assert.equal(JSON.stringify(back), JSON.stringify(docs));
  assert.deepStrictEqual(back, asJson(docs));
  // Without the trip through text, too (the same objects in memory).
  assert.equal(JSON.stringify(unpackPlans(packPlans(docs))), JSON.stringify(docs));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

const plansInSeedOrder = (): unknown[] => SEED_FILES.map((f) => readJson(`${PLANS_DIR}/${f}`));

// ---------- the five real plans ----------

test('the five seed plans round-trip exactly (deep equal and identical JSON text)', () => {
  const plans = plansInSeedOrder();
  assert.equal(plans.length, 5);
  const back = roundTrip(plans);
  assert.deepStrictEqual(back, plans);
  assert.equal(JSON.stringify(back), JSON.stringify(plans));
  for (let i = 0; i < plans.length; i++)
    assert.equal(JSON.stringify(back[i], null, 2), JSON.stringify(plans[i], null, 2), SEED_FILES[i]);
});

test('packing the seed plans uses the section tables and shrinks the gzipped text', () => {
  const plans = plansInSeedOrder();
  const packed = packPlans(plans);
  assert.equal(packed.version, PACK_FORMAT_VERSION);
  assert.equal(packed.documents.length, plans.length);
  for (const d of packed.documents) assert.ok(d.sections.length > 0);
  const text = JSON.stringify(packed);
  assert.ok(!/"quote":|"section":/.test(text), 'keys are written in the shapes list only');
  const gz = (s: string) => gzipSync(s, { level: 9 }).length;
  const before = gz(JSON.stringify(plans));
  const after = gz(text);
  assert.ok(after < before * 0.95, `gzip ${after} B packed vs ${before} B plain`);
});

// ---------- hand-written hard cases ----------

const HARD_CASES: [string, unknown][] = [
  ['empty things', [{}, [], [[]], [{}], '', 0, null, false]],
  [
    'arrays that start with numbers (the tags)',
    [[0], [1], [2], [0, 1, 2], [-1, 'a'], [1.5], [[0]], [[1, 2], 3], [null, 0], ['0', 1]],
  ],
  [
    'arrays of objects with other key orders and key sets',
    [[{ a: 1, b: 2 }, { b: 2, a: 1 }, { a: 1 }, {}, { c: [{ a: 1 }] }]],
  ],
  ['key order is kept', [{ b: 1, a: { d: 1, c: 2 }, 10: 'x', 2: 'y' }]],
  [
    'numbers where markers go',
    [
      { title: 'x', provenance: { section: 0, quote: 0 } },
      { provenance: { section: 1, quote: 1 }, a: 'b' },
    ],
  ],
  [
    'arrays where markers go',
    [
      { provenance: { section: [0], quote: [1, 2] } },
      { provenance: { section: [], quote: [[3]] } },
      { provenance: { section: ['s'], quote: ['q'] } },
    ],
  ],
  [
    'other values where markers go',
    [
      { provenance: { section: null, quote: true } },
      { provenance: { section: { a: 1 }, quote: { b: [0] } } },
      { provenance: { section: '', quote: '' }, t: '' },
    ],
  ],
  [
    'strings that read like markers',
    [
      { title: '0', provenance: { section: '0', quote: '0' } },
      { provenance: { section: '[0]', quote: '1' }, a: '1' },
      ['0', '1', '[1]', '{}'],
    ],
  ],
  [
    'a quote equal to a sibling field, several, or to none',
    [
      { id: 'a', title: 'Same', text: 'Same', provenance: { section: 'S', quote: 'Same' } },
      { provenance: { section: 'S', quote: 'Other' }, title: 'Same' },
      { text: 'q', provenance: { quote: 'q', section: 'S' }, note: 'q' },
    ],
  ],
  [
    'a quote equal only to fields named section, quote or provenance',
    [
      { section: 'x', quote: 'x', provenance: { section: 'x', quote: 'x' } },
      { provenance: { section: 'S', quote: 'S' } },
    ],
  ],
  [
    'provenance without section, without quote, or not an object',
    [
      { text: 'q', provenance: { quote: 'q' } },
      { text: 'q', provenance: { section: 'S' } },
      { provenance: null },
      { provenance: 'S' },
      { provenance: ['S', 'q'] },
      { provenance: 0 },
    ],
  ],
  [
    'provenance inside provenance',
    [
      { t: 'q', provenance: { section: 'S', quote: 'q', n: 'S', provenance: { section: 'S', quote: 'S' } } },
      { section: 'A', provenance: { section: 'A', quote: 'A', provenance: { section: 'B', quote: 'A', title: 'A' } } },
    ],
  ],
  [
    'the key __proto__ and other odd keys',
    [
      JSON.parse('{"__proto__": {"a": 1}, "b": [{"__proto__": 1}, {"__proto__": 2}]}'),
      { '': 1, constructor: 'x', toString: 2, hasOwnProperty: 3 },
    ],
  ],
  ['odd strings and numbers', ['\u0000', '\ud800', 'æøå ”', '\n', 1e21, -1e-7, 5e-324, Number.MAX_SAFE_INTEGER, -0]],
  ['a document that is not an object', ['just text', 7, [1, 2, 3], null]],
  [
    'the same sections in two documents',
    [
      { provenance: { section: 'S', quote: 'q' } },
      { provenance: { section: 'T', quote: 'q' } },
      { provenance: { section: 'S', quote: 'q' } },
    ],
  ],
];

for (const [name, docs] of HARD_CASES) {
  test(`round-trip: ${name}`, () => assertRoundTrips(docs as unknown[]));
}

test('a property set to undefined stays absent, as in JSON.stringify (also in arrays of objects)', () => {
  const docs = [
    { a: undefined, b: 1 },
    [{ a: 1, b: undefined }, { a: 2 }],
    { provenance: { section: 'S', quote: undefined }, c: undefined },
    [undefined, 1],
  ];
  const back = roundTrip(docs) as any[];
  assert.equal(JSON.stringify(back), JSON.stringify(docs));
  assert.ok(!('a' in back[0]));
  assert.ok(!('b' in back[1][0]));
  assert.ok(!('quote' in back[2].provenance) && !('c' in back[2]));
  assert.deepStrictEqual(back[3], [null, 1]);
  assert.deepStrictEqual(roundTrip([undefined]), [null]);
  // eslint-disable-next-line no-sparse-arrays -- the hole is what is tested
  assert.deepStrictEqual(unpackPlans(packPlans([[1, , 3]])), [[1, null, 3]]); // a hole, as JSON.stringify writes it
});

test('the __proto__ key comes back as an own property, not as a prototype', () => {
  const doc = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}');
  const [back] = roundTrip([doc]) as any[];
  assert.ok(Object.prototype.hasOwnProperty.call(back, '__proto__'));
  assert.equal(Object.getPrototypeOf(back), Object.prototype);
  assert.equal(back.polluted, undefined);
  assert.deepStrictEqual(back, doc);
});

test('values JSON cannot hold are refused with a TypeError', () => {
  const cyclic: any = { a: 1 };
  cyclic.self = cyclic;
  for (const bad of [
    () => 1,
    Symbol('s'),
    1n,
    Number.NaN,
    Infinity,
    { toJSON: () => 1 },
    new Date(0),
    cyclic,
    [cyclic],
    { deep: [{ f: () => 1 }] },
  ]) {
    assert.throws(() => packPlans([bad]), TypeError);
  }
  const shared = { a: 1 };
  assertRoundTrips([{ x: shared, y: shared }, [shared, shared]]); // shared, not circular
});

test('neither function changes its input', () => {
  const plans = deepFreeze(plansInSeedOrder());
  const packed = deepFreeze(packPlans(plans as unknown[]));
  const copy = JSON.stringify(packed);
  const back = unpackPlans(packed);
  assert.equal(JSON.stringify(packed), copy);
  assert.deepStrictEqual(back, plans);
  assert.ok(!Object.isFrozen(back[0]), 'unpacking builds new objects');
});

test('unpacking refuses another format version and broken data', () => {
  const packed = packPlans([{ a: { b: 1 }, provenance: { section: 'S', quote: 'x' } }]);
  assert.throws(() => unpackPlans({ ...packed, version: PACK_FORMAT_VERSION + 1 }), /format version/);
  assert.throws(() => unpackPlans({ ...packed, shapes: [] }), /corrupt/);
  assert.throws(
    () => unpackPlans({ ...packed, documents: [{ sections: [], value: packed.documents[0]!.value }] }),
    /corrupt/,
  );
  assert.throws(() => unpackPlans({ ...packed, documents: [{ sections: ['S'], value: { a: 1 } }] }), /corrupt/);
  assert.throws(() => unpackPlans(null as unknown as Packed), /format version/);
});

// ---------- generated JSON ----------

// Keys and strings that the packing treats specially, mixed with arbitrary ones.
const specialKey = fc.constantFrom(
  'provenance',
  'section',
  'quote',
  'title',
  'text',
  '__proto__',
  '',
  '0',
  'constructor',
);
const key = fc.oneof(specialKey, fc.string({ maxLength: 6 }));
const specialAtom = fc.constantFrom<unknown>(
  0,
  1,
  2,
  -1,
  0.5,
  -0,
  1e21,
  true,
  false,
  null,
  undefined,
  '',
  '0',
  '1',
  '[0]',
  'provenance',
  'section',
  'quote',
  'S',
  'q',
);
const atom = fc.oneof(
  specialAtom,
  fc.string(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);

const { value: jsonish } = fc.letrec<{
  value: unknown;
  array: unknown[];
  object: Record<string, unknown>;
  cited: Record<string, unknown>;
  tagged: unknown[];
}>((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, atom, tie('array'), tie('object'), tie('cited'), tie('tagged')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  // An object with a citation whose section and quote may repeat one of its fields, in any key order.
  cited: fc
    .tuple(
      fc.array(fc.tuple(key, tie('value')), { maxLength: 3 }),
      fc.string({ maxLength: 4 }),
      fc.constantFrom('quote-is-field', 'section-is-field', 'both', 'free', 'no-quote', 'no-section'),
      tie('value'),
      tie('value'),
      fc.nat(4),
      specialKey,
    )
    .map(([rest, text, mode, section, quote, at, field]) => {
      const provenance: [string, unknown][] = [];
      if (mode !== 'no-section')
        provenance.push(['section', mode === 'section-is-field' || mode === 'both' ? text : section]);
      if (mode !== 'no-quote') provenance.push(['quote', mode === 'quote-is-field' || mode === 'both' ? text : quote]);
      const entries: [string, unknown][] = [...rest];
      entries.splice(
        Math.min(at, entries.length),
        0,
        [field === 'provenance' ? 'text' : field, text],
        ['provenance', Object.fromEntries(at % 2 ? provenance.reverse() : provenance)],
      );
      return Object.fromEntries(entries);
    }),
  // Arrays that begin with the numbers the packed form uses as tags.
  tagged: fc
    .tuple(fc.constantFrom(0, 1, 2, 3, -0), fc.array(tie('value'), { maxLength: 3 }))
    .map(([n, rest]) => [n, ...rest]),
}));

test(`round-trip: ${RUNS} generated lists of JSON values (fixed seed)`, () => {
  let runs = 0;
  fc.assert(
    fc.property(fc.array(jsonish, { maxLength: 4 }), (docs) => {
      runs++;
      assertRoundTrips(docs);
    }),
    { seed: SEED, numRuns: RUNS },
  );
  assert.equal(runs, RUNS);
});

test('round-trip: generated arrays of similar objects (many shapes per list)', () => {
  const row = fc.record(
    {
      id: fc.string({ maxLength: 3 }),
      title: fc.string({ maxLength: 3 }),
      n: fc.integer(),
      provenance: fc.record({ section: fc.constantFrom('A', 'B'), quote: fc.string({ maxLength: 3 }) }),
    },
    { requiredKeys: ['id'] },
  );
  fc.assert(
    fc.property(fc.array(fc.array(row, { minLength: 2, maxLength: 6 }), { maxLength: 3 }), (docs) =>
      assertRoundTrips(docs),
    ),
    { seed: SEED + 1, numRuns: 500 },
  );
});

// ---------- the bundled copy ----------

test('SEED_FILES lists every file in data/plans/, oldest first', () => {
  assert.deepEqual(
    [...SEED_FILES].sort(),
    planFiles().map((f) => basename(f)),
  );
  const starts = plansInSeedOrder().map((p) => (p as { period: { start: number } }).period.start);
  assert.deepEqual(
    starts,
    [...starts].sort((a, b) => a - b),
  );
});

test('BUNDLED_DOCUMENTS are the plan files, in order', () => {
  const plans = readSeedPlans();
  assert.equal(BUNDLED_DOCUMENTS.length, 5);
  assert.deepStrictEqual([...BUNDLED_DOCUMENTS], plans);
  assert.equal(JSON.stringify(BUNDLED_DOCUMENTS), JSON.stringify(plans));
  assert.deepEqual(
    BUNDLED_DOCUMENTS.map((d) => (d as { id: string }).id),
    [
      'ishoj-vallensbaek-2014-2018',
      'aalborg-2016-2019-status',
      'randers-2017-2020',
      'aabenraa-2021',
      'aabenraa-2022-2024',
    ],
  );
});

test('data/seed.packed.json is up to date (run `npm run data:pack`)', () => {
  assert.equal(readFileSync(PACKED_SEED_PATH, 'utf8'), packedSeedText());
});
