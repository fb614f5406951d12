import { expect } from '@open-wc/testing';
import { compactVerify, importJWK, type JWK } from 'jose';
import { canonicalJson, signedContent } from '@dvc/schema/canonical.js';
import { AdapterError } from '../adapters/errors.js';
import type { FetchFunction } from '../adapters/http-client.js';
import type { SigningPending } from '../adapters/types.js';
import { createDemoSigner } from './demo-signer.js';
import { createHttpSigner } from './http-signer.js';
import { payloadSegment } from './jws.js';

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const content = signedContent({
  procedureId: 'cap-phieu-ly-lich-tu-phap',
  value: { hoTen: 'Trần Thị Bình', mucDich: 'Xin việc' },
  documents: [],
});
const chain = ['MIIBdGVzdA==', 'MIICYQ=='];

async function rejection(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (problem) {
    if (problem instanceof AdapterError) return problem;
    throw problem;
  }
  throw new Error('expected a rejection');
}

/** A fake remote signing service: answers POST with `first`, then each GET with the next of `polls`. */
function service(first: unknown, polls: unknown[]): { fetch: FetchFunction; calls: { method: string; url: string }[] } {
  const calls: { method: string; url: string }[] = [];
  return {
    calls,
    fetch: async (url, init) => {
      calls.push({ method: init.method ?? 'GET', url });
      if (url.endsWith('/cancel')) return json(200, {});
      if (init.method === 'POST') return json(202, first);
      return json(200, polls.shift());
    },
  };
}

describe('demo signer', () => {
  it('signs the canonical content with a WebCrypto P-256 key as JWS ES256 with the x5c chain the server issued', async () => {
    let sentKey: JWK | undefined;
    const fetch: FetchFunction = async (url, init) => {
      expect(url).to.match(/\/api\/demo\/signing\/certificate$/);
      sentKey = (JSON.parse(String(init.body)) as { publicKey: JWK }).publicKey;
      return json(201, { certificateChain: chain });
    };
    const signer = createDemoSigner({ baseUrl: '/api/', fetch }, { now: () => Date.parse('2026-12-06T05:00:00Z') });
    const result = await signer.sign(content);
    expect(result.certificateChain).to.deep.equal(chain);
    expect(result.signedAt).to.equal('2026-12-06T05:00:00.000Z');
    expect(Object.keys(sentKey ?? {}).sort()).to.deep.equal(['crv', 'kty', 'x', 'y']);
    const verified = await compactVerify(result.signature, await importJWK(sentKey!, 'ES256'));
    expect(verified.protectedHeader).to.deep.equal({ alg: 'ES256', x5c: chain });
    expect(new TextDecoder().decode(verified.payload)).to.equal(canonicalJson(content));
  });

  it('fails with a signature-failed AdapterError when no certificate can be had, and tries afresh next time', async () => {
    let calls = 0;
    const fetch: FetchFunction = async () => {
      calls += 1;
      return calls === 1 ? json(201, { certificateChain: [] }) : json(201, { certificateChain: chain });
    };
    const signer = createDemoSigner({ baseUrl: '/api/', fetch });
    expect((await rejection(signer.sign(content))).code).to.equal('invalid-response');
    expect((await signer.sign(content)).certificateChain).to.deep.equal(chain);
  });

  it('keeps one key and certificate for an hour, then gets a new one', async () => {
    let calls = 0;
    let clock = Date.parse('2026-12-06T05:00:00Z');
    const fetch: FetchFunction = async () => {
      calls += 1;
      return json(201, { certificateChain: chain });
    };
    const signer = createDemoSigner({ baseUrl: '/api/', fetch }, { now: () => clock });
    await signer.sign(content);
    await signer.sign(content);
    expect(calls).to.equal(1);
    clock += 2 * 60 * 60 * 1000;
    await signer.sign(content);
    expect(calls).to.equal(2);
  });
});

describe('HTTP signer (remote signing service)', () => {
  const signature = `eyJhbGciOiJFUzI1NiJ9.${payloadSegment(content)}.c2ln`;
  const pending = { id: 'SIG-1', status: 'pending', expiresAt: '2026-12-06T05:05:00Z', message: { vi: 'Mở ứng dụng' } };
  const noSleep = async (): Promise<void> => undefined;

  it('starts, reports pending with expiresAt, polls, and resolves with the signature', async () => {
    const { fetch, calls } = service(pending, [
      pending,
      { id: 'SIG-1', status: 'signed', signature, certificateChain: chain, signedAt: '2026-12-06T05:01:00Z' },
    ]);
    const seen: SigningPending[] = [];
    const signer = createHttpSigner(
      { baseUrl: 'https://ky-so.example.vn/api/', fetch },
      { sleep: noSleep, now: () => Date.parse('2026-12-06T05:00:00Z') },
    );
    const result = await signer.sign(content, { onPending: (update) => seen.push(update) });
    expect(result).to.deep.equal({ signature, certificateChain: chain, signedAt: '2026-12-06T05:01:00Z' });
    expect(seen).to.deep.equal([{ expiresAt: pending.expiresAt, message: { vi: 'Mở ứng dụng' } }]);
    expect(calls.map((call) => `${call.method} ${call.url}`)).to.deep.equal([
      'POST https://ky-so.example.vn/api/signatures',
      'GET https://ky-so.example.vn/api/signatures/SIG-1',
      'GET https://ky-so.example.vn/api/signatures/SIG-1',
    ]);
  });

  it('turns rejected into signature-declined and expired into timeout', async () => {
    const options = { sleep: noSleep, now: () => Date.parse('2026-12-06T05:00:00Z') };
    const declined = service(pending, [{ id: 'SIG-1', status: 'rejected' }]);
    expect(
      (await rejection(createHttpSigner({ baseUrl: '/api/', fetch: declined.fetch }, options).sign(content))).code,
    ).to.equal('signature-declined');
    const expired = service(pending, [{ id: 'SIG-1', status: 'expired' }]);
    expect(
      (await rejection(createHttpSigner({ baseUrl: '/api/', fetch: expired.fetch }, options).sign(content))).code,
    ).to.equal('timeout');
  });

  it('times out by itself at expiresAt and cancels the request on the service', async () => {
    let clock = Date.parse('2026-12-06T05:00:00Z');
    const { fetch, calls } = service(pending, [pending, pending, pending]);
    const signer = createHttpSigner(
      { baseUrl: '/api/', fetch },
      {
        intervalMs: 200_000,
        now: () => clock,
        sleep: async (ms) => {
          clock += ms;
        },
      },
    );
    expect((await rejection(signer.sign(content))).code).to.equal('timeout');
    expect(calls.at(-1)?.url).to.match(/\/signatures\/SIG-1\/cancel$/);
  });

  it('is cancelled through the AbortSignal (aborted) and refuses a signature over other content', async () => {
    const controller = new AbortController();
    const waiting = service(pending, [pending]);
    const promise = createHttpSigner(
      { baseUrl: '/api/', fetch: waiting.fetch },
      { now: () => Date.parse('2026-12-06T05:00:00Z') },
    ).sign(content, { signal: controller.signal, onPending: () => controller.abort() });
    expect((await rejection(promise)).code).to.equal('aborted');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(waiting.calls.at(-1)?.url, 'the request is cancelled on the service').to.match(
      /\/signatures\/SIG-1\/cancel$/,
    );

    const other = `eyJhbGciOiJFUzI1NiJ9.${payloadSegment({ ...content, value: {} })}.c2ln`;
    const forged = service(pending, [
      { id: 'SIG-1', status: 'signed', signature: other, certificateChain: chain, signedAt: '2026-12-06T05:01:00Z' },
    ]);
    const error = await rejection(
      createHttpSigner({ baseUrl: '/api/', fetch: forged.fetch }, { sleep: noSleep, now: () => 0 }).sign(content),
    );
    expect(error.code).to.equal('invalid-response');
  });

  it('cancels the request on the service when polling keeps failing, and reports the failure', async () => {
    const calls: string[] = [];
    const fetch: FetchFunction = async (url, init) => {
      calls.push(`${init.method ?? 'GET'} ${url}`);
      if (url.endsWith('/cancel')) return json(200, {});
      if (init.method === 'POST') return json(202, pending);
      return json(503, { error: 'unavailable' });
    };
    const signer = createHttpSigner(
      { baseUrl: '/api/', fetch, sleep: noSleep },
      { sleep: noSleep, now: () => Date.parse('2026-12-06T05:00:00Z') },
    );
    expect((await rejection(signer.sign(content))).code).to.equal('server');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls.at(-1)).to.match(/^POST \S*\/api\/signatures\/SIG-1\/cancel$/);
    expect(calls.filter((call) => call.startsWith('GET')).length, 'the client retried the poll').to.be.greaterThan(1);
  });
});
