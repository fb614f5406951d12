/**
 * Regression tests for the attacks of issue 13 (bodies over the limit, storage that cannot be
 * filled (fields, values, upload quota, rate limits) and malformed requests), one `describe` per
 * finding (numbered as in the issue): each failed against the server before its fix. Everything
 * runs on 127.0.0.1 against an in-process server, so a request that killed the process would fail
 * here.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { anonymousCookie, post, raw, removeTempDirs, signIn, start, validValue } from './support/fixtures.js';

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
