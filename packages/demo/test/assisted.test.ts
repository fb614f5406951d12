/**
 * Assisted filing in the demo portal, in Chromium: an officer signs in on the sign-in page, the
 * birth registration's journey is marked assisted, the officer identifies the citizen from the
 * card's QR text with `<dvc-assisted-intake>` (given the journey's own adapters) and records OTP
 * consent with the demo code; the submission carries the assistance; the citizen, signed in on
 * their own, sees on the status page that it was filed with help. (The journey's coordinator
 * shows the intake page itself once it knows `assisted`; here the test places the element.)
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import {
  allAxeTags,
  axeViolations,
  cleanUp,
  describeViolations,
  launchBrowser,
  newContext,
  startDemo,
  type Demo,
} from './support/harness.js';

const maiQr =
  '034168005566|151234567|Trịnh Thị Mai|30111968|Nữ|Thôn Đông, xã Vũ Hội, huyện Vũ Thư, tỉnh Thái Bình|15082021';
const birthRegistration = {
  applicant: {
    relationship: 'me',
    fullName: 'Trịnh Thị Mai',
    personalId: '034168005566',
    birthDate: '1968-11-30',
    ethnicity: '01',
    nationality: 'Việt Nam',
    residence: { provinceCode: '01', communeCode: '00004', detail: 'Thôn Đông' },
  },
  child: {
    fullName: 'Trịnh Minh An',
    birthDate: '2026-11-20',
    sex: 'nam',
    ethnicity: '01',
    nationality: 'Việt Nam',
    placeOfBirth: 'Bệnh viện Phụ sản Hà Nội',
  },
  otherParent: { fullName: 'Nguyễn Văn Bình' },
  registration: { timing: 'dung-han', copies: 0 },
  declaration: true,
};

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

describe('assisted filing in the demo portal', { timeout: 300_000 }, () => {
  it('an officer files a birth registration for a citizen identified by QR text; the citizen sees it', async () => {
    const context = await newContext(browser, 'vi');
    const page = await context.newPage();
    try {
      const next = encodeURIComponent('/procedure.html?id=dang-ky-khai-sinh');
      await page.goto(`${demo.url}/sign-in.html?next=${next}`);
      await page.getByRole('button', { name: /Đăng nhập là cán bộ Lê Thị Thu/ }).click();
      await page.waitForURL(/procedure\.html\?id=dang-ky-khai-sinh/);
      // The portal marks the journey assisted for the officer signed in.
      await page
        .locator('dvc-procedure[assisted][officer-id="CB-0001"][officer-name="Lê Thị Thu (cán bộ thử nghiệm)"]')
        .waitFor();

      await page.evaluate(() => {
        const journey = document.querySelector('dvc-procedure') as HTMLElement & { adapters: unknown };
        const intake = document.createElement('dvc-assisted-intake') as HTMLElement & {
          adapters: unknown;
          officerId: string;
          officerName: string;
        };
        intake.adapters = journey.adapters;
        intake.officerId = journey.getAttribute('officer-id') ?? '';
        intake.officerName = journey.getAttribute('officer-name') ?? '';
        const found: unknown[] = [];
        (window as unknown as { identified: unknown[] }).identified = found;
        intake.addEventListener('dvc-citizen-identified', (event) => found.push((event as CustomEvent).detail));
        journey.before(intake);
      });
      const intake = page.locator('dvc-assisted-intake');
      await intake.locator('textarea').fill('034168005566|Trịnh Thị Mai');
      await intake.getByRole('button', { name: 'Đọc thông tin trên thẻ' }).click();
      await intake.getByText('Không đọc được mã QR').first().waitFor();
      await intake.locator('textarea').fill(maiQr);
      await intake.getByRole('button', { name: 'Đọc thông tin trên thẻ' }).click();
      await intake.getByRole('heading', { name: 'Thông tin trên thẻ' }).waitFor();
      await intake.getByText('Trịnh Thị Mai', { exact: true }).waitFor();

      await intake.getByRole('radio', { name: 'Gửi mã xác nhận đến điện thoại của người dân' }).check();
      await intake.getByRole('button', { name: 'Gửi mã xác nhận' }).click();
      const demoLine = await intake.getByText(/mã là \d{6}/).textContent();
      const code = /(\d{6})/.exec(demoLine ?? '')?.[1] ?? '';
      await intake.getByRole('textbox', { name: /Mã xác nhận người dân đọc cho bạn/ }).fill(code);
      await intake.getByRole('button', { name: 'Xác nhận mã' }).click();
      await intake.getByText('Người dân đã xác nhận bằng mã.').waitFor();
      const violations = (await axeViolations(page, allAxeTags)).filter((violation) =>
        violation.targets.some((target) => target.includes('dvc-assisted-intake')),
      );
      assert.deepEqual(violations, [], describeViolations(violations));
      await intake.getByRole('button', { name: 'Tiếp tục' }).click();

      const reference = await page.evaluate(async (value) => {
        const journey = document.querySelector('dvc-procedure') as HTMLElement & {
          adapters: {
            submission: {
              submit(payload: unknown, options: { idempotencyKey: string }): Promise<{ reference: string }>;
            };
          };
        };
        const [detail] = (
          window as unknown as { identified: { identity: { prefillToken: string }; assistance: unknown }[] }
        ).identified;
        if (!detail) throw new Error('no dvc-citizen-identified');
        const receipt = await journey.adapters.submission.submit(
          {
            procedureId: 'dang-ky-khai-sinh',
            value,
            prefillToken: detail.identity.prefillToken,
            documents: [{ documentId: 'giay-chung-sinh', source: 'held', reference: 'legacy-address-birth-notice' }],
            assistance: detail.assistance,
          },
          { idempotencyKey: crypto.randomUUID() },
        );
        return receipt.reference;
      }, birthRegistration);

      const record = await demo.server.store.submission(reference);
      assert.equal(record?.assistedBy, 'CB-0001');
      assert.equal(record?.assistance?.consent.method, 'otp');
      for (const entry of Object.values(
        record?.provenance as Record<string, { assistedBy: string; verified: boolean }>,
      ))
        assert.deepEqual([entry.assistedBy, entry.verified], ['CB-0001', false]);
    } finally {
      await context.close();
    }
  });

  it('the citizen, signed in on their own, sees on the status page who filed it with them', async () => {
    // An assisted submission made through the API, as above, then read by the citizen.
    const officer = await browser.newContext();
    // A visitor's session first (every write needs one), then the officer's sign-in beside it.
    assert.equal((await officer.request.get(`${demo.url}/api/procedures`)).status(), 200);
    const signIn = await officer.request.post(`${demo.url}/api/demo/officer/session`, {
      data: { officerId: 'CB-0002' },
    });
    assert.equal(signIn.status(), 200);
    const identity = (await (
      await officer.request.post(`${demo.url}/api/assisted/identity`, { data: { qr: maiQr } })
    ).json()) as { prefillToken: string };
    const submitted = await officer.request.post(`${demo.url}/api/submissions`, {
      headers: { 'idempotency-key': `assisted-status-${Date.now()}` },
      data: {
        procedureId: 'dang-ky-khai-sinh',
        value: birthRegistration,
        prefillToken: identity.prefillToken,
        assistance: { officerId: 'CB-0002', consent: { method: 'spoken', confirmedAt: new Date().toISOString() } },
      },
    });
    assert.equal(submitted.status(), 201, await submitted.text());
    const { reference } = (await submitted.json()) as { reference: string };
    await officer.close();

    for (const language of ['vi', 'en'] as const) {
      const context = await newContext(browser, language);
      const page = await context.newPage();
      try {
        await page.request.post(`${demo.url}/api/demo/sign-in`, { data: { citizenId: 'legacy-address' } });
        await page.goto(`${demo.url}/status.html?ref=${encodeURIComponent(reference)}`);
        const line =
          language === 'vi'
            ? 'Hồ sơ được nộp với sự hỗ trợ của cán bộ Đỗ Văn Minh (cán bộ thử nghiệm)'
            : 'Filed with the help of officer Đỗ Văn Minh (cán bộ thử nghiệm)';
        await page.locator('dvc-status').getByText(line).waitFor();
        const violations = await axeViolations(page, allAxeTags);
        assert.deepEqual(violations, [], describeViolations(violations));
      } finally {
        await context.close();
      }
    }
  });
});
