import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME, CHROME_FLAGS } from './scripts/chromium.mjs';
import { testPages } from './test/server/pages.js';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  plugins: [testPages(), esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      // Each test file gets its own browser context, so cookies never leak between files.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: CHROME,
        args: CHROME_FLAGS,
      },
    }),
  ],
};
