/** The portal's own pages in real Chromium: accessibility (axe), languages, keyboard-only sign-in, CSP. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  collectCspViolations,
  cspContext,
  cspViolations,
  describeViolations,
  focusInfo,
  newContext,
  tabTo,
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

const expected = {
  vi: { home: 'Chọn thủ tục hành chính', signIn: 'Đăng nhập (giả lập)', start: 'Bắt đầu', signOut: 'Đăng xuất' },
  en: { home: 'Choose a public service', signIn: 'Sign in (simulated)', start: 'Start', signOut: 'Sign out' },
} as const;

for (const language of ['vi', 'en'] as const) {
  describe(`portal pages (${language})`, { timeout: 120_000 }, () => {
    it('home lists the five procedures with fee, time and a start link, and has 0 axe violations', async () => {
      const page = await openPage(language, '/');
      try {
        await page.locator('.card').nth(4).waitFor();
        assert.equal(await page.evaluate(() => document.documentElement.lang), language);
        assert.deepEqual(await page.locator('h1').allTextContents(), [expected[language].home]);
        assert.equal(
          await page.title(),
          `${expected[language].home} – ${language === 'vi' ? 'Dịch vụ công trực tuyến DVC Kit' : 'DVC Kit online public services'}`,
        );
        assert.equal(await page.locator('.card').count(), 25);
        // Grouped as in Kế hoạch 02: Ministry of Public Security (13), commune level (6), other sectors (6).
        assert.deepEqual(
          await page.locator('#procedures h2').allTextContents(),
          language === 'vi'
            ? ['Bộ Công an', 'Cấp xã', 'Các ngành khác']
            : ['Ministry of Public Security', 'Commune level', 'Other sectors'],
        );
        assert.deepEqual(
          await page
            .locator('#procedures section')
            .evaluateAll((sections) => sections.map((section) => section.querySelectorAll('.card').length)),
          [13, 6, 6],
        );
        const links = await page
          .locator('.start-link')
          .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).getAttribute('href')));
        assert.ok(links.includes('/procedure.html?id=dang-ky-khai-sinh'), JSON.stringify(links));
        const birth = page.locator('.card', { has: page.locator('a[href="/procedure.html?id=dang-ky-khai-sinh"]') });
        assert.match(
          (await birth.locator('.start-link').textContent()) ?? '',
          new RegExp(`^${expected[language].start}`),
        );
        const residence = page.locator('.card', {
          has: page.locator('a[href="/procedure.html?id=dang-ky-thuong-tru"]'),
        });
        assert.match((await residence.locator('.facts').textContent()) ?? '', /10\.000\s₫/);
        const violations = await axeViolations(page);
        assert.equal(violations.length, 0, describeViolations(violations));
        // The search ignores diacritics: "ho chieu" finds "Hộ chiếu".
        await page.getByLabel(language === 'vi' ? 'Tìm thủ tục' : 'Find a service').fill('ho chieu');
        await page.waitForFunction(() => document.querySelectorAll('.card').length === 1);
        assert.deepEqual(
          await page
            .locator('.start-link')
            .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href'))),
          ['/procedure.html?id=cap-ho-chieu-pho-thong'],
        );
        assert.match(
          (await page.locator('.search__count').textContent()) ?? '',
          language === 'vi' ? /Tìm thấy 1 thủ tục/ : /Services found: 1/,
        );
        const afterSearch = await axeViolations(page);
        assert.equal(afterSearch.length, 0, describeViolations(afterSearch));
      } finally {
        await page.context().close();
      }
    });

    it('sign-in page lists the synthetic citizens and has 0 axe violations, with and without the error shown', async () => {
      const page = await openPage(language, '/sign-in.html');
      try {
        await page.locator('dvc-radios input[type=radio]').nth(2).waitFor();
        assert.deepEqual(await page.locator('h1').allTextContents(), [expected[language].signIn]);
        let violations = await axeViolations(page);
        assert.equal(violations.length, 0, describeViolations(violations));
        await page.locator('dvc-button[type=submit]').click();
        await page.locator('dvc-error-summary').waitFor();
        assert.equal(
          await page
            .locator('dvc-radios')
            .evaluate((radios) => (radios as HTMLElement & { showsError: boolean }).showsError),
          true,
        );
        violations = await axeViolations(page);
        assert.equal(violations.length, 0, describeViolations(violations));
      } finally {
        await page.context().close();
      }
    });

    it('signs in and out with the keyboard only', async () => {
      const page = await openPage(language, '/sign-in.html?next=%2F');
      try {
        await page.locator('dvc-radios input[type=radio]').nth(1).waitFor();
        // Into the radio group, to the second citizen with an arrow key, then to the button.
        const radio = await tabTo(page, (focus) => focus.tag === 'input' && focus.type === 'radio');
        assert.equal(radio.checked, false);
        await page.keyboard.press('ArrowDown');
        const chosen = await focusInfo(page);
        assert.equal(chosen.checked, true);
        const citizen = await page
          .locator('dvc-radios')
          .evaluate((radios) => (radios as HTMLElement & { value: string }).value);
        assert.notEqual(citizen, '');
        await tabTo(page, (focus) => focus.path.includes('dvc-button'));
        await Promise.all([page.waitForURL(`${demo.url}/`), page.keyboard.press('Enter')]);
        const who = page.locator('.header__who');
        await who.waitFor();
        assert.match((await who.textContent()) ?? '', language === 'vi' ? /^Đã đăng nhập: \S/ : /^Signed in as \S/);
        // Sign out, with the keyboard too.
        await tabTo(page, (focus) => focus.tag === 'button' && focus.name === expected[language].signOut);
        await page.keyboard.press('Enter');
        await page.locator('#session a[href^="/sign-in.html"]').waitFor();
        assert.equal(await page.locator('.header__who').count(), 0);
      } finally {
        await page.context().close();
      }
    });

    it('the skip link is the first stop and moves focus to the main content', async () => {
      const page = await openPage(language, '/');
      try {
        await page.locator('.card').first().waitFor();
        const first = await tabTo(page, () => true, { limit: 1 });
        assert.equal(first.name, language === 'vi' ? 'Chuyển đến nội dung chính' : 'Skip to main content');
        await page.keyboard.press('Enter');
        assert.equal((await focusInfo(page)).hostIds[0], 'main');
      } finally {
        await page.context().close();
      }
    });
  });
}

describe('language switch', { timeout: 60_000 }, () => {
  it('sets <html lang>, translates the page and is remembered', async () => {
    const page = await openPage('vi', '/');
    try {
      await page.locator('.card').first().waitFor();
      await page.locator('#language-switch').click();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.deepEqual(await page.locator('h1').allTextContents(), [expected.en.home]);
      assert.equal(await page.locator('#language-switch').getAttribute('lang'), 'vi');
      await page.reload();
      await page.locator('.card').first().waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.deepEqual(await page.locator('h1').allTextContents(), [expected.en.home]);
      await page.locator('#language-switch').click();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi');
      assert.equal(await page.evaluate(() => localStorage.getItem('dvc-demo-language')), 'vi');
    } finally {
      await page.context().close();
    }
  });
});

describe('Content-Security-Policy', { timeout: 60_000 }, () => {
  it("serves every page with script-src 'self' and loads them with no violation", async () => {
    const context = await cspContext(browser);
    await collectCspViolations(context);
    const page = await context.newPage();
    try {
      for (const path of ['/', '/sign-in.html', '/status.html', '/procedure.html?id=dang-ky-khai-sinh']) {
        const response = await page.goto(`${demo.url}${path}`);
        assert.ok(response, path);
        assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self'/, path);
        // Every page ends with exactly one h1 (light DOM or the journey's shadow root), once its scripts ran.
        await page.locator('h1').first().waitFor();
        await page.waitForTimeout(300);
        assert.deepEqual(await cspViolations(page), [], path);
      }
      // The policy is really in force: an inline script is refused and reported.
      await page.goto(`${demo.url}/`);
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true;';
        document.body.append(script);
        return new Promise<boolean>((resolve) =>
          setTimeout(() => resolve((window as unknown as { __inlineRan?: boolean }).__inlineRan === true), 100),
        );
      });
      assert.equal(ran, false);
      assert.equal((await cspViolations(page)).length, 1);
    } finally {
      await context.close();
    }
  });
});
