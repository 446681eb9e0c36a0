#!/usr/bin/env node
// Bytes of every entry point, minified + gzip (level 9): each package entry bundled alone with its
// dependencies (the modules it loads statically; code it imports on demand is not counted), and the
// CDN files as built. Prints a table, writes dist/sizes.json; with --check, exits 1 when a size
// budget (scripts/size-budgets.json) is exceeded. Run after `npm run build:lib` (the CDN files).
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELEMENTS } from './entries.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const gz = (text) => gzipSync(text, { level: 9 }).length;

/** Package entry → source module. */
export const ENTRIES = {
  '.': 'src/index.ts',
  ...Object.fromEntries(
    ELEMENTS.flatMap((t) => [
      [`./${t}`, `src/elements/${t}/${t}.ts`],
      [`./${t}/define`, `src/elements/${t}/define.ts`],
    ]),
  ),
  './data': 'src/data/bundled.ts',
  './schema': 'src/schema/index.ts',
};

/** Minified bytes and gzip bytes of what loading `entry` pulls in statically. */
export async function measureEntry(entry) {
  const out = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: { entry }, formats: ['es'] },
      rollupOptions: { output: { minify: true } },
    },
  });
  const chunks = (Array.isArray(out) ? out[0] : out).output.filter((c) => c.type === 'chunk');
  const seen = new Set();
  const visit = (c) => {
    if (!c || seen.has(c)) return;
    seen.add(c);
    for (const name of c.imports) visit(chunks.find((x) => x.fileName === name));
  };
  visit(chunks.find((c) => c.isEntry));
  const code = [...seen].map((c) => c.code).join('\n');
  return { min: Buffer.byteLength(code), gzip: gz(code) };
}

export function measureFile(path) {
  const text = readFileSync(path);
  return { min: text.length, gzip: gz(text) };
}

/** The files of dist/cdn that `file` imports statically (`import … from "./x.js"`, `import "./x.js"`), itself first. */
export function staticClosure(dir, file) {
  const seen = [];
  const visit = (name) => {
    if (seen.includes(name)) return;
    seen.push(name);
    const code = readFileSync(join(dir, name), 'utf8');
    for (const m of code.matchAll(/\bimport\s*(?:[\w$*{][^"'()]*?from\s*)?["']\.\/([^"']+)["']/g)) visit(m[1]);
  };
  visit(file);
  return seen;
}

export async function measureAll() {
  const rows = [];
  for (const [name, entry] of Object.entries(ENTRIES))
    rows.push({ name: `plan-compare${name === '.' ? '' : name.slice(1)}`, ...(await measureEntry(entry)) });
  const cdn = `${root}/dist/cdn`;
  for (const file of ['plan-compare.js', 'plan-compare-data.js']) {
    const path = `${cdn}/${file}`;
    if (!existsSync(path)) throw new Error(`${path} is missing — run \`npm run build:lib\` first`);
    rows.push({ name: `cdn/${file}`, ...measureFile(path) });
  }
  // The first view from the CDN: the entry and every chunk it imports statically (the on-demand chunks are not counted).
  const first = staticClosure(cdn, 'plan-compare.js').map((f) => measureFile(`${cdn}/${f}`));
  rows.push({
    name: 'cdn first view (entry + static imports)',
    min: first.reduce((a, r) => a + r.min, 0),
    gzip: first.reduce((a, r) => a + r.gzip, 0),
  });
  // The preview page's script (dist/cdn/preview.html) is no part of an embedding page: measured on its own.
  const isPreview = (f) => f.startsWith('plan-compare-preview');
  const preview = readdirSync(cdn).filter((f) => f.endsWith('.js') && isPreview(f));
  if (preview.length) {
    const sizes = preview.map((f) => measureFile(`${cdn}/${f}`));
    rows.push({
      name: `cdn preview page script (${preview.length} files)`,
      min: sizes.reduce((a, r) => a + r.min, 0),
      gzip: sizes.reduce((a, r) => a + r.gzip, 0),
    });
  }
  const all = readdirSync(cdn).filter((f) => f.endsWith('.js') && f !== 'plan-compare-data.js' && !isPreview(f));
  const sizes = all.map((f) => measureFile(`${cdn}/${f}`));
  rows.push({
    name: `cdn all code (${all.length} files)`,
    min: sizes.reduce((a, r) => a + r.min, 0),
    gzip: sizes.reduce((a, r) => a + r.gzip, 0),
  });
  return rows;
}

/** Budgets: `limit` fails the check; `goal` is the product's target, printed beside it. */
export function checkBudgets(rows, budgets) {
  const failures = [];
  const results = [];
  for (const b of budgets) {
    for (const row of rows.filter((r) => new RegExp(b.match).test(r.name))) {
      const ok = row.gzip <= b.limit;
      results.push({
        budget: b.name,
        name: row.name,
        gzip: row.gzip,
        limit: b.limit,
        goal: b.goal,
        ok,
        meetsGoal: row.gzip <= b.goal,
      });
      if (!ok) failures.push(`${row.name}: ${kb(row.gzip)} gzip > budget ${kb(b.limit)} (${b.name})`);
    }
  }
  return { results, failures };
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureAll();
  const budgets = JSON.parse(readFileSync(new URL('./size-budgets.json', import.meta.url), 'utf8'));
  const { results, failures } = checkBudgets(rows, budgets);
  const budgetOf = new Map(results.map((r) => [r.name, r]));
  console.log(`${'entry'.padEnd(42)} ${'min'.padStart(9)} ${'gzip'.padStart(9)}  budget (goal)`);
  for (const r of rows) {
    const b = budgetOf.get(r.name);
    const note = b
      ? `${kb(b.limit)} (${kb(b.goal)})${b.ok ? '' : '  OVER BUDGET'}${b.meetsGoal ? '' : '  over goal'}`
      : '';
    console.log(`${r.name.padEnd(42)} ${kb(r.min).padStart(9)} ${kb(r.gzip).padStart(9)}  ${note}`);
  }
  mkdirSync(`${root}/dist`, { recursive: true });
  writeFileSync(`${root}/dist/sizes.json`, JSON.stringify({ rows, results }, null, 2));
  if (process.argv.includes('--check') && failures.length) {
    console.error(`\nsize budgets exceeded:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
}
