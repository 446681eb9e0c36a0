#!/usr/bin/env node
// Builds the package: dist/lib (npm: one module per source file, dependencies external, with
// .d.ts types), dist/cdn (one self-contained minified ES module + the seed data as its own file)
// and custom-elements.json. Usage: node scripts/build-lib.mjs [--skip-types]
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
    'themes/dkfds': 'src/themes/dkfds.ts',
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
  execFileSync(
    process.execPath,
    [fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url)), '-p', 'tsconfig.build.json'],
    { cwd: root, stdio: 'inherit' },
  );
}

/**
 * dist/cdn: plan-compare.js (the entry: what the first view needs, minified) with the chunks it loads
 * on demand beside it (plan-compare-<element>-<hash>.js: charts, list, differences, evolution, the
 * validator), + plan-compare-data.js (the seed plans, fetched on demand). Two builds: the code with the
 * seed module external (its import rewritten to the data file beside it); then the seed module alone.
 */
export async function buildCdn() {
  const isSeed = (id) => /seed-documents(\.[jt]s)?$/.test(id);
  const common = { target: 'es2022', minify: true, copyPublicDir: false };
  const chunkName = (chunk) => {
    const id = chunk.facadeModuleId ?? '';
    const element = /elements\/([a-z-]+)\/define\.[jt]s$/.exec(id)?.[1];
    const module = /src\/(?:[a-z-]+\/)*([a-z-]+)\.[jt]s$/.exec(id)?.[1];
    return `plan-compare-${element ?? module ?? 'shared'}-[hash].js`;
  };
  // The modules the entry reaches through static imports, collected once the module graph is known.
  const firstView = new Set();
  const collectFirstView = {
    name: 'plan-compare-first-view',
    buildEnd() {
      const visit = (id) => {
        if (firstView.has(id)) return;
        const info = this.getModuleInfo(id);
        if (!info || info.isExternal) return;
        firstView.add(id);
        for (const dep of info.importedIds) visit(dep);
      };
      for (const id of this.getModuleIds()) if (this.getModuleInfo(id)?.isEntry) visit(id);
    },
  };
  await build({
    ...quiet,
    plugins: [collectFirstView],
    build: {
      ...common,
      outDir: 'dist/cdn',
      emptyOutDir: true,
      lib: { entry: { 'plan-compare': 'src/cdn.ts' }, formats: ['es'] },
      rollupOptions: {
        external: isSeed,
        preserveEntrySignatures: 'allow-extension',
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: chunkName,
          // Every module the entry loads statically goes into the entry itself (one request for the first view).
          codeSplitting: { groups: [{ name: 'plan-compare', test: (id) => firstView.has(id), priority: 10 }] },
          paths: (id) => (isSeed(id) ? './plan-compare-data.js' : id),
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

/**
 * The preview page beside the CDN files: dist/cdn/preview.html (made from preview.html), its script
 * plan-compare-preview.js (src/preview/entry.ts: reading, validation, CSV import; the seed plans from
 * plan-compare-data.js beside it, on demand) and plan-compare-preview.css. The page loads
 * plan-compare.js for <plan-comparison>, so it runs on what an embedding page runs.
 */
export async function buildPreview() {
  const isSeed = (id) => /seed-documents(\.[jt]s)?$/.test(id);
  await build({
    ...quiet,
    build: {
      target: 'es2022',
      minify: true,
      copyPublicDir: false,
      outDir: 'dist/cdn',
      emptyOutDir: false,
      lib: { entry: { 'plan-compare-preview': 'src/preview/entry.ts' }, formats: ['es'] },
      rollupOptions: {
        external: isSeed,
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'plan-compare-preview-[name]-[hash].js',
          paths: (id) => (isSeed(id) ? './plan-compare-data.js' : id),
          postBanner: BANNER,
          minify: true,
        },
      },
    },
  });
  const css = (file) => readFileSync(`${root}/${file}`, 'utf8');
  const previewCss = css('src/preview/preview.css').replace(/^@import '\.\.\/ssr\/page\.css';\n/m, '');
  writeFileSync(`${root}/dist/cdn/plan-compare-preview.css`, `${BANNER}\n${css('src/ssr/page.css')}\n${previewCss}`);
  const page = css('preview.html');
  const replaced = page
    .replace('href="/src/preview/preview.css"', 'href="plan-compare-preview.css"')
    .replace(
      '<script type="module" src="/src/preview/main.ts"></script>',
      '<script type="module" src="plan-compare.js"></script>\n    <script type="module" src="plan-compare-preview.js"></script>',
    );
  if (!replaced.includes('plan-compare-preview.css') || !replaced.includes('src="plan-compare-preview.js"'))
    throw new Error('preview.html: the style sheet or script tag to replace was not found');
  writeFileSync(`${root}/dist/cdn/preview.html`, replaced);
}

/** The DKFDS theme as a style sheet (from dist/lib/themes/dkfds.js): dist/lib/themes/dkfds.css and dist/cdn/plan-compare-dkfds.css. */
export async function buildThemes() {
  const { dkfdsCss } = await import(pathToFileURL(`${root}/dist/lib/themes/dkfds.js`).href);
  const css = `${BANNER}\n${dkfdsCss()}`;
  mkdirSync(`${root}/dist/cdn`, { recursive: true });
  writeFileSync(`${root}/dist/lib/themes/dkfds.css`, css);
  writeFileSync(`${root}/dist/cdn/plan-compare-dkfds.css`, css);
}

export function buildManifest() {
  execFileSync(
    process.execPath,
    [
      fileURLToPath(new URL('../node_modules/@custom-elements-manifest/analyzer/cem.js', import.meta.url)),
      'analyze',
      '--litelement',
      '--quiet',
    ],
    { cwd: root, stdio: 'inherit' },
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildLibrary();
  await buildCdn();
  await buildPreview();
  await buildThemes();
  buildManifest();
  console.log('built dist/lib, dist/cdn, custom-elements.json');
}
