/**
 * Regression tests for the attacks of issue 13 (payments, provenance recomputed on the server, the
 * prefill token and document references), one `describe` per finding (numbered as in the issue):
 * each failed against the server before its fix. Everything runs on 127.0.0.1 against an in-
 * process server, so a request that killed the process would fail here.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type SubmissionRecord } from '../src/index.js';
import { anonymousCookie, post, removeTempDirs, signIn, start, validValue } from './support/fixtures.js';

after(removeTempDirs);

const submit = (url: string, body: unknown, cookie: string, key: string) =>
  post(`${url}/api/submissions`, body, { cookie, 'idempotency-key': key });

describe('2. payments', () => {
  it('offers no simulation unless the demo turns it on', async () => {
    const { server, url } = await start();
    try {
      const { cookie } = await signIn(url);
      const payment = (await (await post(`${url}/api/payments`, { procedureId: 'test-paid' }, { cookie })).json()) as {
        paymentId: string;
      };
      assert.equal(
        (await post(`${url}/api/payments/${payment.paymentId}/simulate`, { outcome: 'paid' }, { cookie })).status,
        404,
      );
    } finally {
      await server.close();
    }
  });

  it('backs one submission only, is readable by its session only, and a reused key with another body is 409', async () => {
    const { server, url } = await start({ simulatePayments: true });
    try {
      const { cookie, prefillToken } = await signIn(url);
      const started = await post(
        `${url}/api/payments`,
        { procedureId: 'test-paid' },
        { cookie, 'idempotency-key': 'pay-key' },
      );
      const { paymentId } = (await started.json()) as { paymentId: string };
      assert.equal(
        (
          await post(
            `${url}/api/payments`,
            { procedureId: 'test-paid', description: 'other' },
            { cookie, 'idempotency-key': 'pay-key' },
          )
        ).status,
        409,
      );
      const stranger = await anonymousCookie(url);
      assert.equal((await fetch(`${url}/api/payments/${paymentId}`, { headers: { cookie: stranger } })).status, 404);
      assert.equal(
        (await post(`${url}/api/payments/${paymentId}/simulate`, { outcome: 'paid' }, { cookie: stranger })).status,
        404,
      );
      assert.equal(
        (await post(`${url}/api/payments/${paymentId}/simulate`, { outcome: 'paid' }, { cookie })).status,
        200,
      );
      const body = { procedureId: 'test-paid', value: validValue, prefillToken, payment: { paymentId } };
      assert.equal((await submit(url, body, cookie, 'first')).status, 201);
      const second = await submit(
        url,
        { ...body, value: { ...validValue, reason: 'Một hồ sơ khác' } },
        cookie,
        'second',
      );
      assert.equal(second.status, 409);
      assert.equal(((await second.json()) as { error: string }).error, 'payment-used');
      assert.equal(await server.store.countSubmissions(), 1);
    } finally {
      await server.close();
    }
  });
});

describe('3. provenance', () => {
  it('is recomputed on the server: a client "verified" on a field the schema does not lock is not stored as verified', async () => {
    const { server, url } = await start();
    try {
      const { cookie, prefillToken, source } = await signIn(url);
      const claimed = { '/reason': { source: 'portal-profile', from: 'fullName', verified: true, changed: false } };
      const response = await submit(
        url,
        { procedureId: 'test-certificate', value: validValue, provenance: claimed, prefillToken },
        cookie,
        'prov-1',
      );
      assert.equal(response.status, 201);
      const { reference } = (await response.json()) as { reference: string };
      const record = (await server.store.submission(reference)) as SubmissionRecord;
      assert.deepEqual(record.provenance, {
        '/applicant/fullName': { source, from: 'fullName', verified: true, changed: false },
        '/applicant/personalId': { source, from: 'personalId', verified: true, changed: false },
        '/applicant/phone': { source, from: 'phone', verified: false, changed: true },
      });
      assert.deepEqual(record.clientProvenance, claimed);
    } finally {
      await server.close();
    }
  });
});

function citizensOtherThan(id: string): string {
  return id === 'no-middle-name' ? 'ethnic-minority' : 'no-middle-name';
}

describe('4. the prefill token', () => {
  it('is bound to the session it was issued to, and expires', async () => {
    let now = Date.parse('2026-03-02T01:00:00Z');
    const { server, url } = await start({ now: () => now, prefillTokenLifetimeMs: 60_000 });
    try {
      const a = await signIn(url, 'no-middle-name');
      const b = await signIn(url, citizensOtherThan('no-middle-name'));
      const body = { procedureId: 'test-certificate', value: validValue, prefillToken: a.prefillToken };
      const underB = await submit(url, body, b.cookie, 'tok-1');
      assert.equal(underB.status, 422);
      assert.equal(((await underB.json()) as { error: string }).error, 'prefill-token-invalid');
      const anonymous = await submit(url, body, await anonymousCookie(url), 'tok-2');
      assert.equal(anonymous.status, 422);
      assert.equal((await post(`${url}/api/submissions`, body, { 'idempotency-key': 'tok-3' })).status, 401);
      now += 61_000;
      const expired = await submit(url, body, a.cookie, 'tok-4');
      assert.equal(((await expired.json()) as { reason: string }).reason, 'expired');
      assert.equal(await server.store.countSubmissions(), 0);
    } finally {
      await server.close();
    }
  });
});

describe('9. document references', () => {
  it('must be the citizen’s held documents or this session’s uploads', async () => {
    const { server, url } = await start();
    try {
      const { cookie, prefillToken } = await signIn(url);
      const other = await anonymousCookie(url);
      const file = {
        documentId: 'photo',
        name: 'a.png',
        type: 'image/png',
        content: Buffer.from('png').toString('base64'),
      };
      const mine = (await (await post(`${url}/api/uploads`, file, { cookie })).json()) as { reference: string };
      const theirs = (await (await post(`${url}/api/uploads`, file, { cookie: other })).json()) as {
        reference: string;
      };
      assert.equal((await fetch(`${url}/api/uploads/${mine.reference}`, { headers: { cookie: other } })).status, 404);
      const body = (documents: unknown[]) => ({
        procedureId: 'test-certificate',
        value: validValue,
        prefillToken,
        documents,
      });
      for (const [key, documents] of [
        ['doc-1', [{ documentId: 'photo', source: 'upload', reference: theirs.reference }]],
        ['doc-2', [{ documentId: 'photo', source: 'upload', reference: 'UPL-NOPE' }]],
        ['doc-3', [{ documentId: 'photo', source: 'held', reference: 'someone-else-birth-certificate' }]],
      ] as const) {
        const refused = await submit(url, body([...documents]), cookie, key);
        assert.equal(refused.status, 422, key);
        assert.equal(((await refused.json()) as { error: string }).error, 'document-unknown');
      }
      const held = (await (await fetch(`${url}/api/documents`, { headers: { cookie } })).json()) as {
        documents: { id: string }[];
      };
      const accepted = await submit(
        url,
        body([
          { documentId: 'photo', source: 'upload', reference: mine.reference },
          { documentId: 'photo', source: 'held', reference: held.documents[0]?.id },
        ]),
        cookie,
        'doc-4',
      );
      assert.equal(accepted.status, 201);
    } finally {
      await server.close();
    }
  });
});
