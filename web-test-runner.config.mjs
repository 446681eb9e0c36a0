// Browser tests: @web/test-runner in real headless Chromium (see scripts/find-browser.mjs for where it comes from).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { findBrowser, CHROME_ARGS } from './scripts/find-browser.mjs';
import { faultMiddleware } from './test/browser/fault-middleware.mjs';

const browser = await findBrowser();
console.log(`[wtr] Chromium: ${browser.executablePath} (${browser.source})`);

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  // a stories file renders every initiative in several stories, each checked by axe laid out in full
  testsFinishTimeout: 600000,
  browserStartTimeout: 120000,
  middleware: [faultMiddleware()],
  plugins: [
    // the accessibility tree as Chromium builds it (a11ySnapshot in tests)
    a11ySnapshotPlugin(),
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
