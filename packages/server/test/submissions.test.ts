/** Submissions: validation, locked prefill values, Idempotency-Key, payments. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type DvcServer, type JsonLinesStore, type ServerOptions } from '../src/index.js';
import {
  post,
  provenance,
  removeTempDirs,
  signIn,
  start as startServer,
  submissionLines,
  validValue,
} from './support/fixtures.js';

after(removeTempDirs);

/** The shared test server, with the demo's simulated payments. */
const start = (options: Partial<ServerOptions> = {}) => startServer({ simulatePayments: true, ...options });

describe('submissions', () => {
  let server: DvcServer;
  let url: string;
  let token: string;
  let cookie: string;
  before(async () => {
    ({ server, url } = await start());
    ({ prefillToken: token, cookie } = await signIn(url));
  });
  after(() => server.close());

  it('accepts a valid submission: 201 with reference, status and time', async () => {
    const response = await post(
      `${url}/api/submissions`,
      { procedureId: 'test-certificate', value: validValue, provenance, prefillToken: token },
      { cookie, 'idempotency-key': 'valid-1' },
    );
    assert.equal(response.status, 201);
    const receipt = (await response.json()) as { reference: string; status: string; submittedAt: string };
    assert.match(receipt.reference, /^DVC-([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z*~$=U]$/);
    assert.equal(receipt.status, 'received');
    assert.ok(!Number.isNaN(Date.parse(receipt.submittedAt)));
  });

  it('rejects a value that does not match the schema: 422 with the pointers, nothing stored', async () => {
    const before = await server.store.countSubmissions();
    const response = await post(
      `${url}/api/submissions`,
      {
        procedureId: 'test-certificate',
        value: { applicant: { fullName: 'Phạm Hùng', personalId: '12345' }, reason: 'x' },
        provenance: {},
      },
      { cookie, 'idempotency-key': 'invalid-1' },
    );
    assert.equal(response.status, 422);
    const body = (await response.json()) as { error: string; errors: { pointer: string; keyword: string }[] };
    assert.equal(body.error, 'validation');
    // The shared fixture closes its objects (`unevaluatedProperties: false`): an invalid property is also unevaluated.
    const reported = body.errors.filter((error) => error.keyword !== 'unevaluatedProperties');
    assert.deepEqual(reported.map((error) => `${error.pointer} ${error.keyword}`).sort(), [
      '/applicant/personalId format',
      '/reason minLength',
    ]);
    assert.equal(await server.store.countSubmissions(), before);
  });

  it('rejects a tampered locked value (422 prefill-mismatch), a forged token and verified values without a token', async () => {
    const tampered = { ...validValue, applicant: { ...validValue.applicant, fullName: 'Phạm Hùng Cường' } };
    const mismatch = await post(
      `${url}/api/submissions`,
      { procedureId: 'test-certificate', value: tampered, provenance, prefillToken: token },
      { cookie, 'idempotency-key': 'tampered-1' },
    );
    assert.equal(mismatch.status, 422);
    const body = (await mismatch.json()) as { error: string; mismatches: { pointer: string; from: string }[] };
    assert.equal(body.error, 'prefill-mismatch');
    assert.deepEqual(
      body.mismatches.map((entry) => [entry.pointer, entry.from]),
      [['/applicant/fullName', 'fullName']],
    );

    // Provenance claiming the field was edited hides nothing: the schema says it is locked.
    const hidden = await post(
      `${url}/api/submissions`,
      {
        procedureId: 'test-certificate',
        value: tampered,
        provenance: {
          ...provenance,
          '/applicant/fullName': { source: 'manual', from: 'fullName', verified: false, changed: true },
        },
        prefillToken: token,
      },
      { cookie, 'idempotency-key': 'tampered-2' },
    );
    assert.equal(hidden.status, 422);

    const forged = await post(
      `${url}/api/submissions`,
      { procedureId: 'test-certificate', value: validValue, provenance, prefillToken: `${token.slice(0, -2)}xx` },
      { cookie, 'idempotency-key': 'forged-1' },
    );
    assert.equal(forged.status, 422);
    assert.equal(((await forged.json()) as { error: string }).error, 'prefill-token-invalid');

    const tokenless = await post(
      `${url}/api/submissions`,
      { procedureId: 'test-certificate', value: validValue, provenance },
      { cookie, 'idempotency-key': 'tokenless-1' },
    );
    assert.equal(((await tokenless.json()) as { error: string }).error, 'prefill-token-missing');
  });

  it('requires an Idempotency-Key and JSON', async () => {
    assert.equal(
      (await post(`${url}/api/submissions`, { procedureId: 'test-certificate', value: validValue })).status,
      400,
    );
    const text = await fetch(`${url}/api/submissions`, {
      method: 'POST',
      headers: { cookie, 'idempotency-key': 'k', 'content-type': 'text/plain' },
      body: 'hello',
    });
    assert.equal(text.status, 415);
  });

  it('honours Idempotency-Key: the same key twice → one record and the original response; another body → 409', async () => {
    const body = { procedureId: 'test-certificate', value: validValue, provenance, prefillToken: token };
    const first = await post(`${url}/api/submissions`, body, { cookie, 'idempotency-key': 'same-key' });
    const second = await post(`${url}/api/submissions`, body, { cookie, 'idempotency-key': 'same-key' });
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    const [a, b] = [await first.json(), await second.json()];
    assert.deepEqual(b, a);
    assert.equal(
      submissionLines((server.store as JsonLinesStore).file.replace(/\/events\.jsonl$/, '')).filter(
        (event) => event.reference === (a as { reference: string }).reference,
      ).length,
      1,
    );
    const other = await post(
      `${url}/api/submissions`,
      { ...body, value: { ...validValue, reason: 'Một lý do khác' } },
      { cookie, 'idempotency-key': 'same-key' },
    );
    assert.equal(other.status, 409);
  });

  it('requires a paid payment for this procedure when it has a fee, priced online from the definition', async () => {
    const body = { procedureId: 'test-paid', value: validValue, provenance, prefillToken: token };
    const unpaid = await post(`${url}/api/submissions`, body, { cookie, 'idempotency-key': 'paid-1' });
    assert.equal(unpaid.status, 422);
    const problem = (await unpaid.json()) as { error: string; amount: number; status: number; type: string };
    assert.deepEqual(
      [problem.error, problem.amount, problem.status, problem.type],
      ['payment-required', 100000, 422, 'urn:dvc-kit:problem:payment-required'],
    );
    assert.equal(unpaid.headers.get('content-type'), 'application/problem+json');

    const started = await post(
      `${url}/api/payments`,
      { procedureId: 'test-paid' },
      { cookie, 'idempotency-key': 'pay-1' },
    );
    assert.equal(started.status, 201);
    const payment = (await started.json()) as {
      paymentId: string;
      amount: number;
      status: string;
      vietQr: { amount: number; purpose: string };
    };
    assert.equal(payment.amount, 100000);
    assert.equal(payment.status, 'pending');
    assert.equal(payment.vietQr.amount, 100000);
    assert.ok(payment.vietQr.purpose.length <= 25);
    // A retried start with the same key is the same payment.
    assert.equal(
      (
        (await (
          await post(`${url}/api/payments`, { procedureId: 'test-paid' }, { cookie, 'idempotency-key': 'pay-1' })
        ).json()) as { paymentId: string }
      ).paymentId,
      payment.paymentId,
    );
    assert.equal((await post(`${url}/api/payments`, { procedureId: 'test-certificate' }, { cookie })).status, 422);

    const stillPending = await post(
      `${url}/api/submissions`,
      { ...body, payment: { paymentId: payment.paymentId } },
      { cookie, 'idempotency-key': 'paid-2' },
    );
    assert.equal(stillPending.status, 422);
    const simulated = await post(`${url}/api/payments/${payment.paymentId}/simulate`, { outcome: 'paid' }, { cookie });
    assert.equal(((await simulated.json()) as { status: string }).status, 'paid');
    assert.equal(
      (
        (await (await fetch(`${url}/api/payments/${payment.paymentId}`, { headers: { cookie } })).json()) as {
          status: string;
        }
      ).status,
      'paid',
    );
    assert.equal(
      (await post(`${url}/api/payments/${payment.paymentId}/simulate`, { outcome: 'failed' }, { cookie })).status,
      409,
    );
    const accepted = await post(
      `${url}/api/submissions`,
      { ...body, payment: { paymentId: payment.paymentId } },
      { cookie, 'idempotency-key': 'paid-3' },
    );
    assert.equal(accepted.status, 201);
  });

  it('fails a payment by simulation', async () => {
    const payment = (await (await post(`${url}/api/payments`, { procedureId: 'test-paid' }, { cookie })).json()) as {
      paymentId: string;
    };
    const failed = await post(`${url}/api/payments/${payment.paymentId}/simulate`, { outcome: 'failed' }, { cookie });
    assert.equal(((await failed.json()) as { status: string }).status, 'failed');
    assert.equal(
      (await post(`${url}/api/payments/${payment.paymentId}/simulate`, { outcome: 'maybe' }, { cookie })).status,
      400,
    );
    assert.equal(
      (await post(`${url}/api/payments/${payment.paymentId}/simulate`, { outcome: 'paid' }, { cookie })).status,
      409,
    );
  });
});
