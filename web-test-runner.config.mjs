// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { accessibilityPlugin } from './test/support/accessibility-plugin.mjs';
import { commonJsPlugin } from './test/support/commonjs-plugin.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';

const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  // test/node/ holds the Node suites (test/node-tests.mjs), not browser tests.
  files: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['dvc:source', 'browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  browserStartTimeout: 120000,
  middleware: [
    // The CSP fixture is served as a strict portal would serve its pages.
    async (context, next) => {
      if (context.path.startsWith('/test/fixtures/csp/')) context.set('Content-Security-Policy', "script-src 'self'");
      return next();
    },
  ],
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)),
    }),
    accessibilityPlugin(),
    // CommonJS dependencies of @dvc/procedure's payment helpers.
    commonJsPlugin({ rootDir: fileURLToPath(new URL('.', import.meta.url)), packages: ['vietnam-qr-pay'] }),
  ],
  browsers: [
    chromeLauncher({
      // Every test page behaves as the focused, visible page, so :focus styles and frames never
      // depend on which of the concurrent pages the OS considers active.
      async createPage({ context }) {
        const page = await context.newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-dev-shm-usage',
          // Pages of test files running side by side are all "in the background"; keep them painting.
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
};
