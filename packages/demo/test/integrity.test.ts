/**
 * What must hold when things go wrong: a submission whose first response is lost on the network
 * ends as exactly one record, and a locked (verified) value changed on the way is refused by the
 * server and stores nothing.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { cleanUp, launchBrowser, newContext, startDemo, type Demo } from './support/harness.js';
import { runJourney } from './support/run-journey.js';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  cleanUp();
});

describe('a submission whose first attempt fails at the network level', { timeout: 300_000 }, () => {
  let demo: Demo;
  before(async () => {
    demo = await startDemo({ failFirstSubmissionResponse: true });
  });
  after(async () => demo?.close());

  it('ends as exactly one record (the retry carries the same Idempotency-Key)', async () => {
    const context = await newContext(browser, 'vi');
    const page = await context.newPage();
    const keys: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/submissions'))
        keys.push(request.headers()['idempotency-key'] ?? '');
    });
    try {
      assert.equal(
        (await page.request.post(`${demo.url}/api/demo/sign-in`, { data: { citizenId: 'no-middle-name' } })).status(),
        200,
      );
      const reference = await runJourney(page, demo.url, 'dang-ky-ket-hon', 'vi', {
        reloadAtReview: false,
        // Chromium itself resends a request whose kept-alive connection drops before any answer,
        // unseen by the page: the submission must go on a new connection for the page to see the
        // failure and retry (a fast journey reuses the last one; it was once slow enough not to).
        beforeSubmit: async () => demo.server.http.closeIdleConnections(),
      });
      assert.ok(keys.length >= 2, `the first attempt was retried (${keys.length} attempts)`);
      assert.equal(new Set(keys).size, 1, 'every attempt carried the same key');
      assert.equal(await demo.server.store.countSubmissions(), 1, 'exactly one record');
      assert.ok(await demo.server.store.submission(reference));
    } finally {
      await context.close();
    }
  });
});

describe('a locked value tampered with on the way', { timeout: 300_000 }, () => {
  let demo: Demo;
  before(async () => {
    demo = await startDemo();
  });
  after(async () => demo?.close());

  it('is refused by the server, shown as an error, and nothing is stored', async () => {
    const context = await newContext(browser, 'vi');
    const page = await context.newPage();
    let journey: Promise<string> | undefined;
    try {
      assert.equal(
        (await page.request.post(`${demo.url}/api/demo/sign-in`, { data: { citizenId: 'no-middle-name' } })).status(),
        200,
      );
      let tampered = false;
      journey = runJourney(page, demo.url, 'dang-ky-ket-hon', 'vi', {
        reloadAtReview: false,
        // Change the verified name in the request the browser sends, as a modified client would.
        beforeSubmit: async () => {
          await page.route('**/api/submissions', async (route) => {
            const body = route.request().postDataJSON() as { value: { applicant: { fullName: string } } };
            body.value.applicant.fullName = 'Phạm Hùng Sửa Đổi';
            tampered = true;
            await route.continue({ postData: JSON.stringify(body) });
          });
        },
      });
      // The refusal shows on the page that sent it: from then on the journey cannot reach the
      // confirmation (nothing is stored), so there is no need to wait for its driver to give up.
      const refusal = page
        .locator('dvc-procedure [role=alert]', { hasText: /đã xác thực không khớp/ })
        .first()
        .waitFor({ timeout: 120_000 });
      refusal.catch(() => undefined);
      const outcome = await Promise.race([
        journey.then(
          () => 'confirmation',
          () => 'stopped',
        ),
        refusal.then(() => 'refused'),
      ]);
      assert.notEqual(outcome, 'confirmation', 'the journey does not reach the confirmation');
      assert.ok(tampered, 'the request was changed');
      // The page that sent it (the declaration, or payment) stays, with the server's problem.
      assert.notEqual(await page.locator('dvc-procedure').getAttribute('page'), 'confirmation');
      const alert = (await page.locator('dvc-procedure [role=alert]').allTextContents()).join(' ');
      assert.match(alert, /đã xác thực không khớp/);
      assert.equal(await demo.server.store.countSubmissions(), 0, 'nothing stored');
    } finally {
      await context.close();
      // The driver, still waiting for a page change when the refusal showed, stops with the page.
      await journey?.catch(() => undefined);
    }
  });
});
