import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const PLANS_DIR = join(ROOT, 'data', 'plans');

/** Where the source texts are: $PLAN_SEEDS_DIR, else ../shared/seeds beside the project. */
export const SEEDS_DIR = resolve(process.env['PLAN_SEEDS_DIR'] ?? join(ROOT, '..', 'shared', 'seeds'));
export const SEEDS_PRESENT = existsSync(SEEDS_DIR);

export function planFiles(): string[] {
  return readdirSync(PLANS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(PLANS_DIR, f));
}

export function readJson(file: string): any {
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function readPlan(id: string): any {
  return readJson(join(PLANS_DIR, `${id}.json`));
}
