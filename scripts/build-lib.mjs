#!/usr/bin/env node
// Builds the package: dist/lib (npm: one module per source file, dependencies external, with
// .d.ts types), dist/cdn (one self-contained minified ES module + the seed data as its own file)
// and custom-elements.json. Usage: node scripts/build-lib.mjs [--skip-types]
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ELEMENTS } from './entries.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
const isExternal = (id) => id.startsWith('node:') || dependencies.some((d) => id === d || id.startsWith(`${d}/`));
export const BANNER = `/*! plan-compare ${pkg.version} | ${pkg.license} | web components for Danish municipal substance-use plans */`;

const quiet = { configFile: false, root, logLevel: 'warn' };

/** dist/lib: ES modules mirroring src/, for bundlers and Node (types from tsc beside them). */
export async function buildLibrary() {
  rmSync(`${root}/dist/lib`, { recursive: true, force: true });
  const entry = {
    index: 'src/index.ts',
    'data/bundled': 'src/data/bundled.ts',
    'schema/index': 'src/schema/index.ts',
    'cli/validate': 'src/cli/validate.ts',
  };
  for (const tag of ELEMENTS) {
    entry[`elements/${tag}/${tag}`] = `src/elements/${tag}/${tag}.ts`;
    entry[`elements/${tag}/define`] = `src/elements/${tag}/define.ts`;
  }
  await build({
    ...quiet,
    build: {
      outDir: 'dist/lib',
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      copyPublicDir: false,
      lib: { entry, formats: ['es'] },
      rollupOptions: {
        external: isExternal,
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  });
  execFileSync(process.execPath, [fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url)), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}

/**
 * dist/cdn: plan-compare.js (all the code, minified, one file) + plan-compare-data.js (the seed
 * plans, fetched on demand). Two builds: the code with the seed module external (its import
 * rewritten to the data file beside it) and no code splitting; then the seed module alone.
 */
export async function buildCdn() {
  const isSeed = (id) => /seed-documents(\.[jt]s)?$/.test(id);
  const common = { target: 'es2022', minify: true, copyPublicDir: false };
  await build({
    ...quiet,
    build: {
      ...common,
      outDir: 'dist/cdn',
      emptyOutDir: true,
      lib: { entry: { 'plan-compare': 'src/index.ts' }, formats: ['es'] },
      rollupOptions: {
        external: isSeed,
        output: {
          entryFileNames: '[name].js',
          paths: (id) => (isSeed(id) ? './plan-compare-data.js' : id),
          codeSplitting: false,
          postBanner: BANNER,
          minify: true,
        },
      },
    },
  });
  await build({
    ...quiet,
    build: {
      ...common,
      outDir: 'dist/cdn',
      emptyOutDir: false,
      lib: { entry: { 'plan-compare-data': 'src/data/seed-documents.ts' }, formats: ['es'] },
      rollupOptions: { output: { entryFileNames: '[name].js', postBanner: BANNER, minify: true } },
    },
  });
}

export function buildManifest() {
  execFileSync(process.execPath, [fileURLToPath(new URL('../node_modules/@custom-elements-manifest/analyzer/cem.js', import.meta.url)), 'analyze', '--litelement', '--quiet'], { cwd: root, stdio: 'inherit' });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildLibrary();
  await buildCdn();
  buildManifest();
  console.log('built dist/lib, dist/cdn, custom-elements.json');
}
