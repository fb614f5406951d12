/**
 * Bounded fuzz and abuse suite (127.0.0.1 only, fixed seed, fixed count): replays the attacks of
 * issue 13, then 1 500 random malformed requests, and shows that the process stays up, every
 * answer is 2xx or a 4xx problem+json, nothing acknowledged is lost (also across a restart with a
 * torn last line), and no stored record carries a locked value the citizen's record does not give.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyPrefill } from '@dvc/identity';
import type { DvcServer, JsonLinesStore } from '../src/index.js';
import {
  anonymousCookie,
  certificate,
  citizens,
  paid,
  proceduresDir,
  raw,
  removeTempDirs,
  signIn,
  start,
  tempDir,
  validValue,
} from './support/fixtures.js';

after(removeTempDirs);

const randomRequests = 1500;

/** mulberry32: the same requests every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Answer = Awaited<ReturnType<typeof raw>>;

describe('abuse and fuzz', () => {
  it(
    'keeps the process up, answers 2xx or 4xx problem+json, loses nothing acknowledged, stores no tampered locked value',
    { timeout: 120_000 },
    async () => {
      const dataDir = tempDir();
      const procedures = proceduresDir();
      const unlimited = { burst: 1_000_000, perSecond: 1000 };
      const options = {
        dataDir,
        proceduresDir: procedures,
        simulatePayments: true,
        rateLimits: { perAddress: unlimited, perSession: unlimited },
        bodyLimits: { maxBytes: 64_000 },
        maxUploadBytes: 20_000,
        uploadQuotaBytes: 60_000,
      };
      let { server, url }: { server: DvcServer; url: string } = await start(options);
      try {
        const random = seeded(13);
        const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
        const acknowledged = new Map<string, string>(); // reference → Idempotency-Key
        const unexpected: string[] = [];
        let answered = 0;

        const signedIn = await signIn(url);
        const other = await signIn(url, 'ethnic-minority');
        const anonymous = await anonymousCookie(url);

        /** Sends one request and checks the answer's class; records acknowledged submissions. */
        const send = async (
          label: string,
          request: Parameters<typeof raw>[1],
          { socketErrorAllowed = false } = {},
        ): Promise<Answer> => {
          const answer = await raw(url, request);
          answered += 1;
          if ('error' in answer) {
            if (!socketErrorAllowed) unexpected.push(`${label}: socket ${answer.error}`);
            return answer;
          }
          const ok = (answer.status >= 200 && answer.status < 300) || (answer.status >= 400 && answer.status < 500);
          if (!ok) unexpected.push(`${label}: ${answer.status} ${answer.text.slice(0, 200)}`);
          if (
            answer.status >= 400 &&
            String(request.path ?? '').startsWith('/api') &&
            answer.headers['content-type'] !== 'application/problem+json'
          ) {
            unexpected.push(`${label}: ${answer.status} without problem+json`);
          }
          if (/\bat [^\s]+:\d+:\d+/.test(answer.text)) unexpected.push(`${label}: stack trace in the answer`);
          if (request.path === '/api/submissions' && request.method === 'POST' && answer.status === 201) {
            const { reference } = JSON.parse(answer.text) as { reference: string };
            acknowledged.set(reference, String((request.headers ?? {})['idempotency-key']));
          }
          return answer;
        };
        const statusOf = (answer: Answer): number => ('status' in answer ? answer.status : 0);
        const json = (cookie: string, key?: string) => ({
          'content-type': 'application/json',
          cookie,
          ...(key ? { 'idempotency-key': key } : {}),
        });
        const submission = (value: unknown, extra: Record<string, unknown> = {}) =>
          JSON.stringify({ procedureId: 'test-certificate', value, prefillToken: signedIn.prefillToken, ...extra });

        // The attacks of issue 13, replayed.
        const big = JSON.stringify({ pad: 'x'.repeat(200_000) });
        const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
        for (const path of ['/api/submissions', '/api/payments', '/api/uploads', '/api/demo/sign-in']) {
          await send(`oversize ${path}`, {
            method: 'POST',
            path,
            headers: { ...json(signedIn.cookie, 'big'), 'content-length': Buffer.byteLength(big) },
            body: big,
          });
          await send(
            `oversize chunked ${path}`,
            {
              method: 'POST',
              path,
              headers: { ...json(signedIn.cookie, 'big'), 'transfer-encoding': 'chunked' },
              body: big,
            },
            { socketErrorAllowed: true },
          );
          await send(`deep ${path}`, { method: 'POST', path, headers: json(signedIn.cookie, 'deep'), body: deep });
        }
        for (const path of ['/%E0%A4%A', '/api/submissions/%E0%A4%A', '/api/procedures/%zz', '/%', '/api/%'])
          await send(`percent ${path}`, { path });
        const started = await send('payment', {
          method: 'POST',
          path: '/api/payments',
          headers: json(signedIn.cookie, 'pay-1'),
          body: JSON.stringify({ procedureId: 'test-paid' }),
        });
        const payment = JSON.parse('text' in started ? started.text : '{}') as { paymentId: string };
        assert.equal(
          statusOf(
            await send('payment key reuse', {
              method: 'POST',
              path: '/api/payments',
              headers: json(signedIn.cookie, 'pay-1'),
              body: JSON.stringify({ procedureId: 'test-paid', description: 'x' }),
            }),
          ),
          409,
        );
        assert.equal(
          statusOf(
            await send('simulate by a stranger', {
              method: 'POST',
              path: `/api/payments/${payment.paymentId}/simulate`,
              headers: json(anonymous),
              body: '{"outcome":"paid"}',
            }),
          ),
          404,
        );
        await send('simulate', {
          method: 'POST',
          path: `/api/payments/${payment.paymentId}/simulate`,
          headers: json(signedIn.cookie),
          body: '{"outcome":"paid"}',
        });
        const paidBody = (reason: string) =>
          JSON.stringify({
            procedureId: 'test-paid',
            value: { ...validValue, reason },
            prefillToken: signedIn.prefillToken,
            payment: { paymentId: payment.paymentId },
          });
        assert.equal(
          statusOf(
            await send('paid once', {
              method: 'POST',
              path: '/api/submissions',
              headers: json(signedIn.cookie, 'paid-1'),
              body: paidBody('Lý do một'),
            }),
          ),
          201,
        );
        assert.equal(
          statusOf(
            await send('paid twice', {
              method: 'POST',
              path: '/api/submissions',
              headers: json(signedIn.cookie, 'paid-2'),
              body: paidBody('Lý do hai'),
            }),
          ),
          409,
        );
        const claimed = { '/reason': { source: 'vneid', from: 'fullName', verified: true, changed: false } };
        assert.equal(
          statusOf(
            await send('client provenance', {
              method: 'POST',
              path: '/api/submissions',
              headers: json(signedIn.cookie, 'prov'),
              body: submission(validValue, { provenance: claimed }),
            }),
          ),
          201,
        );
        assert.equal(
          statusOf(
            await send('token of another session', {
              method: 'POST',
              path: '/api/submissions',
              headers: json(other.cookie, 'tok'),
              body: submission(validValue),
            }),
          ),
          422,
        );
        const tampered = { ...validValue, applicant: { ...validValue.applicant, fullName: 'Kẻ Giả Mạo' } };
        assert.equal(
          statusOf(
            await send('tampered', {
              method: 'POST',
              path: '/api/submissions',
              headers: json(signedIn.cookie, 'tamper'),
              body: submission(tampered),
            }),
          ),
          422,
        );
        assert.equal(
          statusOf(
            await send('undeclared fields', {
              method: 'POST',
              path: '/api/submissions',
              headers: json(signedIn.cookie, 'junk'),
              body: submission({ ...validValue, junk: 'x'.repeat(20_000) }),
            }),
          ),
          422,
        );
        const uploads = [];
        for (let index = 0; index < 5; index += 1) {
          const file = {
            documentId: 'photo',
            name: 'a.png',
            type: 'image/png',
            content: Buffer.alloc(15_000).toString('base64'),
          };
          uploads.push(
            statusOf(
              await send(`upload ${index}`, {
                method: 'POST',
                path: '/api/uploads',
                headers: json(anonymous),
                body: JSON.stringify(file),
              }),
            ),
          );
        }
        assert.deepEqual(uploads, [201, 201, 201, 201, 413]);
        const foreignHeld = [{ documentId: 'photo', source: 'held', reference: 'ethnic-minority-citizen-id-card' }];
        assert.equal(
          statusOf(
            await send('held document of another citizen', {
              method: 'POST',
              path: '/api/submissions',
              headers: json(signedIn.cookie, 'held'),
              body: submission(validValue, { documents: foreignHeld }),
            }),
          ),
          422,
        );
        for (let index = 0; index < 30; index += 1) {
          const guess = `DVC-2026-${String(index + 1).padStart(6, '0')}`;
          assert.equal(
            statusOf(
              await send(`guess ${guess}`, { path: `/api/submissions/${guess}`, headers: { cookie: anonymous } }),
            ),
            404,
          );
        }

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
        assert.ok(answered >= randomRequests, `answered ${answered}`);
        assert.equal((await fetch(`${url}/api/procedures`)).status, 200, 'the process is up');
        assert.equal(({} as Record<string, unknown>)['polluted'], undefined, 'no prototype pollution');

        // Nothing acknowledged lost, also across a restart after a torn write.
        await server.close();
        appendFileSync(join(dataDir, 'events.jsonl'), '{"type":"submission","reference":"DVC-TORN');
        ({ server, url } = await start(options));
        const store = server.store as JsonLinesStore;
        for (const [reference, key] of acknowledged)
          assert.equal((await store.submission(reference))?.idempotencyKey, key, reference);
        assert.ok(acknowledged.size >= 2, `acknowledged ${acknowledged.size}`);

        // No stored record carries a locked value its citizen's record does not give, or unearned provenance.
        const schemas: Record<string, object> = {
          'test-certificate': certificate.dataSchema,
          'test-paid': paid.dataSchema,
        };
        for (const line of readFileSync(join(dataDir, 'events.jsonl'), 'utf8').split('\n').filter(Boolean)) {
          const event = JSON.parse(line) as {
            type: string;
            reference: string;
            procedureId: string;
            value: unknown;
            citizenId?: string;
            provenance: Record<string, { verified: boolean }>;
          };
          if (event.type !== 'submission') continue;
          const citizen = citizens.find((entry) => entry.id === event.citizenId);
          if (citizen)
            assert.ok(
              verifyPrefill({ value: event.value }, citizen.citizen, { schema: schemas[event.procedureId] ?? {} }).ok,
              event.reference,
            );
          else assert.deepEqual(event.provenance, {}, `${event.reference}: provenance without a verified citizen`);
          assert.notEqual(
            (event.provenance['/reason'] as { verified?: boolean } | undefined)?.verified,
            true,
            `${event.reference}: client provenance trusted`,
          );
        }
      } finally {
        await server.close();
      }
    },
  );
});
