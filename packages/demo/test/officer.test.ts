/**
 * The officer's page end to end in Chromium: a citizen's stored application is listed, opened in
 * `<dvc-submission-view>` (provenance in words) and moved to processing, then result ready; the
 * citizen's status page shows it. A citizen's session does not open the page. axe in vi and en.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  cleanUp,
  describeViolations,
  launchBrowser,
  newContext,
  startDemo,
  type Demo,
} from './support/harness.js';

/** A small synthetic procedure: locked name and ID, an editable phone, a typed reason. */
const procedure = {
  id: 'xac-nhan-thu-nghiem',
  title: { vi: 'Cấp giấy xác nhận (thử nghiệm)', en: 'Certificate (demo)' },
  summary: { vi: 'Thủ tục thử nghiệm.', en: 'A demo procedure.' },
  agency: { name: { vi: 'UBND phường Thử Nghiệm', en: 'Demo Ward People’s Committee' } },
  level: 'full-process',
  fees: [],
  processingTime: { text: { vi: '1 ngày', en: '1 day' } },
  documents: [],
  steps: [
    { id: 'nguoi-yeu-cau', title: { vi: 'Thông tin của bạn', en: 'Your details' }, fields: ['applicant'] },
    { id: 'ly-do', title: { vi: 'Lý do', en: 'Reason' }, fields: ['reason'] },
  ],
  dataSchema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    required: ['applicant', 'reason'],
    properties: {
      applicant: {
        type: 'object',
        title: 'Người yêu cầu',
        'x-i18n': { en: { title: 'Applicant' } },
        required: ['fullName', 'personalId'],
        properties: {
          fullName: {
            type: 'string',
            title: 'Họ và tên',
            'x-i18n': { en: { title: 'Full name' } },
            'x-prefill': { from: 'fullName', policy: 'locked' },
          },
          personalId: {
            type: 'string',
            title: 'Số định danh cá nhân',
            'x-i18n': { en: { title: 'Personal ID number' } },
            'x-prefill': { from: 'personalId', policy: 'locked' },
          },
          phone: {
            type: 'string',
            title: 'Số điện thoại',
            'x-i18n': { en: { title: 'Phone number' } },
            'x-prefill': { from: 'phone', policy: 'editable' },
          },
        },
      },
      reason: { type: 'string', title: 'Lý do', 'x-i18n': { en: { title: 'Reason' } }, minLength: 3 },
    },
  },
  result: { title: { vi: 'Giấy xác nhận', en: 'Certificate' }, delivery: ['online'] },
  help: { contacts: [] },
};

let demo: Demo;
let browser: Browser;
let proceduresDir: string;
let reference: string;
let citizenCookie: { name: string; value: string };

async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${demo.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

before(async () => {
  proceduresDir = mkdtempSync(join(tmpdir(), 'dvc-officer-procedures-'));
  writeFileSync(join(proceduresDir, `${procedure.id}.json`), JSON.stringify(procedure));
  demo = await startDemo({ proceduresDir });
  browser = await launchBrowser();
  // The citizen files through the API (the journey's own E2E covers the pages).
  const signIn = await post('/api/demo/sign-in', { citizenId: 'no-middle-name' });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { prefillToken } = (await signIn.json()) as { prefillToken: string };
  const submitted = await post(
    '/api/submissions',
    {
      procedureId: procedure.id,
      value: {
        applicant: { fullName: 'Phạm Hùng', personalId: '001088004321', phone: '0988000111' },
        reason: 'Bổ sung hồ sơ xin việc',
      },
      prefillToken,
    },
    { cookie, 'idempotency-key': 'officer-e2e-1' },
  );
  assert.equal(submitted.status, 201, await submitted.clone().text());
  ({ reference } = (await submitted.json()) as { reference: string });
  const [name, ...value] = cookie.split('=');
  citizenCookie = { name: name ?? '', value: value.join('=') };
});
after(async () => {
  await browser?.close();
  await demo?.close();
  rmSync(proceduresDir, { recursive: true, force: true });
  cleanUp();
});

async function expectAxeClean(page: Page, state: string): Promise<void> {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${state}:\n${describeViolations(violations)}`);
}

const statusText = (page: Page): Promise<string> =>
  page.locator('dvc-submission-view').evaluate((view) => view.shadowRoot?.querySelector('.status')?.textContent ?? '');

describe('the officer page', { timeout: 180_000 }, () => {
  it('refuses a citizen: the page asks for an officer sign-in and the API answers 403', async () => {
    const context = await newContext(browser);
    await context.addCookies([{ ...citizenCookie, url: demo.url }]);
    const page = await context.newPage();
    try {
      await page.goto(`${demo.url}/can-bo.html`);
      await page.getByRole('heading', { level: 2, name: 'Đăng nhập cán bộ' }).waitFor();
      const status = await page.evaluate(async () => (await fetch('/api/officer/submissions')).status);
      assert.equal(status, 403);
      await expectAxeClean(page, 'officer sign-in (vi)');
    } finally {
      await context.close();
    }
  });

  it('lists, opens and advances a submission; the citizen’s status page shows each move (vi)', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (entry) => {
      if (entry.type() === 'error') consoleErrors.push(entry.text());
    });
    try {
      await page.goto(`${demo.url}/can-bo.html`);
      await page.getByRole('button', { name: 'Đăng nhập làm cán bộ thử nghiệm' }).click();
      const link = page.getByRole('link', { name: `Xem hồ sơ ${reference}` });
      await link.waitFor();
      assert.match((await page.locator('.officer-list tbody tr').first().textContent()) ?? '', /Đã tiếp nhận/);
      await expectAxeClean(page, 'officer list (vi)');
      await link.click();
      await page.locator('dvc-submission-view').waitFor();
      const rows = await page
        .locator('dvc-submission-view')
        .evaluate((view) =>
          [...(view.shadowRoot?.querySelectorAll('tr.row') ?? [])].map((row) =>
            [row.querySelector('th'), row.querySelector('.value'), row.querySelector('.provenance__text')].map(
              (cell) => cell?.textContent?.trim() ?? '',
            ),
          ),
        );
      assert.deepEqual(rows, [
        [
          'Người yêu cầu: Họ và tên',
          'Phạm Hùng',
          'Đã xác thực từ tài khoản Cổng Dịch vụ công quốc gia, không sửa được',
        ],
        [
          'Người yêu cầu: Số định danh cá nhân',
          '001088004321',
          'Đã xác thực từ tài khoản Cổng Dịch vụ công quốc gia, không sửa được',
        ],
        [
          'Người yêu cầu: Số điện thoại',
          '0988000111',
          'Điền sẵn từ tài khoản Cổng Dịch vụ công quốc gia, người nộp đã sửa',
        ],
        ['Lý do', 'Bổ sung hồ sơ xin việc', 'Người nộp tự nhập'],
      ]);
      assert.equal(await statusText(page), 'Đã tiếp nhận');
      await expectAxeClean(page, 'officer detail (vi)');

      await page.getByRole('button', { name: 'Bắt đầu xử lý' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã chuyển hồ sơ sang trạng thái “Đang xử lý”.' }).waitFor();
      assert.equal(await statusText(page), 'Đang xử lý');
      assert.equal(await page.getByRole('button', { name: 'Bắt đầu xử lý' }).count(), 0);
      await page.getByRole('button', { name: 'Báo đã có kết quả' }).click();
      await page.getByText('Hồ sơ đã ở trạng thái cuối, không chuyển tiếp được.').waitFor();
      assert.equal(await statusText(page), 'Đã có kết quả');
      await expectAxeClean(page, 'officer detail after the moves (vi)');
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
    }

    const citizen = await newContext(browser);
    await citizen.addCookies([{ ...citizenCookie, url: demo.url }]);
    const statusPage = await citizen.newPage();
    try {
      await statusPage.goto(`${demo.url}/status.html?ref=${encodeURIComponent(reference)}`);
      const steps = statusPage.locator('dvc-status li');
      await steps.nth(2).waitFor();
      const current = await statusPage
        .locator('dvc-status')
        .evaluate((status) => status.shadowRoot?.querySelector('[aria-current="step"] .title')?.textContent ?? '');
      assert.match(current.trim(), /^Đã có kết quả/);
      assert.equal(await steps.count(), 3);
    } finally {
      await citizen.close();
    }
  });

  it('is axe-clean in English, list and opened application', async () => {
    const context = await newContext(browser, 'en');
    const page = await context.newPage();
    try {
      await page.goto(`${demo.url}/can-bo.html`);
      await page.getByRole('button', { name: 'Sign in as the demo officer' }).click();
      await page.getByRole('link', { name: `Open application ${reference}` }).click();
      await page.locator('dvc-submission-view').waitFor();
      assert.equal(await statusText(page), 'Result ready');
      assert.equal(await page.locator('h1').textContent(), 'Applications received');
      await expectAxeClean(page, 'officer detail (en)');
      // Printed, the application stands alone: no buttons, no officer bar, no portal chrome.
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.officer-actions').isVisible(), false);
      assert.equal(await page.locator('.officer-bar').isVisible(), false);
      assert.equal(await page.locator('footer').isVisible(), false);
      assert.equal(await page.locator('dvc-submission-view').isVisible(), true);
    } finally {
      await context.close();
    }
  });
});
