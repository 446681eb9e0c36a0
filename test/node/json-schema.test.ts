// The checked-in JSON Schema is what the zod schema generates; a stale file fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planJsonSchemaText, planJsonSchema } from '../../src/schema/json-schema.js';
import { SCHEMA_VERSION, THEME_IDS } from '../../src/schema/plan.js';
import { ROOT } from './helpers.js';

test('data/schema/plan.schema.json is up to date (run `npm run schema:generate`)', () => {
  const onDisk = readFileSync(join(ROOT, 'data/schema/plan.schema.json'), 'utf8');
  assert.equal(onDisk, planJsonSchemaText());
});

test('the JSON Schema carries the version, the theme enum and strict objects', () => {
  const s = planJsonSchema() as any;
  assert.match(s.title, new RegExp(SCHEMA_VERSION.replace(/\./g, '\\.')));
  assert.deepEqual(s.$defs.ThemeId.enum, [...THEME_IDS]);
  assert.equal(s.additionalProperties, false);
  assert.ok(s.required.includes('tracks') && s.required.includes('initiatives'));
  assert.ok(s.$defs.Provenance.required.includes('quote'));
});
