// Every provenance quote stands verbatim in its source text (after normalising whitespace and
// line-break hyphenation). Without the source folder the check is SKIPPED, loudly — never passed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { collectQuotes, quoteInSource, sourceVariants, normaliseQuote } from '../../src/schema/quotes.js';
import { toPointer } from '../../src/schema/issues.js';
import { SEEDS_DIR, SEEDS_PRESENT, planFiles, readJson } from './helpers.js';

if (!SEEDS_PRESENT) {
  console.warn(`\n!!! PROVENANCE CHECK SKIPPED: source texts not found at ${SEEDS_DIR} (set PLAN_SEEDS_DIR) !!!\n`);
}

test('quote normalisation joins line-break hyphens and collapses whitespace', () => {
  const [joined, kept, compound] = sourceVariants('den fore-\n\nbyggende  indsats\nalkohol-\nog stof, Campus-\n\nRåd');
  assert.ok(joined!.includes('den forebyggende indsats'));
  assert.ok(kept!.includes('alkohol- og stof'));
  assert.ok(compound!.includes('Campus-Råd'));
  assert.ok(!quoteInSource('Campus Råd', [joined!, kept!, compound!]));
  assert.equal(normaliseQuote('  a\n\n b  '), 'a b');
  assert.ok(quoteInSource('forebyggende indsats', [joined!, kept!]));
  assert.ok(quoteInSource('Campus-Råd', [compound!]));
  assert.ok(!quoteInSource('forebyggende behandling', [joined!, kept!]));
});

for (const file of planFiles()) {
  test(
    `${basename(file)}: every quote is in the source text`,
    { skip: SEEDS_PRESENT ? false : `source texts not found at ${SEEDS_DIR}` },
    () => {
      const doc = readJson(file);
      const variants = sourceVariants(readFileSync(join(SEEDS_DIR, doc.source.file), 'utf8'));
      const quotes = collectQuotes(doc);
      assert.ok(quotes.length >= 10, `only ${quotes.length} quotes`);
      const missing = quotes
        .filter((q) => !quoteInSource(q.quote, variants))
        .map((q) => `${toPointer(q.path)}: ${JSON.stringify(q.quote)}`);
      assert.deepEqual(missing, []);
    },
  );
}
