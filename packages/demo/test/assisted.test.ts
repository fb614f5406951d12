/**
 * Assisted filing in the demo portal, in Chromium, through `<dvc-procedure assisted>` itself: an
 * officer signs in on the sign-in page, the birth registration's journey opens at the assisted
 * intake, the officer identifies the citizen from the card's QR text (a synthetic demo citizen),
 * records OTP consent with the demo code, and completes the journey with the keyboard (the
 * journeys' driver, axe at every page). The banner names officer and citizen above every page; the
 * confirmation's receipt names the officer; the officer API shows `assistedBy` on the stored
 * record and every provenance entry; the citizen, signed in on their own, sees it on the status
 * page as filed with help.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { newContext, type Demo, startPortal, stopPortal } from './support/harness.js';
import { continueJourney, expectNoViolations } from './support/run-journey.js';

/** The QR text of the demo citizen `legacy-address` (packages/server demo data, @dvc/identity fixtures). */
const maiQr =
  '034168005566|151234567|Trịnh Thị Mai|30111968|Nữ|Thôn Đông, xã Vũ Hội, huyện Vũ Thư, tỉnh Thái Bình|15082021';
const officerName = 'Lê Thị Thu (cán bộ thử nghiệm)';

let demo: Demo;
let browser: Browser;
before(async () => ({ demo, browser } = await startPortal()));
after(() => stopPortal({ demo, browser }));

/** The banner's sentence, read through its shadow root. */
function bannerText(page: Page): Promise<string> {
  return page
    .locator('dvc-procedure')
    .evaluate(
      (host) =>
        host.shadowRoot
          ?.querySelector('dvc-assisted-banner')
          ?.shadowRoot?.querySelector('.who')
          ?.textContent?.replace(/\s+/g, ' ')
          .trim() ?? '',
    );
}

/** The intake: a wrong QR text is refused in words, the right one read, consent recorded with the demo OTP. */
async function identifyCitizen(page: Page): Promise<void> {
  const intake = page.locator('dvc-procedure dvc-assisted-intake');
  await intake.getByRole('heading', { name: 'Xác định người dân' }).waitFor();
  await expectNoViolations(page, 'assisted-intake');
  await intake.locator('textarea').fill('034168005566|Trịnh Thị Mai');
  await intake.getByRole('button', { name: 'Đọc thông tin trên thẻ' }).click();
  await intake.getByText('Không đọc được mã QR').first().waitFor();
  await expectNoViolations(page, 'assisted-intake with the QR error shown');
  await intake.locator('textarea').fill(maiQr);
  await intake.getByRole('button', { name: 'Đọc thông tin trên thẻ' }).click();
  await intake.getByRole('heading', { name: 'Thông tin trên thẻ' }).waitFor();
  await intake.getByText('Trịnh Thị Mai', { exact: true }).waitFor();
  await expectNoViolations(page, 'assisted-intake, the card read');
  await intake.getByRole('radio', { name: 'Gửi mã xác nhận đến điện thoại của người dân' }).check();
  await intake.getByRole('button', { name: 'Gửi mã xác nhận' }).click();
  const demoLine = await intake.getByText(/mã là \d{6}/).textContent();
  const code = /(\d{6})/.exec(demoLine ?? '')?.[1] ?? '';
  await intake.getByRole('textbox', { name: /Mã xác nhận người dân đọc cho bạn/ }).fill(code);
  await intake.getByRole('button', { name: 'Xác nhận mã' }).click();
  await intake.getByText('Người dân đã xác nhận bằng mã.').waitFor();
  await expectNoViolations(page, 'assisted-intake, consent recorded');
  await intake.getByRole('button', { name: 'Tiếp tục' }).click();
}

describe('assisted filing in the demo portal', { timeout: 600_000 }, () => {
  it('an officer files a birth registration through <dvc-procedure assisted>; the record says assistedBy; the citizen sees it', async () => {
    const context = await newContext(browser, 'vi');
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    let reference = '';
    try {
      const next = encodeURIComponent('/procedure.html?id=dang-ky-khai-sinh');
      await page.goto(`${demo.url}/sign-in.html?next=${next}`);
      await page.getByRole('button', { name: /Đăng nhập là cán bộ Lê Thị Thu/ }).click();
      await page.waitForURL(/procedure\.html\?id=dang-ky-khai-sinh/);
      // The portal marks the journey assisted for the officer signed in; it opens at the intake.
      await page
        .locator(`dvc-procedure[assisted][officer-id="CB-0001"][officer-name="${officerName}"][page="assisted-intake"]`)
        .waitFor();
      assert.equal(await page.locator('dvc-procedure dvc-assisted-banner').count(), 0, 'no banner before the intake');
      await identifyCitizen(page);

      await page.locator('dvc-procedure[page="start"]').waitFor();
      const filingFor = `Đang nộp hồ sơ thay cho Trịnh Thị Mai, được hỗ trợ bởi ${officerName}`;
      assert.equal(await bannerText(page), filingFor);
      // The officer's large-text switch: reflected on the journey, every font-size token scaled.
      const headingSize = () =>
        page.locator('dvc-procedure h1').evaluate((heading) => parseFloat(getComputedStyle(heading).fontSize));
      const normal = await headingSize();
      await page.locator('dvc-procedure dvc-assisted-banner').getByRole('checkbox', { name: 'Chữ lớn' }).check();
      await page.locator('dvc-procedure[large-text]').waitFor();
      assert.ok((await headingSize()) > normal, 'large text makes the heading larger');
      // Simplified language: the journey's simpler sentences, then every step's plain hints (axe at every page below).
      await page
        .locator('dvc-procedure dvc-assisted-banner')
        .getByRole('checkbox', { name: 'Ngôn ngữ đơn giản' })
        .check();
      await page.locator('dvc-procedure[simplified-language]').waitFor();
      await page.locator('dvc-procedure dvc-start-page').getByText('Bạn làm mọi việc trên mạng.').waitFor();
      let simpleHints = 0;

      reference = await continueJourney(page, 'dang-ky-khai-sinh', 'vi', {
        // No draft is kept on an officer's desk: a reload would start again.
        reloadAtReview: false,
        onPage: async (current) => {
          assert.equal(await bannerText(page), filingFor, `the banner on ${current}`);
          if (current.startsWith('step-'))
            simpleHints += await page.locator('dvc-procedure dvc-form').getByText('12 số trên thẻ căn cước').count();
        },
        onConfirmation: async (shown) => {
          const receipt = page.locator('dvc-procedure dvc-receipt');
          assert.equal(await receipt.getAttribute('assisted-by'), officerName);
          const statusHref = `${demo.url}/status.html?ref=${encodeURIComponent(shown)}`;
          assert.equal(await receipt.getAttribute('status-href'), statusHref);
          await receipt.getByText(`Nộp với sự hỗ trợ của ${officerName}`).waitFor();
          await receipt.getByRole('img', { name: `Mã QR để tra cứu hồ sơ ${shown}` }).waitFor();
          assert.equal(
            await receipt.getByRole('link', { name: 'Tra cứu tình trạng hồ sơ' }).getAttribute('href'),
            statusHref,
          );
          await receipt.getByRole('button', { name: 'In biên nhận' }).waitFor();
        },
      });
      assert.deepEqual(errors, []);
      assert.ok(simpleHints > 0, 'a step showed the plain-language hint of a personal ID number');

      // The officer API: the stored record and every provenance entry say who filed it; nothing is verified.
      const answer = await page.request.get(`${demo.url}/api/officer/submissions/${encodeURIComponent(reference)}`);
      assert.equal(answer.status(), 200, await answer.text());
      const record = (await answer.json()) as {
        procedureId: string;
        assisted: boolean;
        citizenId?: string;
        assistance?: { officerId: string; consent: { method: string } };
        provenance: Record<string, { assistedBy?: string; verified?: boolean }>;
      };
      assert.equal(record.procedureId, 'dang-ky-khai-sinh');
      assert.equal(record.assisted, true);
      assert.equal(record.citizenId, 'legacy-address');
      assert.equal(record.assistance?.officerId, 'CB-0001');
      assert.equal(record.assistance?.consent.method, 'otp');
      const entries = Object.entries(record.provenance);
      assert.ok(entries.length > 0, 'provenance for the answers');
      for (const [pointer, entry] of entries)
        assert.deepEqual([entry.assistedBy, entry.verified], ['CB-0001', false], `provenance of ${pointer}`);
    } finally {
      await context.close();
    }

    // The citizen, signed in on their own, sees it on the status page, filed with help.
    for (const language of ['vi', 'en'] as const) {
      const citizen = await newContext(browser, language);
      const page = await citizen.newPage();
      try {
        const signIn = await page.request.post(`${demo.url}/api/demo/sign-in`, {
          data: { citizenId: 'legacy-address' },
        });
        assert.equal(signIn.status(), 200);
        await page.goto(`${demo.url}/status.html?ref=${encodeURIComponent(reference)}`);
        const status = page.locator('dvc-status');
        await status.getByRole('list', { name: new RegExp(reference.replace(/[$*]/g, '\\$&')) }).waitFor();
        await status
          .getByText(language === 'vi' ? 'Đã tiếp nhận' : 'Received')
          .first()
          .waitFor();
        const line =
          language === 'vi'
            ? `Hồ sơ được nộp với sự hỗ trợ của cán bộ ${officerName}`
            : `Filed with the help of officer ${officerName}`;
        await status.getByText(line).waitFor();
        await expectNoViolations(page, `status.html (${language})`);
      } finally {
        await citizen.close();
      }
    }
  });
});
