// Property-based bad input: generated and mutated plan documents through validatePlan and validateCollection.
// Properties: never throws; a result is a valid plan or structured issues whose paths resolve into the input;
// a valid plan re-validates to the same plan; a collection never loses a document.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { validatePlan, validateCollection, type PlanResult } from '../../src/schema/validate.js';
import { toPointer, formatIssue, type PlanIssue } from '../../src/schema/issues.js';
import { minimalPlan } from '../fixtures/minimal-plan.js';
import { planFiles, readJson } from './helpers.js';

type Path = (string | number)[];
type Doc = unknown;

// Fixed seeds: the same documents on every machine and in CI.
const SEED = 0x5eed_2026;
const RUNS = { mutatedPlan: 6000, jsonValue: 2000, anything: 1000, collection: 1500 } as const;
fc.configureGlobal({ includeErrorInReport: true });
const counts: Record<string, number> = {};
const count = (name: string) => (counts[name] = (counts[name] ?? 0) + 1);

after(() => {
  const total = Object.entries(counts).reduce((a, [k, b]) => (k.startsWith('(') ? a : a + b), 0);
  for (const [name, n] of Object.entries(counts)) console.log(`property runs: ${name}: ${n}`);
  console.log(`property runs: total documents through the validator: ${total}`);
});

// ---------- the base documents: the five real plans and the minimal fixture ----------

const BASES: { name: string; doc: Doc }[] = [
  { name: 'minimal-plan', doc: minimalPlan() },
  ...planFiles().map((f) => ({ name: f.replace(/^.*\//, ''), doc: readJson(f) as Doc })),
];

// ---------- our own JSON pointer resolver (independent of src/schema/issues.ts valueAt) ----------

const own = (obj: object, key: string | number): boolean => Object.prototype.hasOwnProperty.call(obj, key);

/** Parse an RFC 6901 pointer as toPointer writes it ("/" alone stands for the document itself). */
function parsePointer(pointer: string): string[] {
  assert.ok(pointer.startsWith('/'), `pointer ${pointer} must start with /`);
  if (pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

type Resolved = { found: true; value: unknown } | { found: false; at: number };

/** Walk a pointer through own properties only (no prototype chain): found, or the depth where it stopped. */
function resolvePointer(doc: unknown, pointer: string): Resolved {
  let cur = doc;
  const segs = parsePointer(pointer);
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    if (cur === null || typeof cur !== 'object') return { found: false, at: i };
    if (Array.isArray(cur)) {
      if (!/^(0|[1-9]\d*)$/.test(seg)) return { found: false, at: i };
      const n = Number(seg);
      if (n >= cur.length || !own(cur, n)) return { found: false, at: i };
      cur = cur[n];
    } else {
      if (!own(cur, seg)) return { found: false, at: i };
      cur = (cur as Record<string, unknown>)[seg];
    }
  }
  return { found: true, value: cur };
}

/** Every issue: a path of string keys / array indices that resolves into the input, and a message. */
function checkIssues(input: unknown, issues: PlanIssue[], where: string): void {
  assert.ok(Array.isArray(issues) && issues.length > 0, `${where}: a rejection must carry at least one issue`);
  for (const issue of issues) {
    assert.ok(Array.isArray(issue.path), `${where}: issue path must be an array`);
    assert.equal(typeof issue.message, 'string', `${where}: issue message must be a string`);
    assert.ok(issue.message.trim().length > 0, `${where}: empty message at ${JSON.stringify(issue.path)}`);
    assert.doesNotMatch(issue.message, /expected (\w+), got \1\b/, `${where}: a message that contradicts itself`);
    // Array segments are indices, object segments are keys (checked against the input as we walk).
    let cur: unknown = input;
    issue.path.forEach((seg, i) => {
      assert.ok(
        typeof seg === 'string' || (Number.isInteger(seg) && seg >= 0),
        `${where}: bad path segment ${String(seg)}`,
      );
      if (Array.isArray(cur))
        assert.equal(
          typeof seg,
          'number',
          `${where}: array at ${toPointer(issue.path.slice(0, i))} indexed by ${String(seg)}`,
        );
      cur =
        cur !== null && typeof cur === 'object' && own(cur, seg)
          ? (cur as Record<string | number, unknown>)[seg]
          : undefined;
    });
    const pointer = toPointer(issue.path);
    const r = resolvePointer(input, pointer);
    if (r.found) {
      // The offending value the issue reports is the value at its path.
      assert.ok(
        Object.is(issue.value, r.value),
        `${where}: issue at ${pointer} reports a value that is not the input's`,
      );
    } else {
      // A path may name one missing key (a required field), but everything above it must exist.
      assert.equal(
        r.at,
        issue.path.length - 1,
        `${where}: issue path ${pointer} does not resolve into the input (stops at segment ${r.at})`,
      );
      assert.match(
        issue.message,
        /required/,
        `${where}: ${pointer} is missing in the input but the message does not say it is required: ${issue.message}`,
      );
    }
    assert.doesNotThrow(() => formatIssue(issue), `${where}: formatIssue threw for ${pointer}`);
  }
}

/** The shape of a validatePlan result, and on success: re-validation of a copy gives the same plan. */
function checkResult(input: unknown, r: PlanResult, where: string): void {
  assert.equal(typeof r, 'object');
  if (r.ok) {
    assert.deepEqual(Object.keys(r).sort(), ['ok', 'plan']);
    assert.equal(typeof r.plan, 'object');
    const copy = structuredClone(r.plan);
    const again = validatePlan(copy);
    assert.ok(
      again.ok,
      `${where}: a valid plan re-validated as invalid: ${again.ok ? '' : again.issues.map(formatIssue).join('; ')}`,
    );
    assert.deepStrictEqual(again.plan, r.plan, `${where}: re-validation changed the plan`);
    const viaJson = validatePlan(JSON.parse(JSON.stringify(r.plan)));
    assert.ok(viaJson.ok, `${where}: a valid plan written as JSON and read back is invalid`);
    assert.equal(validatePlan(r.plan).ok, true, `${where}: the validated plan object itself is not valid`);
    // Nothing of a valid input is dropped on the way: every key path of the input is in the plan.
    const kept = new Set(keyPaths(r.plan));
    const lost = keyPaths(input).filter((k) => !kept.has(k));
    assert.deepEqual(lost, [], `${where}: the valid plan lost parts of its input`);
  } else {
    assert.deepEqual(Object.keys(r).sort(), ['issues', 'ok']);
    checkIssues(input, r.issues, where);
  }
}

/** Every key path of a (valid, so acyclic) document as a pointer-like string; arrays by index, as JSON has them. */
function keyPaths(doc: unknown, prefix = '', out: string[] = []): string[] {
  out.push(prefix);
  if (Array.isArray(doc)) for (let i = 0; i < doc.length; i++) keyPaths(doc[i], `${prefix}/${i}`, out);
  else if (doc !== null && typeof doc === 'object')
    for (const k of Object.keys(doc)) keyPaths((doc as Record<string, unknown>)[k], `${prefix}/${k}`, out);
  return out;
}

function validateChecked(input: unknown, where: string): PlanResult {
  let r: PlanResult | undefined;
  assert.doesNotThrow(() => (r = validatePlan(input)), `${where}: validatePlan threw`);
  checkResult(input, r!, where);
  return r!;
}

// ---------- mutations ----------

/** A node of a document, with the way up to the root (paths are built only for the nodes a mutation picks). */
interface Entry {
  node: unknown;
  parent: Entry | null;
  key: string | number;
}

/** Every node of a document (cycle-safe, own enumerable keys), the root first. */
function allNodes(doc: unknown, limit = 20000): Entry[] {
  const out: Entry[] = [{ node: doc, parent: null, key: '' }];
  const seen = new Set<object>();
  for (let i = 0; i < out.length && out.length < limit; i++) {
    const e = out[i]!;
    const node = e.node;
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) for (let k = 0; k < node.length; k++) out.push({ node: node[k], parent: e, key: k });
    else for (const k of Object.keys(node)) out.push({ node: (node as Record<string, unknown>)[k], parent: e, key: k });
  }
  return out;
}

function pathOf(e: Entry): Path {
  const path: Path = [];
  for (let cur: Entry | null = e; cur && cur.parent; cur = cur.parent) path.unshift(cur.key);
  return path;
}

/** Set a key as an own, enumerable data property (so "__proto__" becomes a key, as JSON.parse makes it). */
function setOwn(target: object, key: string | number, value: unknown): void {
  if (Array.isArray(target) && key === 'length') return; // not redefinable
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** 0 … length-1 (an array may carry an own "constructor" key, so no .map on it). */
function indices(arr: readonly unknown[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < arr.length; i++) out.push(i);
  return out;
}

const HUGE = 'x'.repeat(200_000);

function nest(value: unknown, depth: number, asArray: boolean): unknown {
  let v = value;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { nested: v };
  return v;
}

/** Values of other types and edge values: what a hand-edited or machine-made file might hold. */
const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    NaN,
    Infinity,
    -Infinity,
    -0,
    0,
    -1,
    1.5,
    2 ** 53,
    true,
    false,
    '',
    ' ',
    '\u0000',
    '\u202e',
    '__proto__',
    [],
    {},
    HUGE,
  ),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double(),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.integer({ min: -5, max: 3000 }).map(String), // numbers as strings ("2020")
  fc.tuple(fc.integer({ min: 50, max: 3000 }), fc.boolean()).map(([d, a]) => nest('deep', d, a)), // deep nesting
  fc.jsonValue({ maxDepth: 3 }),
);

const odd = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'valueOf',
    'hasOwnProperty',
    'then',
    '',
    ' id',
    'id ',
    'ID',
    '0',
    'length',
  ),
  fc.string({ maxLength: 12 }),
);

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'retype'; at: number }
  | { kind: 'duplicate'; at: number; copies: number }
  | { kind: 'swap-ids'; a: number; b: number; copy: boolean }
  | { kind: 'add-key'; at: number; key: string; value: unknown }
  | { kind: 'cycle'; at: number; up: number; key: string | null }
  | { kind: 'wrap'; at: number; depth: number; asArray: boolean }
  | { kind: 'hole'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: weirdValue }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), copies: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('swap-ids' as const), a: fc.nat(), b: fc.nat(), copy: fc.boolean() }),
  fc.record({ kind: fc.constant('add-key' as const), at: fc.nat(), key: odd, value: weirdValue }),
  fc.record({ kind: fc.constant('cycle' as const), at: fc.nat(), up: fc.nat(), key: fc.option(odd) }),
  fc.record({
    kind: fc.constant('wrap' as const),
    at: fc.nat(),
    depth: fc.integer({ min: 1, max: 500 }),
    asArray: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('hole' as const), at: fc.nat() }),
);

/** A value turned into another type that still "looks" the same: 2020 ↔ "2020", "a" → ["a"], {…} → "[object]". */
function retype(v: unknown): unknown {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v.length;
  if (typeof v === 'boolean') return v ? 'true' : 0;
  if (Array.isArray(v)) return Object.fromEntries(indices(v).map((i) => [String(i), v[i]]));
  if (v !== null && typeof v === 'object') return Object.values(v);
  return v === null ? 'null' : null;
}

/** Apply one mutation; when the mutation itself cannot be applied (an earlier one made an odd shape), keep the document. */
function applyMutation(doc: unknown, m: Mutation): unknown {
  try {
    return mutate(doc, m);
  } catch {
    return doc;
  }
}

function mutate(doc: unknown, m: Mutation): unknown {
  const all = allNodes(doc);
  const isObject = (v: unknown) => v !== null && typeof v === 'object';
  const nonEmptyArrays = () => all.filter((e) => Array.isArray(e.node) && e.node.length > 0);
  const pick = (n: number) => all[n % all.length]!;
  /** Put a value where an entry is (the root: return the value as the new document). */
  const put = (e: Entry, value: unknown): unknown => {
    if (!e.parent) return value;
    setOwn(e.parent.node as object, e.key, value);
    return doc;
  };
  switch (m.kind) {
    case 'delete': {
      const e = pick(m.at);
      if (!e.parent) return undefined;
      const parent = e.parent.node;
      if (Array.isArray(parent)) parent.splice(e.key as number, 1);
      else delete (parent as Record<string, unknown>)[e.key];
      return doc;
    }
    case 'replace':
      return put(pick(m.at), m.value);
    case 'retype': {
      const e = pick(m.at);
      return put(e, retype(e.node));
    }
    case 'duplicate': {
      const arrays = nonEmptyArrays();
      if (!arrays.length) return doc;
      const arr = arrays[m.at % arrays.length]!.node as unknown[];
      const i = m.at % arr.length;
      for (let c = 0; c < m.copies; c++) arr.splice(i + 1, 0, structuredClone(arr[i]));
      return doc;
    }
    case 'swap-ids': {
      const ids = all.filter((e) => typeof e.key === 'string' && e.parent !== null && /(^id$|Id$|Ids$)/.test(e.key));
      if (ids.length < 2) return doc;
      const a = ids[m.a % ids.length]!;
      const b = ids[m.b % ids.length]!;
      const [va, vb] = [structuredClone(a.node), structuredClone(b.node)];
      put(a, vb);
      if (!m.copy) put(b, va);
      return doc;
    }
    case 'add-key': {
      const objects = all.filter((e) => isObject(e.node));
      setOwn(objects[m.at % objects.length]!.node as object, m.key, m.value);
      return doc;
    }
    case 'cycle': {
      // Point somewhere below an object back up to one of its ancestors (a JS caller can hand us this).
      const objects = all.filter((e) => isObject(e.node));
      const e = objects[m.at % objects.length]!;
      let ancestor: Entry = e;
      for (let up = m.up % (pathOf(e).length + 1); up > 0 && ancestor.parent; up--) ancestor = ancestor.parent;
      const target = e.node as Record<string | number, unknown>;
      const keys = Array.isArray(target) ? indices(target) : Object.keys(target);
      const key = m.key ?? (keys.length ? keys[m.at % keys.length]! : 'self');
      setOwn(target, key, ancestor.node);
      return doc;
    }
    case 'wrap': {
      const e = pick(m.at);
      return put(e, nest(e.node, m.depth, m.asArray));
    }
    case 'hole': {
      // A sparse array: an index that is not there at all (not even undefined).
      const arrays = nonEmptyArrays();
      if (!arrays.length) return doc;
      const arr = arrays[m.at % arrays.length]!.node as unknown[];
      delete arr[m.at % arr.length];
      return doc;
    }
  }
}

const kinds: Record<string, number> = {};

/** A mutated copy of one of the bases (1–4 mutations), described for failure messages. */
const mutatedDoc = fc.tuple(fc.nat({ max: 9 }), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([b, ms]) => {
  // Half of the runs start from the small fixture (fast, has every kind of section), half from a real plan.
  const base = BASES[b < 5 ? 0 : b - 4]!;
  let doc = structuredClone(base.doc);
  for (const m of ms) {
    doc = applyMutation(doc, m);
    kinds[m.kind] = (kinds[m.kind] ?? 0) + 1;
  }
  return { base: base.name, mutations: ms.map((m) => m.kind).join(','), doc };
});

// ---------- properties ----------

test('the base documents are valid (so mutations start from a valid plan)', () => {
  assert.equal(BASES.length, 6);
  for (const b of BASES) {
    const r = validateChecked(b.doc, b.name);
    assert.ok(r.ok, `${b.name} should be valid`);
  }
});

test(`mutated plans (${RUNS.mutatedPlan}): validatePlan never throws; valid plans re-validate; issues resolve into the input`, () => {
  let valid = 0;
  fc.assert(
    fc.property(mutatedDoc, ({ base, mutations, doc }) => {
      count('mutated plans through validatePlan');
      const r = validateChecked(doc, `${base} [${mutations}]`);
      if (r.ok) valid++;
    }),
    { seed: SEED, numRuns: RUNS.mutatedPlan },
  );
  console.log(`property runs: mutated plans that stayed valid: ${valid} of ${RUNS.mutatedPlan}`);
  console.log(`property runs: mutations applied by kind: ${JSON.stringify(kinds)}`);
  assert.equal(Object.keys(kinds).length, 9, 'every kind of mutation was generated');
  // The generator must mostly break plans (or it tests nothing), yet some mutations (e.g. an id swap) keep them valid.
  assert.ok(valid < RUNS.mutatedPlan * 0.5, `too many mutated plans stayed valid (${valid})`);
});

test(`random JSON values (${RUNS.jsonValue}): validatePlan never throws and explains every rejection`, () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 6 }), (doc) => {
      count('random JSON values through validatePlan');
      validateChecked(doc, 'jsonValue');
    }),
    { seed: SEED + 1, numRuns: RUNS.jsonValue },
  );
});

test(`random JS values (${RUNS.anything}): null prototypes, sparse arrays, boxed values, Maps, dates, bigints`, () => {
  const anything = fc.anything({
    maxDepth: 4,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
    key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'id', 'tracks', 'plans')),
  });
  fc.assert(
    fc.property(anything, (doc) => {
      count('random JS values through validatePlan');
      validateChecked(doc, 'anything');
      const c = validateCollection(doc);
      assert.ok(Array.isArray(c.plans) && Array.isArray(c.rejected));
    }),
    { seed: SEED + 2, numRuns: RUNS.anything },
  );
});

/** A collection entry: a valid base, a mutated base, or a random value. */
const entry: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.nat({ max: BASES.length - 1 }).map((i) => structuredClone(BASES[i]!.doc)) },
  { weight: 3, arbitrary: mutatedDoc.map((m) => m.doc) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

test(`collections (${RUNS.collection}): valid + rejected = input count, each rejection names its index`, () => {
  fc.assert(
    fc.property(fc.array(entry, { maxLength: 7 }), fc.constantFrom('array', 'object', 'single'), (docs, form) => {
      count('collections through validateCollection');
      counts['(documents inside those collections)'] =
        (counts['(documents inside those collections)'] ?? 0) + docs.length;
      // "single": one document on its own (an array or a {plans: [...]} on its own is a collection, as documented).
      if (form === 'single') docs = docs.slice(0, 1);
      const single = docs[0];
      const isCollection =
        Array.isArray(single) ||
        (single !== null && typeof single === 'object' && Array.isArray((single as { plans?: unknown }).plans));
      const input = form === 'array' ? docs : form === 'object' ? { plans: docs } : single;
      const list: unknown[] =
        form !== 'single'
          ? docs
          : isCollection
            ? Array.isArray(single)
              ? single
              : (single as { plans: unknown[] }).plans
            : [single];
      const n = list.length;
      let result: ReturnType<typeof validateCollection> | undefined;
      assert.doesNotThrow(() => (result = validateCollection(input)));
      const { plans, rejected } = result!;
      assert.equal(plans.length + rejected.length, n, 'a document was lost or counted twice');
      const rejectedAt = new Set<number>();
      let last = -1;
      for (const r of rejected) {
        assert.ok(Number.isInteger(r.index) && r.index >= 0 && r.index < n, `rejected index ${r.index} out of range`);
        assert.ok(r.index > last, 'rejections must be in input order, one per document');
        last = r.index;
        rejectedAt.add(r.index);
        checkIssues(list[r.index], r.issues, `collection[${r.index}]`);
        const id = (list[r.index] as { id?: unknown } | null)?.id;
        if (r.id !== undefined) assert.equal(r.id, id, 'a rejection names the id its document has');
      }
      // The kept plans are the other documents, in input order, each the plan validatePlan makes of it.
      const keptAt = indices(list).filter((i) => !rejectedAt.has(i));
      assert.deepEqual(
        plans.map((p) => p.id),
        keptAt.map((i) => {
          const r = validatePlan(list[i]);
          assert.ok(r.ok, `document ${i} was neither kept nor rejected validly`);
          return r.plan.id;
        }),
      );
      assert.equal(new Set(plans.map((p) => p.id)).size, plans.length, 'two kept plans share an id');
    }),
    { seed: SEED + 3, numRuns: RUNS.collection },
  );
});

test(`at least 10 000 documents went through the validator (${RUNS.mutatedPlan + RUNS.jsonValue + RUNS.anything + RUNS.collection})`, () => {
  const total = Object.entries(counts).reduce((a, [k, b]) => (k.startsWith('(') ? a : a + b), 0);
  assert.ok(total >= 10_000, `only ${total} runs`);
});

// ---------- regressions: the shrunk counterexamples the properties found, as plain tests ----------

test('regression: an issue whose value is cyclic and has an own "toString" key still formats', () => {
  const doc = minimalPlan();
  doc['toString'] = doc; // the shrunk counterexample: minimal plan + { toString: <the plan itself> }
  const r = validatePlan(doc);
  assert.equal(r.ok, false);
  if (r.ok) return;
  checkIssues(doc, r.issues, 'cyclic toString');
  assert.match(formatIssue(r.issues[0]!), /^\/: unknown key\(s\): toString \(got \[object Object\]\)$/);
});

test('regression: a typed array is not a plan, and its prototype methods are not reported as its values', () => {
  const doc = Float64Array.from([]);
  const r = validatePlan(doc);
  assert.equal(r.ok, false);
  if (r.ok) return;
  checkIssues(doc, r.issues, 'Float64Array');
  const values = r.issues.find((i) => toPointer(i.path) === '/values');
  assert.ok(values, 'an issue for /values');
  assert.equal(values.value, undefined, 'Float64Array.prototype.values is not the document’s /values');
  assert.match(values.message, /^required/);
});

test('regression: NaN and Infinity are named in the message ("expected number, got NaN")', () => {
  for (const bad of [NaN, Infinity, -Infinity]) {
    const doc = minimalPlan();
    doc['period'].start = bad;
    const r = validatePlan(doc);
    assert.equal(r.ok, false);
    if (r.ok) continue;
    const at = r.issues.find((i) => toPointer(i.path) === '/period/start');
    assert.equal(at?.message, `expected number, got ${String(bad)}`);
    assert.ok(Object.is(at.value, bad));
  }
});

test('regression: a breakdown key "__proto__" is reported, not dropped from the valid plan', () => {
  const doc = minimalPlan();
  doc['statistics'][0].rows[0].breakdown = JSON.parse('{"__proto__": "x", "constructor": "y", "alder": "unge"}');
  const r = validatePlan(doc);
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.deepEqual(
    r.issues.map((i) => [toPointer(i.path), i.message, i.value]),
    [['/statistics/0/rows/0/breakdown/__proto__', 'key "__proto__" is not allowed', 'x']],
  );
  checkIssues(doc, r.issues, 'breakdown __proto__');
  // "constructor" is an ordinary key there and is kept.
  delete doc['statistics'][0].rows[0].breakdown['__proto__'];
  const ok = validatePlan(doc);
  assert.ok(ok.ok);
  assert.deepEqual(Object.keys(ok.plan.statistics![0]!.rows[0]!.breakdown!), ['constructor', 'alder']);
  assert.equal(Object.getPrototypeOf({}), Object.prototype);
});

test('regression: validateCollection does not throw on a throwing getter or a hostile proxy (JS callers)', () => {
  const withGetter = minimalPlan();
  Object.defineProperty(withGetter, 'id', {
    enumerable: true,
    get: () => {
      throw new Error('getter');
    },
  });
  const hostile = new Proxy(
    {},
    {
      get: () => {
        throw new Error('trap');
      },
      ownKeys: () => {
        throw new Error('trap');
      },
      has: () => {
        throw new Error('trap');
      },
      getOwnPropertyDescriptor: () => {
        throw new Error('trap');
      },
    },
  );
  for (const input of [[minimalPlan(), withGetter], [hostile], hostile, { plans: [hostile] }]) {
    let r: ReturnType<typeof validateCollection> | undefined;
    assert.doesNotThrow(() => (r = validateCollection(input)));
    const n = Array.isArray(input) ? input.length : 1;
    assert.equal(r!.plans.length + r!.rejected.length, n);
    for (const rej of r!.rejected) {
      assert.ok(rej.index >= 0 && rej.index < n);
      assert.ok(rej.issues.length > 0 && rej.issues.every((i) => i.message.length > 0));
    }
  }
  const mixed = validateCollection([minimalPlan(), withGetter]);
  assert.deepEqual(
    mixed.plans.map((p) => p.id),
    ['testby-2020-2023'],
  );
  assert.deepEqual(
    mixed.rejected.map((x) => [x.index, x.id]),
    [[1, undefined]],
  );
});
