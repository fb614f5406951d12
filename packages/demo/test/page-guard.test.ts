/**
 * Issue 14, "Done when", in the demo portal with real procedures: a deep link to the review
 * before answering opens the first unanswered page instead (with `dvc-page-refused`), and the
 * browser's Back after submitting stays on the confirmation.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newContext, type Demo, startPortal, stopPortal } from './support/harness.js';
import { journeyPage, loadDefinition } from './support/journey.js';
import { runJourney } from './support/run-journey.js';

let demo: Demo;
let browser: Browser;
before(async () => ({ demo, browser } = await startPortal()));
after(() => stopPortal({ demo, browser }));

interface Refusal {
  readonly requested: unknown;
  readonly page: string;
}

/** A context whose pages record every `dvc-page-refused` and every uncaught error. */
async function recordingContext(
  citizenId?: string,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await newContext(browser, 'vi');
  await context.addInitScript(() => {
    const refusals: unknown[] = [];
    (window as unknown as { refusals: unknown[] }).refusals = refusals;
    document.addEventListener('dvc-page-refused', (event) => refusals.push((event as CustomEvent).detail), true);
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (citizenId) {
    const signIn = await page.request.post(`${demo.url}/api/demo/sign-in`, { data: { citizenId } });
    assert.equal(signIn.status(), 200);
  }
  return { context, page, errors };
}

const refusals = (page: Page): Promise<Refusal[]> =>
  page.evaluate(() => (window as unknown as { refusals: Refusal[] }).refusals);

describe('deep links and Back in the demo portal', { timeout: 300_000 }, () => {
  const deepLinks = [
    { id: 'dang-ky-ket-hon', citizen: 'woman-after-2000' },
    { id: 'dang-ky-tam-tru', citizen: 'no-middle-name' },
    { id: 'huong-tro-cap-that-nghiep', citizen: 'ethnic-minority' },
    // Signed out: no identity, so no consent page; the first step that asks something opens.
    { id: 'cap-phieu-ly-lich-tu-phap', citizen: undefined },
  ];
  for (const { id, citizen } of deepLinks) {
    it(`${id}: a deep link to the review before answering opens the first unanswered page (${citizen ?? 'signed out'})`, async () => {
      const { context, page, errors } = await recordingContext(citizen);
      try {
        await page.goto(`${demo.url}/procedure.html?id=${id}&page=review`);
        await page.waitForFunction(() => (window as unknown as { refusals: unknown[] }).refusals.length > 0);
        await page.locator('dvc-procedure h1').waitFor();
        const [refusal, ...more] = await refusals(page);
        assert.deepEqual(more, [], 'one refusal');
        assert.equal(refusal!.requested, 'review');
        const opened = await journeyPage(page);
        assert.equal(opened, refusal!.page, 'the page the refusal names is the page open');
        const steps = (loadDefinition(id)['steps'] as { id: string }[]).map((step) => `step-${step.id}`);
        assert.ok(
          (citizen ? ['consent', ...steps] : steps).includes(opened),
          `${opened}: the consent or a step page, the first that asks something`,
        );
        assert.equal(await page.locator('dvc-review-page').count(), 0, 'no review shown');
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }

  it('dang-ky-tam-tru: Back after submitting stays on the confirmation', async () => {
    const { context, page, errors } = await recordingContext('no-middle-name');
    try {
      await runJourney(page, demo.url, 'dang-ky-tam-tru', 'vi', {
        reloadAtReview: false,
        onConfirmation: async (reference) => {
          for (let press = 1; press <= 3; press += 1) {
            await page.goBack();
            await page.waitForFunction(
              (count) => (window as unknown as { refusals: unknown[] }).refusals.length >= count,
              press,
            );
            assert.equal(await journeyPage(page), 'confirmation', `Back ${press}`);
            assert.match(page.url(), /\/procedure\.html\?id=dang-ky-tam-tru/);
            const shown = (await page.locator('dvc-procedure [part~=reference]').textContent())?.trim();
            assert.equal(shown, reference);
          }
          const refused = await refusals(page);
          assert.ok(
            refused.every((entry) => entry.page === 'confirmation' && entry.requested !== 'confirmation'),
            JSON.stringify(refused),
          );
        },
      });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
