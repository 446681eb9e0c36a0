import { defineConfig } from 'vite';

export default defineConfig({
  // No browser is opened: the address is printed (a server or CI machine has no desktop).
  server: { host: '127.0.0.1', port: 5173, strictPort: false, open: false },
  preview: { host: '127.0.0.1', port: 4173, open: false },
  // The demo page is the entry for dependency pre-bundling; the framework examples import the
  // package by name and are built on their own (npm run build:examples), so they are not scanned.
  optimizeDeps: { entries: ['index.html', 'preview.html'] },
  build: {
    target: 'es2022',
    outDir: 'dist/demo',
    emptyOutDir: true,
    // Two pages: the demo and the preview page (drop your own plan file; see src/preview).
    rollupOptions: { input: { index: 'index.html', preview: 'preview.html' } },
  },
});
