/**
 * Digital signatures end to end in Chromium: the portal's demo signer (a WebCrypto key in the
 * browser, a certificate from the demo CA) signs through `<dvc-sign-page>` on the portal's own
 * procedure page; the reference server accepts that signature, and refuses the same signature on
 * a submission that differs by one character and a signature whose certificate comes from an
 * unknown CA. Then the judicial-record application itself, filed through its journey with the
 * keyboard: signed on its sign page, the receipt and the status naming the certificate, the stored
 * signature over the canonical content of the stored submission, and that signature refused
 * changed by one character, replayed on another submission, or replaced by one from an unknown CA.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { certificate, validValue } from '../../server/test/support/fixtures.js';
import { canonicalJson } from '../../server/src/canonical.js';
import { signedContent, unknownCaSignature } from '../../server/test/support/signing.js';
import {
  axeViolations,
  cleanUp,
  describeViolations,
  launchBrowser,
  newContext,
  proceduresDir,
  startDemo,
  type Demo,
} from './support/harness.js';
import { completeSignPage } from './support/sign-page.js';
import { runJourney } from './support/run-journey.js';

const procedures = mkdtempSync(join(tmpdir(), 'dvc-signing-procedures-'));
for (const name of readdirSync(proceduresDir)) copyFileSync(join(proceduresDir, name), join(procedures, name));
writeFileSync(
  join(procedures, 'test-signed.json'),
  JSON.stringify({ ...certificate, id: 'test-signed', signing: { required: true } }),
);

let demo: Demo;
let browser: Browser;
before(async () => {
  demo = await startDemo({ proceduresDir: procedures });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await demo?.close();
  cleanUp();
  rmSync(procedures, { recursive: true, force: true });
});

interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** POST /api/submissions from the page (its session cookie), as the portal would. */
async function submitFromPage(page: Page, body: unknown, key: string): Promise<Answer> {
  return page.evaluate(
    async ([payload, idempotencyKey]) => {
      const response = await fetch('/api/submissions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey, 'accept-language': 'vi' },
        body: JSON.stringify(payload),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    [body, key] as const,
  );
}

/** A payment of what `answers` owe for the judicial record, started and (demo) paid from the page's session. */
async function paidPayment(page: Page, answers: unknown): Promise<{ paymentId: string }> {
  // No named functions inside: the page has no `__name` helper of the test's compiler.
  return page.evaluate(async (value) => {
    const headers = { 'content-type': 'application/json', 'idempotency-key': `e2e-pay-${crypto.randomUUID()}` };
    const started = await fetch('/api/payments', {
      method: 'POST',
      headers,
      body: JSON.stringify({ procedureId: 'cap-phieu-ly-lich-tu-phap', answers: value }),
    });
    const { paymentId } = (await started.json()) as { paymentId: string };
    const settled = await fetch(`/api/payments/${paymentId}/simulate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: 'paid' }),
    });
    if (!settled.ok) throw new Error(`payment not settled: ${settled.status}`);
    return { paymentId };
  }, answers);
}

describe('signing in the portal (Chromium)', { timeout: 300_000 }, () => {
  it('signs with the demo signer on <dvc-sign-page>; the server accepts it and refuses a changed payload and an unknown CA', async () => {
    const context = await newContext(browser, 'vi');
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      const signIn = await page.request.post(`${demo.url}/api/demo/sign-in`, { data: { citizenId: 'no-middle-name' } });
      assert.equal(signIn.status(), 200);
      await page.goto(`${demo.url}/procedure.html?id=cap-phieu-ly-lich-tu-phap`);
      await page.locator('dvc-procedure').waitFor({ state: 'attached' });
      const payload = { procedureId: 'test-signed', value: validValue };
      const content = signedContent(payload);

      // The sign page, given the portal's own signer (adapters.signer of its <dvc-procedure>).
      await page.evaluate((signed) => {
        const journey = document.querySelector('dvc-procedure') as HTMLElement & { adapters: { signer?: unknown } };
        const sign = document.createElement('dvc-sign-page') as HTMLElement & { content: unknown; signer: unknown };
        sign.content = signed;
        sign.signer = journey.adapters.signer;
        sign.id = 'sign';
        document.querySelector('main')!.append(sign);
      }, content);
      const signPage = page.locator('#sign');
      await signPage.getByRole('heading', { name: 'Ký số hồ sơ' }).waitFor();
      const signedEvent = page.evaluate(
        () =>
          new Promise<unknown>((resolve) =>
            document
              .querySelector('#sign')!
              .addEventListener('dvc-signed', (event) => resolve((event as CustomEvent).detail), {
                once: true,
              }),
          ),
      );
      await completeSignPage(page, 'vi');
      const signature = (await signedEvent) as { signature: string; certificateChain: string[] };
      await signPage.getByRole('heading', { name: 'Đã ký số hồ sơ' }).waitFor();
      // The holder of the certificate the demo CA issued for the signed-in citizen.
      await signPage.getByText('Phạm Hùng', { exact: true }).waitFor();
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], describeViolations(violations));

      const accepted = await submitFromPage(page, { ...payload, signature }, 'e2e-signed');
      assert.equal(accepted.status, 201, JSON.stringify(accepted.body));
      assert.match(String((accepted.body['signed'] as { subject: string }).subject), /CN=Phạm Hùng/);
      const stored = await demo.server.store.submission(String(accepted.body['reference']));
      assert.equal(stored?.signature?.signature, signature.signature);

      const changed = { ...payload, value: { ...validValue, reason: validValue.reason.replace('h', 'k') } };
      const refused = await submitFromPage(page, { ...changed, signature }, 'e2e-changed');
      assert.deepEqual([refused.status, refused.body['reason']], [422, 'content-mismatch']);
      assert.equal(refused.body['title'], 'Nội dung đã ký khác với hồ sơ được gửi');

      const untrusted = await submitFromPage(
        page,
        { ...payload, signature: await unknownCaSignature(payload) },
        'e2e-unknown-ca',
      );
      assert.deepEqual(
        [untrusted.status, untrusted.body['reason']],
        [422, 'untrusted'],
        JSON.stringify(untrusted.body),
      );
      assert.equal(await demo.server.store.countSubmissions(), 1);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('files the judicial-record application through its journey, signed with the demo signer; the receipt and status name the certificate; the signature is refused changed by one character or replayed', async () => {
    const context = await newContext(browser, 'vi');
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      const signIn = await page.request.post(`${demo.url}/api/demo/sign-in`, { data: { citizenId: 'no-middle-name' } });
      assert.equal(signIn.status(), 200);
      const subject = 'CN=Phạm Hùng, O=DVC Kit demo, C=VN';
      const reference = await runJourney(page, demo.url, 'cap-phieu-ly-lich-tu-phap', 'vi', {
        // The printable receipt says it was signed, and with which certificate.
        onConfirmation: async () => {
          await page.locator('dvc-receipt').getByText(subject, { exact: true }).waitFor();
          await page.locator('dvc-receipt').getByText('Số hiệu chứng thư').waitFor();
        },
      });
      // So does the status page.
      await page.locator('dvc-status').getByText(`bằng chứng thư ${subject}`, { exact: false }).waitFor();

      const record = await demo.server.store.submission(reference);
      assert.equal(record?.procedureId, 'cap-phieu-ly-lich-tu-phap');
      assert.equal(record?.signature?.subject, subject);
      const { signature, certificateChain, signedAt } = record!.signature!;
      const sent = {
        procedureId: record!.procedureId,
        value: record!.value,
        documents: record!.documents as { documentId: string }[],
      };
      // The signed content is the RFC 8785 canonical JSON of the stored submission, byte for byte.
      const payload = Buffer.from(signature.split('.')[1]!, 'base64url').toString('utf8');
      assert.equal(payload, canonicalJson(signedContent(sent)));

      const again = { ...sent, signature: { signature, certificateChain, signedAt } };
      // One character more in the free-text purpose of the request.
      const value = record!.value as { request: { purpose?: string } };
      const changedValue = { ...value, request: { ...value.request, purpose: `${value.request.purpose ?? ''}.` } };
      assert.notDeepEqual(changedValue, record!.value, 'one character changed');
      // Each attempt pays afresh, so that the signature is the only thing refused.
      const changed = await submitFromPage(
        page,
        { ...again, value: changedValue, payment: await paidPayment(page, changedValue) },
        'e2e-journey-changed',
      );
      assert.deepEqual([changed.status, changed.body['reason']], [422, 'content-mismatch']);
      const replayed = await submitFromPage(
        page,
        { ...again, payment: await paidPayment(page, record!.value) },
        'e2e-journey-replayed',
      );
      assert.deepEqual([replayed.status, replayed.body['reason']], [422, 'replayed']);
      const untrusted = await submitFromPage(
        page,
        { ...sent, signature: await unknownCaSignature(sent), payment: await paidPayment(page, record!.value) },
        'e2e-journey-ca',
      );
      assert.deepEqual(
        [untrusted.status, untrusted.body['reason']],
        [422, 'untrusted'],
        JSON.stringify(untrusted.body),
      );
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
