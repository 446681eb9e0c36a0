// Writes data/seed.packed.json, the packed copy of the seed plans that the browser bundle loads
// (src/data/seed-documents.ts unpacks it). `npm run data:pack` after editing any file in
// data/plans/; test/node/pack.test.ts fails while the checked-in copy is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packPlans } from '../src/data/pack.js';

const ROOT = join(import.meta.dirname, '..');

/** The seed plan files in data/plans/, in the order the elements list them (oldest first). */
export const SEED_FILES = [
  'ishoj-vallensbaek-2014-2018.json',
  'aalborg-2016-2019-status.json',
  'randers-2017-2020.json',
  'aabenraa-2021.json',
  'aabenraa-2022-2024.json',
] as const;

export const PACKED_SEED_PATH = join(ROOT, 'data', 'seed.packed.json');

/** The seed plans as parsed from data/plans/, in {@link SEED_FILES} order. */
export function readSeedPlans(): unknown[] {
  return SEED_FILES.map((file) => JSON.parse(readFileSync(join(ROOT, 'data', 'plans', file), 'utf8')) as unknown);
}

/** The text data/seed.packed.json must have. */
export function packedSeedText(): string {
  return JSON.stringify(packPlans(readSeedPlans()), null, 1) + '\n';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(PACKED_SEED_PATH, packedSeedText());
  console.log(`wrote ${PACKED_SEED_PATH}`);
}
