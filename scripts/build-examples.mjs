#!/usr/bin/env node
// Builds the framework examples (examples/react, examples/vue) with Vite into dist/examples/<name>/.
// The apps import the package by name (`plan-compare/...`); Vite resolves that through the
// `exports` map of this package.json (self-reference), i.e. against the built dist/lib — run
// `node scripts/build-lib.mjs` first. `base: './'` makes every URL in the output relative, so a
// build can be opened under any path. Usage: node scripts/build-examples.mjs [react|vue …]
import { build } from 'vite';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const EXAMPLES = ['react', 'vue'];

export async function buildExample(name) {
  // An example's own vite.config.mjs (if any) applies too, as it does under `npx vite examples/<name>`.
  await build({
    root: `${root}/examples/${name}`,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: `${root}/dist/examples/${name}`,
      emptyOutDir: true,
      target: 'es2022',
      // The app bundle holds the framework and three plan documents; that is expected here.
      chunkSizeWarningLimit: 1024,
    },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(`${root}/dist/lib/index.js`)) {
    console.error('dist/lib is missing: run `node scripts/build-lib.mjs` first (the examples use the built package).');
    process.exit(1);
  }
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !EXAMPLES.includes(n));
  if (unknown.length > 0) {
    console.error(`unknown example(s): ${unknown.join(', ')} (known: ${EXAMPLES.join(', ')})`);
    process.exit(1);
  }
  for (const name of names.length > 0 ? names : EXAMPLES) {
    await buildExample(name);
    console.log(`built dist/examples/${name}`);
  }
}
