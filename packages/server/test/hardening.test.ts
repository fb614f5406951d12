/**
 * Regression tests for the attacks of issue 13, one `describe` per finding: each failed against
 * the server before its fix. Everything runs on 127.0.0.1 against an in-process server, so a
 * request that killed the process would fail this file.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { procedureDefinitionSchema } from '../../procedure/src/procedure/definition.js';
import { canonicalReference, JsonLinesStore, newReference, type SubmissionRecord } from '../src/index.js';
import {
  anonymousCookie,
  certificate,
  post,
  raw,
  removeTempDirs,
  signIn,
  start,
  tempDir,
  proceduresDir,
  validValue,
} from './support/fixtures.js';

after(removeTempDirs);

const submit = (url: string, body: unknown, cookie: string, key: string) =>
  post(`${url}/api/submissions`, body, { cookie, 'idempotency-key': key });

async function isUp(url: string): Promise<boolean> {
  return (await fetch(`${url}/api/procedures`)).status === 200;
}

describe('1. a body over the limit', () => {
  it('is answered 413 problem+json on every endpoint, declared or chunked, and the process keeps serving', async () => {
    // Default limits: 1 MB for JSON, a 10 MB file (as base64) for uploads.
    const { server, url } = await start();
    try {
      const cookie = await anonymousCookie(url);
      for (const path of ['/api/submissions', '/api/payments', '/api/uploads', '/api/demo/sign-in']) {
        const big = JSON.stringify({ pad: 'x'.repeat(path === '/api/uploads' ? 15_000_000 : 1_200_000) });
        const declared = await raw(url, {
          method: 'POST',
          path,
          headers: {
            cookie,
            'content-type': 'application/json',
            'idempotency-key': 'k1',
            'content-length': Buffer.byteLength(big),
          },
          body: big,
        });
        assert.ok('status' in declared, `${path}: ${JSON.stringify(declared)}`);
        assert.equal(declared.status, 413, path);
        assert.equal(declared.headers['content-type'], 'application/problem+json');
        assert.equal((JSON.parse(declared.text) as { error: string }).error, 'too-large');
        // Chunked, no length announced: the answer may race the upload, but the process must stay up.
        await raw(url, {
          method: 'POST',
          path,
          headers: {
            cookie,
            'content-type': 'application/json',
            'idempotency-key': 'k2',
            'transfer-encoding': 'chunked',
          },
          body: big,
        });
        assert.ok(await isUp(url), path);
      }
    } finally {
      await server.close();
    }
  });
});

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

function citizensOtherThan(id: string): string {
  return id === 'no-middle-name' ? 'ethnic-minority' : 'no-middle-name';
}

describe('6. the JSON Lines file', () => {
  it('cuts a torn last line on start, so the next acknowledged record survives the following restart', async () => {
    const dataDir = tempDir();
    const procedures = proceduresDir();
    const first = await start({ dataDir, proceduresDir: procedures });
    const { cookie, prefillToken } = await signIn(first.url);
    const body = { procedureId: 'test-certificate', value: validValue, prefillToken };
    const one = (await (await submit(first.url, body, cookie, 'torn-1')).json()) as { reference: string };
    await first.server.close();
    writeFileSync(
      join(dataDir, 'events.jsonl'),
      `${readFileSync(join(dataDir, 'events.jsonl'), 'utf8')}{"type":"submission","refer`,
    );
    const second = await start({ dataDir, proceduresDir: procedures });
    const two = (await (await submit(second.url, body, cookie, 'torn-2')).json()) as { reference: string };
    await second.server.close();
    const third = new JsonLinesStore(dataDir);
    try {
      assert.equal(third.skippedLines, 0);
      assert.ok(await third.submission(one.reference));
      assert.ok(await third.submission(two.reference), 'the record written after the torn line is still there');
      assert.ok(await third.submissionByKey('torn-2'));
      assert.notEqual(one.reference, two.reference);
    } finally {
      await third.close();
    }
  });
});

describe('7. storage cannot be filled', () => {
  it('refuses undeclared fields (unevaluatedProperties), too many values, and uploads over the session quota', async () => {
    const { server, url } = await start({ uploadQuotaBytes: 3000, bodyLimits: { maxValues: 500 } });
    try {
      const { cookie } = await signIn(url);
      const extra = await submit(
        url,
        { procedureId: 'test-certificate', value: { ...validValue, junk: 'x'.repeat(1000) } },
        cookie,
        'fill-1',
      );
      assert.equal(extra.status, 422);
      const many = await submit(
        url,
        { procedureId: 'test-certificate', value: { ...validValue, list: Array.from({ length: 600 }, () => 1) } },
        cookie,
        'fill-2',
      );
      assert.equal(many.status, 413);
      const file = {
        documentId: 'photo',
        name: 'a.png',
        type: 'image/png',
        content: Buffer.alloc(2000).toString('base64'),
      };
      assert.equal((await post(`${url}/api/uploads`, file, { cookie })).status, 201);
      const over = await post(`${url}/api/uploads`, file, { cookie });
      assert.equal(over.status, 413);
      assert.equal(((await over.json()) as { error: string }).error, 'upload-quota-exceeded');
    } finally {
      await server.close();
    }
  });

  it('limits requests per address and per session with 429 and Retry-After', async () => {
    const { server, url } = await start({
      rateLimits: { perAddress: { burst: 1000, perSecond: 0.001 }, perSession: { burst: 3, perSecond: 0.001 } },
    });
    try {
      const cookie = await anonymousCookie(url);
      const statuses = [];
      for (let index = 0; index < 5; index += 1)
        statuses.push((await post(`${url}/api/payments`, { procedureId: 'test-paid' }, { cookie })).status);
      assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
      const limited = await start({ rateLimits: { perAddress: { burst: 2, perSecond: 0.001 } } });
      try {
        const answers = [];
        for (let index = 0; index < 3; index += 1) answers.push(await fetch(`${limited.url}/api/procedures`));
        assert.deepEqual(
          answers.map((answer) => answer.status),
          [200, 200, 429],
        );
        assert.ok(Number(answers[2]?.headers.get('retry-after')) >= 1);
      } finally {
        await limited.server.close();
      }
    } finally {
      await server.close();
    }
  });
});

describe('8. references and reads', () => {
  it('are random, 80 bits in Crockford base32 with a check symbol, and only the session that submitted can read one', async () => {
    const references = new Set(Array.from({ length: 2000 }, newReference));
    assert.equal(references.size, 2000);
    for (const reference of [...references].slice(0, 50)) {
      assert.match(reference, /^DVC-([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z*~$=U]$/);
      assert.equal(canonicalReference(reference.toLowerCase().replace(/-/g, '')), reference);
      // One mistyped character is caught by the check symbol.
      const typo = reference.slice(0, 5) + (reference[5] === '2' ? '3' : '2') + reference.slice(6);
      assert.equal(canonicalReference(typo), undefined);
    }
    const { server, url } = await start();
    try {
      const { cookie, prefillToken } = await signIn(url);
      const { reference } = (await (
        await submit(url, { procedureId: 'test-certificate', value: validValue, prefillToken }, cookie, 'read-1')
      ).json()) as { reference: string };
      assert.equal(
        (await fetch(`${url}/api/submissions/${encodeURIComponent(reference)}`, { headers: { cookie } })).status,
        200,
      );
      assert.equal((await fetch(`${url}/api/submissions/${encodeURIComponent(reference)}`)).status, 404);
      assert.equal(
        (
          await fetch(`${url}/api/submissions/${encodeURIComponent(reference)}`, {
            headers: { cookie: await anonymousCookie(url) },
          })
        ).status,
        404,
      );
      // The same citizen signed in again (a new session) may read it.
      assert.equal(
        (
          await fetch(`${url}/api/submissions/${encodeURIComponent(reference)}`, {
            headers: { cookie: (await signIn(url)).cookie },
          })
        ).status,
        200,
      );
    } finally {
      await server.close();
    }
    // The cookie is HttpOnly and SameSite=Strict always, Secure when the host says it is behind TLS.
    const secure = await start({ secureCookies: true });
    try {
      const header = (await fetch(`${secure.url}/api/procedures`)).headers.get('set-cookie') ?? '';
      assert.match(header, /; HttpOnly; SameSite=Strict; Secure$/);
    } finally {
      await secure.server.close();
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

describe('10. URLs in procedure definitions', () => {
  it('accept https and relative links only', () => {
    const base = structuredClone(certificate) as unknown as Record<string, unknown>;
    const definition = (url: string) => ({
      ...base,
      code: null,
      summary: base['title'],
      agency: { name: base['title'] },
      level: 'full-process',
      fees: [],
      processingTime: { text: base['title'] },
      steps: [{ id: 'one', title: base['title'], fields: ['applicant'] }],
      result: { title: base['title'], delivery: ['online'] },
      help: { contacts: [{ name: base['title'], url }], otherChannels: [{ channel: 'web', url }] },
    });
    assert.ok(procedureDefinitionSchema.safeParse(definition('https://dichvucong.gov.vn/')).success);
    assert.ok(procedureDefinitionSchema.safeParse(definition('/help')).success);
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,x',
      'http://example.com/',
      '//evil.example/',
    ]) {
      assert.equal(procedureDefinitionSchema.safeParse(definition(bad)).success, false, bad);
    }
  });
});

describe('11. malformed requests', () => {
  it('10 000-deep JSON and bad percent-encoding are 400 problem+json without a stack trace', async () => {
    const { server, url } = await start();
    try {
      const cookie = await anonymousCookie(url);
      const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
      for (const path of ['/api/submissions', '/api/payments', '/api/demo/sign-in', '/api/uploads']) {
        const answer = await raw(url, {
          method: 'POST',
          path,
          headers: { cookie, 'content-type': 'application/json', 'idempotency-key': 'deep' },
          body: deep,
        });
        assert.ok('status' in answer);
        assert.equal(answer.status, 400, path);
        assert.equal((JSON.parse(answer.text) as { error: string }).error, 'too-deep');
      }
      for (const path of ['/%E0%A4%A', '/api/submissions/%E0%A4%A', '/api/procedures/%zz', '/assets/%']) {
        const answer = await raw(url, { path });
        assert.ok('status' in answer);
        assert.equal(answer.status, 400, path);
        assert.equal(answer.headers['content-type'], 'application/problem+json');
        assert.doesNotMatch(answer.text, /at .*\.ts:\d+|Error:/);
      }
      assert.ok(await isUp(url));
    } finally {
      await server.close();
    }
  });
});
