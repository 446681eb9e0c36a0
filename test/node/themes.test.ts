import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import taxonomy from '../../data/themes.json' with { type: 'json' };
import { ThemeTaxonomy } from '../../src/schema/themes.js';
import { THEMES } from '../../src/data/themes.js';

// The elements read data/themes.json without the validator; this is where it is validated.
test('data/themes.json is a valid theme taxonomy, and THEMES is exactly its themes', () => {
  const parsed = z.safeParse(ThemeTaxonomy, taxonomy);
  assert.equal(parsed.success, true, parsed.success ? '' : JSON.stringify(parsed.error.issues));
  assert.deepEqual(THEMES, parsed.data!.themes);
});
