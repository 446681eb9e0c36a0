// Prerender the comparison of the bundled plans to static HTML with declarative shadow DOM, plus the client
// bundle that hydrates it. Usage: npm run prerender -- [--plans id1,id2] [--lang da|en] [--out dist/prerender/index.html]
//   [--styles link|inline]   link (default): component styles as files linked from the shadow roots, for CSP style-src 'self'
// Serve the output folder with any static file server (e.g. `npx vite preview --outDir dist/prerender`).
import { build } from 'vite';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { BUNDLED_DOCUMENTS } from '../src/data/bundled.js';
import { renderComparisonPage, type RenderComparisonOptions } from '../src/ssr/render-comparison.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const ASSETS = 'assets';

export interface PrerenderOptions {
  /** Output HTML file; its folder gets `assets/` (client bundle, page and component style sheets). */
  out?: string;
  plans?: string[];
  lang?: string;
  componentStyles?: RenderComparisonOptions['componentStyles'];
  /** Vite build mode of the client bundle (`production` default; `development` keeps lit's dev-mode warnings). */
  mode?: 'production' | 'development';
}

export interface PrerenderResult {
  htmlFile: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  renderMs: number;
  buildMs: number;
  /** Client files (paths relative to the output folder) and their sizes. */
  client: { file: string; bytes: number; gzipBytes: number }[];
  stylesheets: number;
  plans: string[];
}

/** Build the client bundle and write the prerendered page with its assets. */
export async function prerender(options: PrerenderOptions = {}): Promise<PrerenderResult> {
  const htmlFile = resolve(root, options.out ?? 'dist/prerender/index.html');
  const outDir = dirname(htmlFile);
  const assetsDir = join(outDir, ASSETS);
  // Only a folder inside this project's dist/ is emptied; elsewhere files are added next to what is there.
  const inDist = !relative(join(root, 'dist'), assetsDir).startsWith('..');
  if (inDist) rmSync(assetsDir, { recursive: true, force: true });
  mkdirSync(assetsDir, { recursive: true });

  const t0 = performance.now();
  const mode = options.mode ?? 'production';
  const output = await build({
    configFile: join(root, 'scripts/prerender.vite.config.ts'),
    mode,
    ...(mode === 'development'
      ? { resolve: { conditions: ['development', 'browser', 'module', 'import', 'default'] } }
      : {}),
    build: { outDir: assetsDir, emptyOutDir: false, minify: mode === 'production' },
  });
  const buildMs = performance.now() - t0;
  const bundles = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
  const entry = bundles.find((f) => f.type === 'chunk' && f.isEntry);
  if (!entry) throw new Error('prerender: the client build produced no entry chunk');
  const client = bundles
    .filter((f) => f.type === 'chunk')
    .map((f) => {
      const code = f.type === 'chunk' ? f.code : '';
      return { file: `${ASSETS}/${f.fileName}`, bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code).length };
    });

  copyFileSync(join(root, 'src/ssr/page.css'), join(assetsDir, 'page.css'));
  const page = await renderComparisonPage({
    documents: BUNDLED_DOCUMENTS,
    plans: options.plans,
    lang: options.lang,
    componentStyles: options.componentStyles,
    clientScript: `${ASSETS}/${entry.fileName}`,
    pageStylesheet: `${ASSETS}/page.css`,
    stylesBase: `${ASSETS}/styles/`,
  });
  for (const [href, css] of page.stylesheets) {
    mkdirSync(dirname(join(outDir, href)), { recursive: true });
    writeFileSync(join(outDir, href), css);
  }
  writeFileSync(htmlFile, page.html);
  return {
    htmlFile,
    htmlBytes: Buffer.byteLength(page.html),
    htmlGzipBytes: gzipSync(page.html).length,
    renderMs: page.renderMs,
    buildMs,
    client,
    stylesheets: page.stylesheets.size,
    plans: page.plans,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      plans: { type: 'string' },
      lang: { type: 'string', default: 'da' },
      out: { type: 'string', default: 'dist/prerender/index.html' },
      styles: { type: 'string', default: 'link' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'usage: npm run prerender -- [--plans id1,id2] [--lang da|en] [--out dist/prerender/index.html] [--styles link|inline]',
    );
    return;
  }
  if (values.lang !== 'da' && values.lang !== 'en') throw new Error(`--lang must be da or en (got ${values.lang})`);
  if (values.styles !== 'link' && values.styles !== 'inline')
    throw new Error(`--styles must be link or inline (got ${values.styles})`);
  const r = await prerender({
    out: values.out,
    plans: values.plans
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    lang: values.lang,
    componentStyles: values.styles,
  });
  const rel = (p: string) => relative(process.cwd(), p) || '.';
  console.log(
    `${rel(r.htmlFile)}: ${kb(r.htmlBytes)} (${kb(r.htmlGzipBytes)} gzip), ${r.plans.length} plans (${r.plans.join(', ')})`,
  );
  console.log(
    `  server render ${r.renderMs.toFixed(0)} ms, client build ${r.buildMs.toFixed(0)} ms, ${r.stylesheets} component style sheets`,
  );
  for (const c of r.client) console.log(`  ${c.file}: ${kb(c.bytes)} (${kb(c.gzipBytes)} gzip)`);
  console.log(`  files in ${rel(dirname(r.htmlFile))}: ${readdirSync(dirname(r.htmlFile)).join(', ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
