// JSON Schema parity: the checked-in data/schema/plan.schema.json (what an editor validates against) must
// reject whatever the validator rejects, wherever JSON Schema can say it, and never reject what the
// validator accepts. What JSON Schema cannot say (an order of numbers, unique ids, references) must be
// said in the description of the field concerned, so that an editor's hover sends the author to the CLI.
// Checked with ajv (draft 2020-12, strict) over the broken-document corpus, the seed plans, the 1.0 and
// 1.1 example documents and generated mutations of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { validatePlan } from '../../src/schema/validate.js';
import { toPointer, type PlanIssue } from '../../src/schema/issues.js';
import type { MessageCode } from '../../src/schema/messages.js';
import { minimalPlan } from '../fixtures/minimal-plan.js';
import { BROKEN_CASES } from '../fixtures/broken-cases.js';
import { EXAMPLES_1_0, EXAMPLES_1_1 } from '../fixtures/plans-1-1.js';
import { ROOT, planFiles, readJson } from './helpers.js';

type Json = Record<string, unknown>;
const schema = JSON.parse(readFileSync(join(ROOT, 'data/schema/plan.schema.json'), 'utf8')) as Json;
// Strict, except strictRequired (it refuses the if: { required: [...] } that the if/then rules need).
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const validateJsonSchema = ajv.compile(schema);

function jsonSchemaAccepts(doc: unknown): { ok: boolean; errors: string } {
  const ok = validateJsonSchema(doc) as boolean;
  const errors = (validateJsonSchema.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('; ');
  return { ok, errors };
}

/** Problems no JSON Schema can find: an order of two numbers, uniqueness, references, checks across plans. */
const CLI_ONLY: ReadonlySet<MessageCode> = new Set<MessageCode>([
  'periodOrder',
  'ageOrder',
  'yearOrder',
  'duplicateValue',
  'rangeOrder',
  'duplicateId',
  'unknownRef',
  'selfRelation',
  'keyUnit',
  'keyScope',
  'protoKey',
  // 1.2: same-as both ways, links naming another plan, merges and splits of two or more, holds vs initiatives
  'selfSameAs',
  'sameAsSymmetric',
  'selfLink',
  'mergedFromOne',
  'splitFromOne',
  'holdsMeasures',
]);
const schemaCouldCatch = (issues: readonly PlanIssue[]) => issues.filter((i) => !i.code || !CLI_ONLY.has(i.code));

/** The descriptions on the way from the root of the JSON Schema to the field at `path`. */
function descriptionsAt(path: readonly (string | number)[]): string[] {
  const defs = schema['$defs'] as Record<string, Json>;
  const deref = (node: Json): Json =>
    typeof node['$ref'] === 'string' ? deref(defs[(node['$ref'] as string).replace('#/$defs/', '')]!) : node;
  const out: string[] = [];
  let node: Json | undefined = schema;
  for (const seg of path) {
    const here: Json = deref(node);
    const next: Json | undefined =
      typeof seg === 'number'
        ? (here['items'] as Json | undefined)
        : ((here['properties'] as Record<string, Json> | undefined)?.[seg] ??
          (typeof here['additionalProperties'] === 'object' ? (here['additionalProperties'] as Json) : undefined));
    if (!next) break;
    if (typeof next['description'] === 'string') out.push(next['description']);
    node = next;
  }
  return out;
}

test('the JSON Schema compiles in ajv strict mode, as draft 2020-12', () => {
  assert.equal(schema['$schema'], 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(typeof validateJsonSchema, 'function');
});

const VALID: { name: string; doc: unknown }[] = [
  ...planFiles().map((f) => ({ name: f.replace(/^.*\//, ''), doc: readJson(f) as unknown })),
  ...EXAMPLES_1_0.map((e) => ({ name: `1.0: ${e.name}`, doc: e.doc() as unknown })),
  ...EXAMPLES_1_1.map((e) => ({ name: `1.1: ${e.name}`, doc: e.doc() as unknown })),
];

for (const { name, doc } of VALID) {
  test(`valid for both: ${name}`, () => {
    const r = validatePlan(doc);
    assert.ok(r.ok, r.ok ? '' : r.issues.map((i) => `${toPointer(i.path)}: ${i.message}`).join('; '));
    const js = jsonSchemaAccepts(doc);
    assert.ok(js.ok, `the JSON Schema rejects a valid document: ${js.errors}`);
  });
}

let rejectsCount = 0;
let cliOnlyCount = 0;
for (const c of BROKEN_CASES) {
  test(`broken corpus, ${c.jsonSchema}: ${c.name}`, () => {
    const doc = c.mutate(minimalPlan());
    const r = validatePlan(doc);
    assert.equal(r.ok, false, 'the validator must reject it (see broken-documents.test.ts)');
    if (r.ok) return;
    const js = jsonSchemaAccepts(doc);
    if (c.jsonSchema === 'rejects') {
      rejectsCount++;
      assert.equal(js.ok, false, `the JSON Schema accepts what it could reject (${c.path})`);
      assert.ok(schemaCouldCatch(r.issues).length > 0, 'the validator calls every problem CLI-only');
    } else {
      cliOnlyCount++;
      assert.ok(js.ok, `marked cli-only, but the JSON Schema rejects it: ${js.errors}`);
      assert.deepEqual(
        schemaCouldCatch(r.issues).map((i) => toPointer(i.path)),
        [],
        'a problem JSON Schema could say',
      );
      const path = c.path
        .split('/')
        .slice(1)
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      const notes = descriptionsAt(path);
      assert.ok(
        notes.some((d) => d.includes('plan-compare-validate')),
        `no description on the way to ${c.path} sends the author to the CLI (${JSON.stringify(notes)})`,
      );
    }
  });
}

test('the corpus has cases of both kinds', () => {
  assert.ok(rejectsCount >= 40, `${rejectsCount} cases the JSON Schema rejects`);
  assert.ok(cliOnlyCount >= 10, `${cliOnlyCount} cases only the CLI rejects`);
});

// ---------- generated: mutations of valid documents ----------

const ODD_VALUES: unknown[] = [
  '',
  ' ',
  '\t\n',
  ' x ',
  'x',
  '  ja    ',
  ` ${'q'.repeat(400)} `,
  'q'.repeat(401),
  'da',
  'nb',
  'en-GB',
  'danish',
  'DK',
  'NO',
  'no',
  '0301',
  '580',
  '2023-02-29',
  '2024-02-29',
  '2012-13-45',
  '2023-04',
  'formal',
  'unknown',
  'about',
  'at-least',
  'rate',
  'days',
  'related-to',
  'implemented-by',
  0,
  -1,
  1.5,
  130,
  131,
  1899,
  2100,
  2101,
  null,
  true,
  false,
  [],
  {},
  ['prevention'],
  { per: 1000, of: 'indbyggere' },
];
const ODD_KEYS = ['qualifier', 'valueMax', 'approximate', 'country', 'denominator', 'municipalityCode', 'end', 'x'];

/** Every path of a JSON document, the root first. */
function paths(doc: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(doc)) doc.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (doc !== null && typeof doc === 'object')
    for (const [k, v] of Object.entries(doc)) paths(v, [...prefix, k], out);
  return out;
}

function mutate(doc: unknown, at: (string | number)[], how: 'set' | 'delete' | 'add', value: unknown, key: string) {
  if (at.length === 0) return how === 'set' ? structuredClone(value) : doc;
  let parent = doc as Record<string | number, unknown>;
  for (const seg of at.slice(0, -1)) {
    const next = parent[seg];
    if (next === null || typeof next !== 'object') return doc; // an earlier mutation replaced the way there
    parent = next as Record<string | number, unknown>;
  }
  const last = at[at.length - 1]!;
  if (how === 'set') parent[last] = structuredClone(value);
  else if (how === 'delete' && !Array.isArray(parent)) delete parent[last];
  else if (how === 'add') {
    const target = parent[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target))
      (target as Record<string, unknown>)[key] = structuredClone(value);
  }
  return doc;
}

const BASES = [minimalPlan(), ...EXAMPLES_1_1.map((e) => e.doc()), readJson(planFiles()[4]!)];
const RUNS = 3000;

test(`generated: ${RUNS} mutated documents, the two agree wherever JSON Schema can say it (fixed seed)`, () => {
  let rejected = 0;
  let runs = 0;
  fc.assert(
    fc.property(
      fc.nat(BASES.length - 1),
      fc.nat(),
      fc.constantFrom('set', 'delete', 'add'),
      fc.constantFrom(...ODD_VALUES),
      fc.constantFrom(...ODD_KEYS),
      fc.nat(2),
      (b, pick, how, value, key, extra) => {
        runs++;
        const doc = structuredClone(BASES[b]) as unknown;
        const all = paths(doc);
        mutate(doc, all[pick % all.length]!, how as 'set', value, key);
        // A second mutation now and then: problems that only show together.
        if (extra === 0) mutate(doc, all[(pick >> 3) % all.length]!, 'set', ODD_VALUES[pick % ODD_VALUES.length], key);
        const r = validatePlan(doc);
        const js = jsonSchemaAccepts(doc);
        if (!js.ok) {
          rejected++;
          assert.equal(r.ok, false, `the JSON Schema rejects a document the validator accepts: ${js.errors}`);
        }
        if (!r.ok) {
          const catchable = schemaCouldCatch(r.issues);
          assert.ok(
            js.ok === false || catchable.length === 0,
            `the JSON Schema accepts a document with ${catchable.map((i) => `${toPointer(i.path)}: ${i.message}`).join('; ')}`,
          );
        }
      },
    ),
    { seed: 0x12_2026, numRuns: RUNS },
  );
  assert.equal(runs, RUNS);
  assert.ok(rejected > RUNS / 4, `only ${rejected} of ${RUNS} mutations were invalid: the generator is too gentle`);
});
