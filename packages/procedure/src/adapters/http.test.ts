import { expect } from '@open-wc/testing';
import { AdapterError } from './errors.js';
import { backoffDelay, type FetchFunction } from './http-client.js';
import { createHttpAdapters, createHttpSubmissionAdapter } from './http.js';
import { waitForPayment } from './poll.js';
import type { Payment, PaymentAdapter, SubmissionPayload } from './types.js';

interface Call {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
}

/** A fake fetch answering from a script of responses (or thrown errors), recording every call. */
function scriptedFetch(script: (Response | Error)[]): { fetch: FetchFunction; calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    fetch: async (url, init) => {
      calls.push({
        url,
        method: init.method ?? 'GET',
        headers: { ...(init.headers as Record<string, string>) },
        body: init.body as string | undefined,
      });
      const next = script.shift();
      if (!next) throw new Error('no more scripted responses');
      if (next instanceof Error) throw next;
      return next;
    },
  };
}

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const receipt = { reference: 'HS-2026-000001', status: 'received', submittedAt: '2026-02-01T09:30:00.000Z' };
const payload: SubmissionPayload = {
  procedureId: 'birth-registration',
  value: { child: { fullName: 'Lò Thị Mai Anh' } },
  documents: [],
};

async function rejection(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (problem) {
    if (problem instanceof AdapterError) return problem;
    throw problem;
  }
  throw new Error('expected a rejection');
}

describe('HTTP adapters', () => {
  it('submit with the same Idempotency-Key on every retry of network errors and 5xx, backing off with jitter', async () => {
    const { fetch, calls } = scriptedFetch([
      new TypeError('Failed to fetch'),
      json(503, { error: 'unavailable' }),
      json(201, receipt),
    ]);
    const delays: number[] = [];
    const adapter = createHttpSubmissionAdapter({
      baseUrl: 'https://portal.example.gov.vn/api',
      fetch,
      sleep: async (ms) => void delays.push(ms),
      random: () => 0.5,
      baseDelayMs: 100,
    });
    expect(await adapter.submit(payload, { idempotencyKey: 'key-1' })).to.deep.equal(receipt);
    expect(calls.map((call) => call.url)).to.deep.equal(Array(3).fill('https://portal.example.gov.vn/api/submissions'));
    expect(calls.map((call) => call.headers['idempotency-key'])).to.deep.equal(['key-1', 'key-1', 'key-1']);
    expect(calls.every((call) => call.method === 'POST' && call.body === JSON.stringify(payload))).to.equal(true);
    expect(delays).to.deep.equal([50, 100]);
  });

  it('computes exponential backoff with full jitter, capped', () => {
    expect([1, 2, 3, 4].map((attempt) => backoffDelay(attempt, () => 0.999, 100, 500))).to.deep.equal([
      99, 199, 399, 499,
    ]);
    expect(backoffDelay(3, () => 0, 100, 500)).to.equal(0);
  });

  it('does not retry a 4xx, and reports a 422 with its problems', async () => {
    const { fetch, calls } = scriptedFetch([
      json(422, { error: 'validation', errors: [{ pointer: '/child/fullName', keyword: 'required' }] }),
    ]);
    const adapter = createHttpSubmissionAdapter({ baseUrl: '/api/', fetch, sleep: async () => undefined });
    const error = await rejection(adapter.submit(payload, { idempotencyKey: 'key-2' }));
    expect(error.code).to.equal('validation');
    expect(error.status).to.equal(422);
    expect(error.problems).to.deep.equal([{ pointer: '/child/fullName', keyword: 'required' }]);
    expect(calls.length).to.equal(1);
    expect(new URL(calls[0]?.url ?? '').pathname).to.equal('/api/submissions');
  });

  it('maps other statuses to typed errors: 409 conflict, 404, 401, prefill mismatch', async () => {
    const cases: [Response, string][] = [
      [json(409, { error: 'idempotency-conflict' }), 'conflict'],
      [json(404, { error: 'not-found' }), 'not-found'],
      [json(401, { error: 'unauthorized' }), 'unauthorized'],
      [json(400, { error: 'bad-request' }), 'rejected'],
      [
        json(422, {
          error: 'prefill-mismatch',
          mismatches: [{ pointer: '/mother/personalId', from: 'mother.personalId' }],
        }),
        'prefill-mismatch',
      ],
    ];
    for (const [response, code] of cases) {
      const { fetch } = scriptedFetch([response]);
      const error = await rejection(
        createHttpSubmissionAdapter({ baseUrl: 'http://x.test/', fetch }).submit(payload, { idempotencyKey: 'k' }),
      );
      expect(error.code, code).to.equal(code);
    }
  });

  it('gives up after maxAttempts with the last error, retryable', async () => {
    const { fetch, calls } = scriptedFetch([json(500, {}), json(502, {}), json(500, {})]);
    const error = await rejection(
      createHttpSubmissionAdapter({
        baseUrl: 'http://x.test/',
        fetch,
        maxAttempts: 3,
        sleep: async () => undefined,
      }).submit(payload, { idempotencyKey: 'k' }),
    );
    expect(error.code).to.equal('server');
    expect(error.attempts).to.equal(3);
    expect(error.retryable).to.equal(true);
    expect(calls.length).to.equal(3);
  });

  it('turns a malformed response into an invalid-response error naming where, never a crash', async () => {
    const { fetch } = scriptedFetch([
      json(201, { reference: 'HS-1', status: 'teleported', submittedAt: 'now' }),
      new Response('<html>', { status: 200 }),
    ]);
    const adapter = createHttpSubmissionAdapter({ baseUrl: 'http://x.test/', fetch });
    const error = await rejection(adapter.submit(payload, { idempotencyKey: 'k' }));
    expect(error.code).to.equal('invalid-response');
    expect(error.issues).to.have.members(['status', 'submittedAt']);
    expect(error.messageKey).to.equal('dvc-procedure:error.invalidResponse');
    expect((await rejection(adapter.getStatus('HS-1'))).code).to.equal('invalid-response');
  });

  it('stops when the signal aborts, during a request or during backoff', async () => {
    const controller = new AbortController();
    const { fetch, calls } = scriptedFetch([json(503, {}), json(201, receipt)]);
    const adapter = createHttpSubmissionAdapter({
      baseUrl: 'http://x.test/',
      fetch,
      sleep: async (_ms, signal) => {
        controller.abort();
        if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
      },
    });
    const error = await rejection(adapter.submit(payload, { idempotencyKey: 'k', signal: controller.signal }));
    expect(error.code).to.equal('aborted');
    expect(calls.length).to.equal(1);

    const aborted = new AbortController();
    aborted.abort();
    const fetchSpy = scriptedFetch([json(201, receipt)]);
    const early = await rejection(
      createHttpSubmissionAdapter({ baseUrl: 'http://x.test/', fetch: fetchSpy.fetch }).submit(payload, {
        idempotencyKey: 'k',
        signal: aborted.signal,
      }),
    );
    expect(early.code).to.equal('aborted');
    expect(fetchSpy.calls.length).to.equal(0);
  });

  it('read identity (200 signed out or 401 → nobody signed in), documents, payments and status, validated', async () => {
    const identity = { source: 'vneid', claims: { SoDinhDanh: '001099012345' }, prefillToken: 'token' };
    const documents = {
      documents: [
        {
          id: 'doc-1',
          type: 'marriage-certificate',
          title: { vi: 'Giấy chứng nhận kết hôn', en: 'Marriage certificate' },
          issuedAt: '2020-05-04',
          issuer: 'UBND phường Ba Đình',
        },
      ],
    };
    const payment = {
      paymentId: 'pay-1',
      amount: 8000,
      status: 'pending',
      vietQr: { bankBin: '970416', accountNumber: '257678859', amount: 8000, purpose: 'DVC pay-1' },
    };
    const status = {
      reference: 'HS-1',
      status: 'processing',
      history: [
        { status: 'received', at: '2026-02-01T09:30:00.000Z' },
        { status: 'processing', at: '2026-02-01T09:30:10.000Z' },
      ],
    };
    const { fetch, calls } = scriptedFetch([
      json(200, identity),
      json(200, { signedIn: false }),
      json(401, { error: 'unauthorized' }),
      json(200, documents),
      json(201, payment),
      json(200, { ...payment, status: 'paid' }),
      json(200, status),
    ]);
    const adapters = createHttpAdapters({ baseUrl: 'http://x.test/api', fetch, headers: { 'x-csrf': 'abc' } });
    expect(await adapters.identity.getIdentity()).to.deep.equal(identity);
    expect(await adapters.identity.getIdentity()).to.equal(null);
    expect(await adapters.identity.getIdentity()).to.equal(null);
    expect(await adapters.documents.listDocuments()).to.deep.equal(documents.documents);
    expect(
      await adapters.payment.startPayment({ procedureId: 'judicial-record' }, { idempotencyKey: 'pay-key' }),
    ).to.deep.equal(payment);
    expect((await adapters.payment.getPayment('pay-1')).status).to.equal('paid');
    expect(await adapters.submission.getStatus('HS 1')).to.deep.equal(status);
    expect(calls.map((call) => `${call.method} ${call.url}`)).to.deep.equal([
      'GET http://x.test/api/identity',
      'GET http://x.test/api/identity',
      'GET http://x.test/api/identity',
      'GET http://x.test/api/documents',
      'POST http://x.test/api/payments',
      'GET http://x.test/api/payments/pay-1',
      'GET http://x.test/api/submissions/HS%201',
    ]);
    expect(calls[4]?.headers['idempotency-key']).to.equal('pay-key');
    expect(calls.every((call) => call.headers['x-csrf'] === 'abc')).to.equal(true);
  });

  it('rejects identity claims of the wrong shape for their source', async () => {
    const { fetch } = scriptedFetch([json(200, { source: 'cccd-qr', claims: { not: 'a string' }, prefillToken: 't' })]);
    const error = await rejection(createHttpAdapters({ baseUrl: 'http://x.test/', fetch }).identity.getIdentity());
    expect(error.code).to.equal('invalid-response');
    expect(error.issues).to.deep.equal(['claims']);
  });
});

describe('waitForPayment', () => {
  const adapterFrom = (statuses: Payment['status'][]): PaymentAdapter => ({
    startPayment: async () => ({ paymentId: 'p', amount: 1, status: 'pending' }),
    getPayment: async () => ({ paymentId: 'p', amount: 1, status: statuses.shift() ?? 'pending' }),
  });

  it('polls until paid', async () => {
    const seen: string[] = [];
    const paid = await waitForPayment(adapterFrom(['pending', 'pending', 'paid']), 'p', {
      sleep: async () => undefined,
      onUpdate: (payment) => seen.push(payment.status),
    });
    expect(paid.status).to.equal('paid');
    expect(seen).to.deep.equal(['pending', 'pending', 'paid']);
  });

  it('rejects with payment-failed, or timeout when the deadline passes', async () => {
    expect(
      (await rejection(waitForPayment(adapterFrom(['pending', 'failed']), 'p', { sleep: async () => undefined }))).code,
    ).to.equal('payment-failed');
    let now = 0;
    const timeout = await rejection(
      waitForPayment(adapterFrom([]), 'p', {
        intervalMs: 1000,
        timeoutMs: 3000,
        now: () => now,
        sleep: async (ms) => void (now += ms),
      }),
    );
    expect(timeout.code).to.equal('timeout');
    expect(now).to.equal(3000);
  });
});
