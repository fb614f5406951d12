/**
 * The correction route the statement promises (issue 16, item 7), followed as a keyboard user in
 * vi and en: on a question page, a verified (locked) field is read-only, still focusable, and its
 * link "Đề nghị điều chỉnh thông tin sai" leads to the accessibility statement's #correction
 * section in the same language; it opens in a new tab (and says so), so the journey stays on its page with focus on the link.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import {
  allAxeTags,
  axeViolations,
  describeViolations,
  focusInfo,
  newContext,
  tabTo,
  type Demo,
  startPortal,
  stopPortal,
} from './support/harness.js';
import { activate, journeyPage, labels, waitForPageChange } from './support/journey.js';

let demo: Demo;
let browser: Browser;
before(async () => ({ demo, browser } = await startPortal()));
after(() => stopPortal({ demo, browser }));

const link = { vi: /^Đề nghị điều chỉnh thông tin sai/, en: /^Ask for wrong details to be corrected/ };

for (const language of ['vi', 'en'] as const) {
  describe(`correction route from a verified field (${language})`, { timeout: 180_000 }, () => {
    it('the link from a locked field opens the statement at #correction in the language, in a new tab; the journey stays', async () => {
      const context = await newContext(browser, language);
      const page = await context.newPage();
      try {
        await page.request.post(`${demo.url}/api/demo/sign-in`, { data: { citizenId: 'no-middle-name' } });
        await page.goto(`${demo.url}/procedure.html?id=cap-phieu-ly-lich-tu-phap`);
        await page.waitForFunction(() => document.querySelector('dvc-procedure')?.getAttribute('page') === 'start');
        await page.locator('dvc-procedure h1').waitFor();
        await activate(page, labels[language].start);
        await waitForPageChange(page, 'start');
        await activate(page, labels[language].accept);
        const step = await waitForPageChange(page, 'consent');
        assert.match(step, /^step-/);
        // A locked field is reached with Tab and is read-only.
        const locked = await tabTo(page, (info) => info.tag === 'input' && info.pointers.length > 0, { limit: 40 });
        const readOnly = await page.evaluate(() => {
          let element: Element | null = document.activeElement;
          while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
          return (element as HTMLInputElement).readOnly || element?.getAttribute('aria-readonly') === 'true';
        });
        assert.equal(readOnly, true, `the first field, verified, is read-only: ${locked.name}`);
        await tabTo(page, (info) => info.tag === 'a' && link[language].test(info.name), { limit: 10 });
        // It opens in a new tab (and says so), so the journey stays where it was.
        const opened = context.waitForEvent('page');
        await page.keyboard.press('Enter');
        const statement = await opened;
        await statement.waitForLoadState('domcontentloaded');
        assert.match(statement.url(), /\/accessibility\.html#correction$/);
        await statement.locator('#correction').waitFor();
        await statement.waitForFunction(() => (document.querySelector('#correction')?.textContent ?? '').trim() !== '');
        assert.equal(await statement.evaluate(() => document.documentElement.lang), language);
        const heading = ((await statement.locator('#correction').textContent()) ?? '').trim();
        assert.equal(
          heading,
          language === 'vi' ? 'Khi thông tin đã xác thực bị sai' : 'When verified information is wrong',
        );
        const inView = await statement
          .locator('#correction')
          .evaluate((element) => element.getBoundingClientRect().top < innerHeight);
        assert.ok(inView, 'the section is scrolled into view');
        const violations = await axeViolations(statement, allAxeTags);
        assert.equal(violations.length, 0, describeViolations(violations));
        await statement.close();
        assert.equal(await journeyPage(page), step, 'the journey stays on the same question page');
        assert.match((await focusInfo(page)).name, link[language], 'focus stays on the link');
      } finally {
        await context.close();
      }
    });
  });
}
