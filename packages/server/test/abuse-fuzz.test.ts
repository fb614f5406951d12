/**
 * Abuse, part 2: 1 500 random malformed requests from a fixed seed (127.0.0.1 only) — methods,
 * paths, junk segments, cookies, content types, keys and bodies mixed. The process stays up,
 * every answer is 2xx or a 4xx problem+json, nothing acknowledged is lost across a restart with a
 * torn last line, there is no prototype pollution, and no stored record is dishonest.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DvcServer, JsonLinesStore } from '../src/index.js';
import { abuseOptions, assertStoredRecordsHonest, json, probe, seeded, statusOf } from './support/abuse.js';
import { anonymousCookie, removeTempDirs, signIn, start, validValue } from './support/fixtures.js';

after(removeTempDirs);

const randomRequests = 1500;

describe('abuse: random malformed requests', () => {
  it('keep the process up, lose nothing acknowledged, store nothing dishonest', { timeout: 120_000 }, async () => {
    const options = abuseOptions();
    let { server, url }: { server: DvcServer; url: string } = await start(options);
    try {
      const random = seeded(13);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
      const signedIn = await signIn(url);
      const other = await signIn(url, 'ethnic-minority');
      const anonymous = await anonymousCookie(url);
      const { send, unexpected, acknowledged, answered } = probe(url);
      const submission = (value: unknown, extra: Record<string, unknown> = {}) =>
        JSON.stringify({ procedureId: 'test-certificate', value, prefillToken: signedIn.prefillToken, ...extra });
      // Two acknowledged submissions and a payment the random requests can aim at.
      for (const key of ['fuzz-1', 'fuzz-2']) {
        const body = submission({ ...validValue, reason: `Lý do ${key}` });
        const answer = await send(key, {
          method: 'POST',
          path: '/api/submissions',
          headers: json(signedIn.cookie, key),
          body,
        });
        assert.equal(statusOf(answer), 201);
      }
      const started = await send('payment', {
        method: 'POST',
        path: '/api/payments',
        headers: json(signedIn.cookie, 'pay-1'),
        body: JSON.stringify({ procedureId: 'test-paid' }),
      });
      const payment = JSON.parse('text' in started ? started.text : '{}') as { paymentId: string };

      // Random malformed requests.
      const methods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'];
      const paths = [
        '/api/submissions',
        '/api/payments',
        '/api/uploads',
        '/api/demo/sign-in',
        '/api/demo/sign-out',
        '/api/identity',
        '/api/documents',
        '/api/procedures',
        '/api/procedures/test-certificate',
        `/api/payments/${payment.paymentId}`,
        `/api/payments/${payment.paymentId}/simulate`,
        '/api/submissions/DVC-AAAA',
        '/api/officer/session',
        '/api/officer/submissions',
        '/api/officer/submissions/DVC-AAAA/status',
        '/api/demo/officer/session',
        '/',
        '/index.html',
      ];
      const junkSegments = [
        '%',
        '%zz',
        '%C0%AF',
        '..',
        '%2e%2e%2f',
        '__proto__',
        'constructor',
        '\u00e9',
        'a'.repeat(3000),
        '%00',
        ';',
        '?x=%',
        '#',
        '//',
        'x/y/z/w',
      ];
      const cookies = [
        signedIn.cookie,
        other.cookie,
        anonymous,
        '',
        'dvc_session=garbage',
        `${signedIn.cookie.slice(0, -3)}xyz`,
        'dvc_session=S.x.y.z',
        `dvc_session=${'A'.repeat(5000)}`,
      ];
      const contentTypes = [
        'application/json',
        'application/json; charset=utf-8',
        'text/plain',
        '',
        'application/jsonp',
        'multipart/form-data; boundary=x',
      ];
      const keys = [undefined, 'k', `key-${Math.floor(random() * 50)}`, '', ' ', 'x'.repeat(300), 'ü'];
      const valueMutations: (() => unknown)[] = [
        () => ({
          ...validValue,
          applicant: { ...validValue.applicant, fullName: pick(['Phạm Hùng', 'Phạm Hùng ', '', 'X', 42]) },
        }),
        () => ({ ...validValue, reason: pick(['ok', 'Lý do hợp lệ', null, ['a'], { a: 1 }, 'x'.repeat(600)]) }),
        () => ({
          ...validValue,
          applicant: {
            ...validValue.applicant,
            personalId: pick(['001088004321', '12345', '0010880043210', 1088004321]),
          },
        }),
        () =>
          JSON.parse(
            '{"__proto__":{"polluted":true},"applicant":{"fullName":"Phạm Hùng","personalId":"001088004321"},"reason":"Lý do hợp lệ"}',
          ) as unknown,
        () => ({ ...validValue, extra: 1 }),
        () => pick([null, 1, 'text', [], true]),
      ];
      const bodies: (() => string)[] = [
        () => submission(pick(valueMutations)()),
        () =>
          submission(validValue, {
            prefillToken: pick([undefined, other.prefillToken, 'a.b', 'x', signedIn.prefillToken.replace(/^./, 'z')]),
          }),
        () =>
          submission(validValue, {
            documents: pick([[], [{}], [{ documentId: 'photo', source: 'upload', reference: 'UPL-X' }], 'x']),
          }),
        () =>
          JSON.stringify({ procedureId: pick(['test-certificate', 'test-paid', 'nope', '', 7]), value: validValue }),
        () => submission(validValue).slice(0, Math.floor(random() * 120)),
        () => `${'{"a":'.repeat(Math.floor(random() * 60))}1${'}'.repeat(Math.floor(random() * 60))}`,
        () =>
          JSON.stringify({
            citizenId: pick(['no-middle-name', 'nobody', '', {}]),
            source: pick(['vneid', 'x', undefined]),
          }),
        () => JSON.stringify({ outcome: pick(['paid', 'failed', 'maybe']) }),
        () =>
          JSON.stringify({
            documentId: pick(['photo', 'Bad Id', '']),
            name: 'a',
            type: 'x',
            content: pick(['AAAA', '!!!', Buffer.alloc(25_000).toString('base64')]),
          }),
        () =>
          Buffer.from(Array.from({ length: Math.floor(random() * 300) }, () => Math.floor(random() * 256))).toString(
            'latin1',
          ),
        () => JSON.stringify(Array.from({ length: 70_000 }, () => 0)).slice(0, 60_000),
        () => '',
        () => '1e999999',
        () => '"\\ud800"',
      ];
      const queue = Array.from({ length: randomRequests }, (_, index) => index);
      const worker = async (): Promise<void> => {
        for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
          const method = pick(methods);
          let path = pick(paths);
          if (random() < 0.25) path = `${path}/${pick(junkSegments)}`;
          const headers: Record<string, string> = {};
          const cookie = pick(cookies);
          if (cookie) headers['cookie'] = cookie;
          const type = pick(contentTypes);
          if (type) headers['content-type'] = type;
          const key = pick(keys);
          if (key !== undefined) headers['idempotency-key'] = key;
          const body = method === 'GET' || method === 'HEAD' ? undefined : pick(bodies)();
          try {
            await send(`#${index} ${method} ${path.slice(0, 60)}`, {
              method,
              path,
              headers,
              ...(body === undefined ? {} : { body }),
            });
          } catch (problem) {
            // An invalid header value is refused by the client itself: not a request that reached the server.
            if (!(problem instanceof TypeError)) throw problem;
          }
        }
      };
      await Promise.all(Array.from({ length: 8 }, worker));

      assert.deepEqual(unexpected.slice(0, 20), [], `${unexpected.length} unexpected answers`);
      assert.ok(answered() >= randomRequests, `answered ${answered()}`);
      assert.equal((await fetch(`${url}/api/procedures`)).status, 200, 'the process is up');
      assert.equal(({} as Record<string, unknown>)['polluted'], undefined, 'no prototype pollution');

      // Nothing acknowledged lost, also across a restart after a torn write.
      await server.close();
      appendFileSync(join(options.dataDir, 'events.jsonl'), '{"type":"submission","reference":"DVC-TORN');
      ({ server, url } = await start(options));
      const store = server.store as JsonLinesStore;
      for (const [reference, key] of acknowledged)
        assert.equal((await store.submission(reference))?.idempotencyKey, key, reference);
      assert.ok(acknowledged.size >= 2, `acknowledged ${acknowledged.size}`);
      assertStoredRecordsHonest(options.dataDir);
    } finally {
      await server.close();
    }
  });
});
