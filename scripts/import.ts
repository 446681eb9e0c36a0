// npm run import -- [--lang da|en] plan.json initiatives.csv [-o out.json]: see src/cli/import.ts.
import { runImport } from '../src/cli/import.js';

process.exitCode = runImport(
  process.argv.slice(2),
  (line) => console.log(line),
  (line) => console.error(line),
);
