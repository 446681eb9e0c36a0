// Writes data/schema/plan.schema.json from the zod schema. `npm run schema:generate`.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { planJsonSchemaText } from '../src/schema/json-schema.js';

const out = join(import.meta.dirname, '..', 'data', 'schema', 'plan.schema.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, planJsonSchemaText());
console.log(`wrote ${out}`);
