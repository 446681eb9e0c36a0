// Browser tests: @web/test-runner in real headless Chromium (see scripts/find-browser.mjs for where it comes from).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { findBrowser, CHROME_ARGS } from './scripts/find-browser.mjs';
import { faultMiddleware } from './test/browser/fault-middleware.mjs';

const browser = await findBrowser();
console.log(`[wtr] Chromium: ${browser.executablePath} (${browser.source})`);

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  testsFinishTimeout: 300000,
  browserStartTimeout: 120000,
  middleware: [faultMiddleware()],
  plugins: [
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: browser.executablePath, env: browser.env, headless: true, args: CHROME_ARGS },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
};
