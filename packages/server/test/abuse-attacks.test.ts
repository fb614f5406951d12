/**
 * Abuse, part 1: the attacks of issue 13 replayed against one server (127.0.0.1 only) — oversize
 * and deep bodies, bad percent-encoding, payment and Idempotency-Key reuse, a stranger's
 * simulation, client provenance, another session's token, tampered locked values, undeclared
 * fields, the upload quota, another citizen's held document, guessed references. The process stays
 * up, every answer is 2xx or a 4xx problem+json, and no stored record is dishonest.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { abuseOptions, assertStoredRecordsHonest, json, probe, statusOf } from './support/abuse.js';
import { anonymousCookie, removeTempDirs, signIn, start, validValue } from './support/fixtures.js';

after(removeTempDirs);

describe('abuse: the attacks of issue 13', () => {
  it(
    'are refused as they should be, with the process up and nothing dishonest stored',
    { timeout: 120_000 },
    async () => {
      const options = abuseOptions();
      const { server, url } = await start(options);
      try {
        const signedIn = await signIn(url);
        const other = await signIn(url, 'ethnic-minority');
        const anonymous = await anonymousCookie(url);
        const { send, unexpected, acknowledged } = probe(url);
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

        assert.deepEqual(unexpected.slice(0, 20), [], `${unexpected.length} unexpected answers`);
        assert.ok(acknowledged.size >= 2, `acknowledged ${acknowledged.size}`);
        assert.equal((await fetch(`${url}/api/procedures`)).status, 200, 'the process is up');
        assertStoredRecordsHonest(options.dataDir);
      } finally {
        await server.close();
      }
    },
  );
});
