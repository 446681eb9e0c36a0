// npm run templates: writes docs/templates from data/plans (generated; do not edit by hand).
//   initiatives-template.csv  the header row only (; and a byte order mark, as Danish Excel writes)
//   example-plan.json         a seed plan's identity and tracks, "initiatives": [] (the JSON half)
//   example-initiatives.csv   the same seed plan's initiatives, one row each (the CSV half)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { identityOf, initiativesToCsv } from '../src/import/csv.js';
import { validatePlan } from '../src/schema/validate.js';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs', 'templates');
/** The example's seed: a plan whose initiatives use every column (kind, ages, partners, policy goal). */
const EXAMPLE = 'aabenraa-2022-2024';

mkdirSync(OUT, { recursive: true });
const result = validatePlan(JSON.parse(readFileSync(join(ROOT, 'data', 'plans', `${EXAMPLE}.json`), 'utf8')));
if (!result.ok) throw new Error(`${EXAMPLE} is not valid`);
const plan = result.plan;
writeFileSync(join(OUT, 'initiatives-template.csv'), initiativesToCsv([]));
writeFileSync(join(OUT, 'example-initiatives.csv'), initiativesToCsv(plan.initiatives));
const identity = { ...identityOf(plan), $schema: '../../data/schema/plan.schema.json' };
writeFileSync(join(OUT, 'example-plan.json'), JSON.stringify(identity, null, 2) + '\n');
console.log(`docs/templates: template, ${EXAMPLE} (${plan.initiatives.length} initiatives)`);
