/**
 * The portal pages after the accessibility audit (issue 16), in vi and en: one h1 and no stale
 * loading text, one language at a time, no link to the page itself, start links named without a
 * stray space, the test-phase banner inside a landmark, and the accessibility statement as a page
 * with its correction route. axe runs with its best-practice rules (`region` among them).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import {
  allAxeTags,
  axeViolations,
  describeViolations,
  newContext,
  type Demo,
  startPortal,
  stopPortal,
} from './support/harness.js';

let demo: Demo;
let browser: Browser;
before(async () => ({ demo, browser } = await startPortal()));
after(() => stopPortal({ demo, browser }));

async function openPage(language: 'vi' | 'en', path: string): Promise<Page> {
  const context = await newContext(browser, language);
  const page = await context.newPage();
  await page.goto(`${demo.url}${path}`);
  return page;
}

async function expectClean(page: Page, state: string): Promise<void> {
  const violations = await axeViolations(page, allAxeTags);
  assert.equal(violations.length, 0, `${state}:\n${describeViolations(violations)}`);
}

/** Words that only appear in Vietnamese text of these pages (diacritics make them unambiguous). */
const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

for (const language of ['vi', 'en'] as const) {
  describe(`portal after the accessibility audit (${language})`, { timeout: 180_000 }, () => {
    it('home: start links named "Start: <service>" with no stray space, no stale loading text, best-practice axe clean', async () => {
      const page = await openPage(language, '/');
      try {
        await page.locator('.card').nth(4).waitFor();
        const names = await page
          .locator('.start-link')
          .evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? link.textContent ?? ''));
        for (const name of names) assert.match(name, language === 'vi' ? /^Bắt đầu: \S/ : /^Start: \S/);
        const snapshot = await page.locator('.start-link').first().ariaSnapshot();
        assert.doesNotMatch(snapshot, / :/, snapshot);
        assert.doesNotMatch((await page.locator('main').textContent()) ?? '', /Đang tải|Loading/);
        assert.equal(await page.locator('h1').count(), 1);
        await expectClean(page, 'home');
      } finally {
        await page.context().close();
      }
    });

    it('sign-in: descriptions in the page language, no "Sign in" link to itself, best-practice axe clean', async () => {
      const page = await openPage(language, '/sign-in.html');
      try {
        await page.locator('dvc-radios input[type=radio]').nth(2).waitFor();
        await page.waitForTimeout(300);
        const labels = await page
          .locator('dvc-radios')
          .evaluate((radios) =>
            [...(radios.shadowRoot?.querySelectorAll('label') ?? [])].map(
              (label) => label.textContent?.replace(/\s+/g, ' ').trim() ?? '',
            ),
          );
        assert.ok(labels.length >= 5, JSON.stringify(labels));
        if (language === 'en') {
          for (const label of labels) {
            const description = label.split(':').slice(1).join(':');
            assert.doesNotMatch(description, vietnamese, `English page, Vietnamese description: ${label}`);
          }
        }
        assert.equal(await page.locator('header a[href^="/sign-in.html"]').count(), 0, 'no link to the page itself');
        await expectClean(page, 'sign-in');
      } finally {
        await page.context().close();
      }
    });

    for (const path of ['/status.html', '/status.html?ref=DVC-2026-999999', '/procedure.html?id=khong-co']) {
      it(`${path}: exactly one h1, no stale loading text, best-practice axe clean`, async () => {
        const page = await openPage(language, path);
        try {
          await page.locator('main h1').first().waitFor();
          await page.waitForTimeout(1000);
          assert.equal(await page.locator('h1').count(), 1, (await page.locator('h1').allTextContents()).join(' | '));
          const shown = await page.locator('main').evaluate((main) => {
            const parts: string[] = [];
            const stack: Node[] = [main];
            while (stack.length > 0) {
              const node = stack.pop() as Node;
              if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
              if (node instanceof Element && node.shadowRoot) stack.push(node.shadowRoot);
              stack.push(...node.childNodes);
            }
            return parts.join(' ');
          });
          assert.doesNotMatch(shown, /Đang tải|Loading/, 'loading text left once loaded');
          await expectClean(page, path);
        } finally {
          await page.context().close();
        }
      });
    }

    it('the accessibility statement is a page in the language, with the correction route', async () => {
      const page = await openPage(language, '/');
      try {
        await page.locator('footer a[href="/accessibility.html"]').click();
        await page.waitForURL(/accessibility\.html/);
        assert.equal(await page.evaluate(() => document.documentElement.lang), language);
        assert.deepEqual(await page.locator('h1').allTextContents(), [
          language === 'vi' ? 'Tuyên bố về khả năng tiếp cận' : 'Accessibility statement',
        ]);
        const correction = page.locator('#correction');
        assert.match(
          (await correction.textContent()) ?? '',
          language === 'vi' ? /thông tin đã xác thực bị sai/i : /verified information is wrong/i,
        );
        const body = (await page.locator('main').textContent()) ?? '';
        assert.match(body, language === 'vi' ? /Công an cấp xã/ : /commune police/);
        if (language === 'en') assert.doesNotMatch(body, vietnamese);
        await expectClean(page, 'accessibility statement');
      } finally {
        await page.context().close();
      }
    });
  });
}
