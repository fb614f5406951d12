/**
 * Issue 14, item 5: the home page's first visit in Chromium logs no console error (no failed
 * "who am I" request: `GET /api/identity` answers 200 signed out) and keeps no loading text once
 * the procedure list is there, in Vietnamese and English. A procedure page's first visit signed
 * out makes no failed request either (held documents are asked for only when someone is signed in).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { newContext, type Demo, startPortal, stopPortal } from './support/harness.js';

let demo: Demo;
let browser: Browser;
before(async () => ({ demo, browser } = await startPortal()));
after(() => stopPortal({ demo, browser }));

const loadingText = { vi: 'Đang tải danh sách thủ tục…', en: 'Loading the services…' } as const;

describe('the demo home page, first visit', { timeout: 120_000 }, () => {
  for (const language of ['vi', 'en'] as const) {
    it(`has no console error, answers "who am I" with 200, and no stale loading text (${language})`, async () => {
      const context = await newContext(browser, language);
      const page = await context.newPage();
      const errors: string[] = [];
      const identityAnswers: number[] = [];
      page.on('console', (entry) => {
        if (entry.type() === 'error') errors.push(entry.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('response', (response) => {
        if (new URL(response.url()).pathname === '/api/identity') identityAnswers.push(response.status());
      });
      try {
        await page.goto(`${demo.url}/`);
        await page.locator('.card').nth(4).waitFor();
        // The signed-out hint is drawn once "who am I" has answered.
        await page.locator('#sign-in-hint .inset').waitFor();
        const main = (await page.locator('main').textContent()) ?? '';
        assert.equal(main.includes(loadingText[language]), false, 'the loading text stayed');
        assert.equal(main.includes(loadingText.vi), false, 'the Vietnamese loading text stayed');
        assert.deepEqual(identityAnswers, [200]);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
});

describe('a procedure page, first visit signed out', { timeout: 120_000 }, () => {
  it('asks for no held documents (no failed request) and logs no console error', async () => {
    const context = await newContext(browser, 'vi');
    const page = await context.newPage();
    const errors: string[] = [];
    const failed: string[] = [];
    page.on('console', (entry) => {
      if (entry.type() === 'error') errors.push(entry.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    try {
      await page.goto(`${demo.url}/procedure.html?id=dang-ky-khai-sinh`);
      await page.locator('dvc-procedure h1').waitFor();
      // The journey opens a step once its context (identity, held documents, draft) has loaded.
      await page.locator('dvc-procedure').evaluate((element) => element.setAttribute('page', 'review'));
      await page.waitForFunction(() =>
        document.querySelector('dvc-procedure')?.getAttribute('page')?.startsWith('step-'),
      );
      assert.deepEqual(failed, []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
