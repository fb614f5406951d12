/**
 * The five procedures end to end in vi and en, keyboard only, against the reference server:
 * axe at every page state, a reload at the review page loses nothing, the receipt's reference is
 * on the server, and the status page shows it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { cleanUp, launchBrowser, newContext, startDemo, type Demo } from './support/harness.js';
import { expectNoViolations, runJourney } from './support/run-journey.js';

const procedureIds = ['dang-ky-khai-sinh', 'dang-ky-thuong-tru', 'dang-ky-ket-hon', 'cap-phieu-ly-lich-tu-phap', 'cap-doi-cap-lai-giay-phep-lai-xe'];

let demo: Demo;
let browser: Browser;
before(async () => {
  demo = await startDemo();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await demo?.close();
  cleanUp();
});

// DVC_DEMO_JOURNEYS=dang-ky-khai-sinh:vi,… runs only those (while working on one journey); all by default.
const only = (process.env['DVC_DEMO_JOURNEYS'] ?? '').split(',').filter(Boolean);
for (const id of procedureIds) {
  for (const language of ['vi', 'en'] as const) {
    if (only.length > 0 && !only.includes(`${id}:${language}`)) continue;
    describe(`${id} (${language})`, { timeout: 300_000 }, () => {
      it('is completed with the keyboard only, 0 axe violations at every page, one record on the server', async () => {
        const context = await newContext(browser, language);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        try {
          const signIn = await page.request.post(`${demo.url}/api/demo/sign-in`, { data: { citizenId: 'no-middle-name' } });
          assert.equal(signIn.status(), 200);
          const reference = await runJourney(page, demo.url, id, language);
          const record = await demo.server.store.submission(reference);
          assert.ok(record, 'the server stored the submission');
          assert.equal(record.procedureId, id);
          const status = await page.request.get(`${demo.url}/api/submissions/${reference}`);
          assert.equal(status.status(), 200);
          // The portal's own status page shows it too.
          await page.goto(`${demo.url}/status.html?ref=${encodeURIComponent(reference)}`);
          await page.locator('dvc-status').waitFor();
          await expectNoViolations(page, 'status.html');
          assert.deepEqual(errors, []);
        } finally {
          await context.close();
        }
      });
    });
  }
}
