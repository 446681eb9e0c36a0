#!/usr/bin/env node
// plan-compare-validate <plan.json…> — validate plan files against the plan schema.
// Runs the compiled CLI when the package is built; in a source checkout it runs the TypeScript through tsx.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../dist/lib/cli/validate.js', import.meta.url));
let validateFiles;
if (existsSync(built)) {
  ({ validateFiles } = await import(pathToFileURL(built).href));
} else {
  const { tsImport } = await import('tsx/esm/api');
  ({ validateFiles } = await tsImport('../src/cli/validate.ts', import.meta.url));
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: plan-compare-validate <plan.json> [more.json …]');
  process.exit(2);
}
process.exit(validateFiles(files, (line) => console.log(line)) ? 1 : 0);
