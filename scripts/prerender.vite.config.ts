// Client bundle of the prerendered page (scripts/prerender.ts): hydration support and the element definitions
// (src/ssr/client.ts) plus the plan data as its own chunk, written to dist/prerender/assets/ (the script sets outDir).
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  // relative URLs (also in the preload hints of on-demand chunks): the page works from any folder of a static server
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: 'dist/prerender/assets',
    emptyOutDir: true,
    assetsDir: '',
    copyPublicDir: false,
    reportCompressedSize: false,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: { client: 'src/ssr/client.ts' },
      // The client imports the seed documents itself; the elements' on-demand import of them stays in the same chunk.
      onwarn(warning, warn) {
        if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
      },
      output: {
        entryFileNames: '[name]-[hash].js',
        chunkFileNames: '[name]-[hash].js',
        // the plan data apart from the code: each cached on its own, fetched in parallel
        codeSplitting: { groups: [{ name: 'plans', test: /seed-documents|seed\.packed\.json|data[\\/]plans[\\/]/ }] },
      },
    },
  },
});
