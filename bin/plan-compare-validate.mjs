#!/usr/bin/env node
// plan-compare-validate [--lang da|en] <plan.json…> — validate plan files against the plan schema.
// In a source checkout it runs the TypeScript through tsx (so an edit counts at once, never a stale build);
// in the installed package (no src/) it runs the compiled CLI.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const source = fileURLToPath(new URL('../src/cli/validate.ts', import.meta.url));
const built = fileURLToPath(new URL('../dist/lib/cli/validate.js', import.meta.url));
let runCli;
if (existsSync(source)) {
  const { tsImport } = await import('tsx/esm/api');
  ({ runCli } = await tsImport('../src/cli/validate.ts', import.meta.url));
} else {
  ({ runCli } = await import(pathToFileURL(built).href));
}

// Output piped into `head` and the like: a closed pipe ends the run quietly.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
process.exitCode = runCli(
  process.argv.slice(2),
  (line) => console.log(line),
  (line) => console.error(line),
);
