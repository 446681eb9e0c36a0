/**
 * Check every provenance quote of the given plan files against the source texts.
 * Usage: tsx scripts/check-quotes.ts data/plans/*.json   (sources from $PLAN_SEEDS_DIR or ../shared/seeds)
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collectQuotes, quoteInSource, sourceVariants } from '../src/schema/quotes.js';
import { toPointer } from '../src/schema/issues.js';

const seeds = resolve(process.env['PLAN_SEEDS_DIR'] ?? join(import.meta.dirname, '..', '..', 'shared', 'seeds'));
if (!existsSync(seeds)) {
  console.error(`SKIPPED: source folder ${seeds} not found (set PLAN_SEEDS_DIR)`);
  process.exit(2);
}
let bad = 0;
for (const file of process.argv.slice(2)) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  const src = readFileSync(join(seeds, doc.source.file), 'utf8');
  const variants = sourceVariants(src);
  const quotes = collectQuotes(doc);
  const missing = quotes.filter((q) => !quoteInSource(q.quote, variants));
  for (const m of missing) console.log(`${file} ${toPointer(m.path)}: not found: ${JSON.stringify(m.quote)}`);
  console.log(`${file}: ${quotes.length - missing.length}/${quotes.length} quotes found`);
  bad += missing.length;
}
process.exit(bad ? 1 : 0);
