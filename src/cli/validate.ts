/**
 * plan-compare-validate: validate plan files against the plan schema.
 * For each bad file, every problem as JSON path + message + offending value; non-zero exit.
 * One OK line per good file. The executable is bin/plan-compare-validate.mjs.
 */
import { readFileSync } from 'node:fs';
import { validatePlan } from '../schema/validate.js';
import { formatIssue } from '../schema/issues.js';

export function validateFiles(files: readonly string[], log: (line: string) => void): number {
  let failed = 0;
  for (const file of files) {
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      failed++;
      log(`FAIL ${file}\n  /: cannot read JSON: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    const result = validatePlan(doc);
    if (result.ok) {
      log(`OK   ${file} (${result.plan.id}: ${result.plan.tracks.length} tracks, ${result.plan.initiatives.length} initiatives)`);
    } else {
      failed++;
      log(`FAIL ${file} (${result.issues.length} problem${result.issues.length === 1 ? '' : 's'})`);
      for (const issue of result.issues) log(`  ${formatIssue(issue)}`);
    }
  }
  return failed;
}
