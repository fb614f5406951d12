/**
 * Signatures on submissions: JWS ES256 with an x5c chain to a trusted CA (the demo CA made at
 * start, or one configured as PEM), certificates valid now, and the signed payload byte-equal to
 * the canonical signed content of what was submitted. Anything else is a 422 problem.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { webcrypto } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CompactSign } from 'jose';
import { signedBytes, signedContent } from '@dvc/schema/canonical.js';
import type { DvcServer } from '../src/index.js';
import { createHttpSubmissionAdapter } from '../../procedure/src/adapters/http.js';
import { createDemoSigner } from '../../procedure/src/signing/demo-signer.js';
import {
  base64Der,
  createCertificateAuthority,
  issueSigningCertificate,
  KeyUsageFlags,
  pemOf,
  type CertificateAuthority,
  type EcPublicJwk,
} from '../src/signing/authority.js';
import {
  anonymousCookie,
  certificate,
  post,
  proceduresDir,
  removeTempDirs,
  signIn,
  start,
  validValue,
} from './support/fixtures.js';

const day = 24 * 60 * 60 * 1000;
const signedProcedure = { ...certificate, id: 'test-signed', signing: { required: true } };

interface KeyHolder {
  readonly keys: CryptoKeyPair;
  readonly jwk: EcPublicJwk;
}

async function newKey(): Promise<KeyHolder> {
  const keys = (await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const { x, y } = await webcrypto.subtle.exportKey('jwk', keys.publicKey);
  return { keys, jwk: { kty: 'EC', crv: 'P-256', x: x!, y: y! } };
}

/** A signature over `content` (the signed content object) with `chain` in `x5c`. */
async function sign(holder: KeyHolder, chain: string[], content: unknown): Promise<Record<string, unknown>> {
  const signature = await new CompactSign(signedBytes(content))
    .setProtectedHeader({ alg: 'ES256', x5c: chain })
    .sign(holder.keys.privateKey);
  return { signature, certificateChain: chain, signedAt: new Date().toISOString() };
}

async function demoChain(url: string, holder: KeyHolder, cookie?: string): Promise<string[]> {
  const response = await post(
    `${url}/api/demo/signing/certificate`,
    { publicKey: holder.jwk },
    cookie ? { cookie } : {},
  );
  assert.equal(response.status, 201);
  return ((await response.json()) as { certificateChain: string[] }).certificateChain;
}

let keyCounter = 0;
async function submit(
  url: string,
  cookie: string,
  body: Record<string, unknown>,
  language = 'vi',
): Promise<{ status: number; body: Record<string, unknown> }> {
  keyCounter += 1;
  const response = await post(`${url}/api/submissions`, body, {
    cookie,
    'idempotency-key': `signing-${keyCounter}`,
    'accept-language': language,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('signed submissions', () => {
  let server: DvcServer;
  let url: string;
  let testCa: CertificateAuthority;

  before(async () => {
    testCa = await createCertificateAuthority('Test configured CA', Date.now());
    const dir = proceduresDir();
    writeFileSync(join(dir, 'test-signed.json'), JSON.stringify(signedProcedure));
    ({ server, url } = await start({ proceduresDir: dir, signing: { trustedCaPem: pemOf(testCa.certificate) } }));
  });
  after(async () => {
    await server.close();
    removeTempDirs();
  });

  it('accepts a valid signature from the demo CA and says on the receipt and status who signed', async () => {
    const { cookie } = await signIn(url, 'no-middle-name');
    const holder = await newKey();
    const chain = await demoChain(url, holder, cookie);
    const payload = { procedureId: 'test-signed', value: validValue };
    const answer = await submit(url, cookie, {
      ...payload,
      signature: await sign(holder, chain, signedContent(payload)),
    });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    const signed = answer.body['signed'] as { subject: string; serialNumber: string; signedAt: string };
    assert.match(signed.subject, /CN=Phạm Hùng/);
    assert.match(signed.serialNumber, /^[0-9A-F]+$/);
    const status = await fetch(`${url}/api/submissions/${String(answer.body['reference'])}`, { headers: { cookie } });
    assert.deepEqual(((await status.json()) as { signed: unknown }).signed, signed);
    const stored = await server.store.submission(String(answer.body['reference']));
    assert.equal(stored?.signature?.subject, signed.subject);
    assert.deepEqual(stored?.signature?.certificateChain, chain);
  });

  it('accepts what the browser demo signer signs, sent through the HTTP submission adapter', async () => {
    const { cookie, prefillToken } = await signIn(url, 'no-middle-name');
    const http = { baseUrl: `${url}/api/`, headers: { cookie } };
    const payload = { procedureId: 'test-signed', value: validValue, prefillToken, documents: [] };
    const signature = await createDemoSigner(http).sign(signedContent(payload));
    const receipt = await createHttpSubmissionAdapter(http).submit(
      { ...payload, signature },
      { idempotencyKey: 'demo-signer-1' },
    );
    assert.match(receipt.signed?.subject ?? '', /CN=Phạm Hùng/);
  });

  it('rejects a signed payload that differs from the submission by one character, with a localized title', async () => {
    const cookie = await anonymousCookie(url);
    const holder = await newKey();
    const chain = await demoChain(url, holder);
    const payload = { procedureId: 'test-certificate', value: validValue };
    const signature = await sign(holder, chain, signedContent(payload));
    const changed = { ...payload, value: { ...validValue, reason: `${validValue.reason}.` } };
    const vi = await submit(url, cookie, { ...changed, signature });
    assert.equal(vi.status, 422);
    assert.equal(vi.body['error'], 'signature-invalid');
    assert.equal(vi.body['reason'], 'content-mismatch');
    assert.equal(vi.body['title'], 'Nội dung đã ký khác với hồ sơ được gửi');
    const en = await submit(url, cookie, { ...changed, signature }, 'en-GB,en;q=0.8');
    assert.equal(en.body['title'], 'What was signed differs from the application that was sent');
    // The very same signature on the unchanged submission is fine.
    assert.equal((await submit(url, cookie, { ...payload, signature })).status, 201);
  });

  it('rejects a signature whose certificate comes from an unknown CA', async () => {
    const cookie = await anonymousCookie(url);
    const unknownCa = await createCertificateAuthority('DVC Kit demo CA', Date.now());
    const holder = await newKey();
    const leaf = await issueSigningCertificate(unknownCa, holder.jwk, 'Phạm Hùng', {
      notBefore: new Date(Date.now() - 60_000),
      notAfter: new Date(Date.now() + day),
    });
    const payload = { procedureId: 'test-certificate', value: validValue };
    for (const chain of [[base64Der(leaf), base64Der(unknownCa.certificate)], [base64Der(leaf)]]) {
      const answer = await submit(url, cookie, {
        ...payload,
        signature: await sign(holder, chain, signedContent(payload)),
      });
      assert.equal(answer.status, 422);
      assert.equal(answer.body['reason'], 'untrusted');
    }
  });

  it('accepts a certificate from the configured CA, and rejects one expired, not yet valid or not for signing', async () => {
    const cookie = await anonymousCookie(url);
    const payload = { procedureId: 'test-certificate', value: validValue };
    const signing = KeyUsageFlags.digitalSignature;
    const cases: [number, number, number, number | string][] = [
      [-60_000, day, signing, 201],
      [-3 * day, -day, signing, 'expired'],
      [day, 2 * day, signing, 'not-yet-valid'],
      [-60_000, day, KeyUsageFlags.keyEncipherment, 'key-usage'],
    ];
    for (const [from, to, usages, expected] of cases) {
      const holder = await newKey();
      const leaf = await issueSigningCertificate(
        testCa,
        holder.jwk,
        'Trần Thị Bình',
        { notBefore: new Date(Date.now() + from), notAfter: new Date(Date.now() + to) },
        usages,
      );
      const chain = [base64Der(leaf), base64Der(testCa.certificate)];
      const answer = await submit(url, cookie, {
        ...payload,
        signature: await sign(holder, chain, signedContent(payload)),
      });
      if (typeof expected === 'number') assert.equal(answer.status, expected, JSON.stringify(answer.body));
      else assert.deepEqual([answer.status, answer.body['reason']], [422, expected]);
    }
  });

  it('rejects a tampered signature, a key that does not match the certificate, and a chain that is not the x5c', async () => {
    const cookie = await anonymousCookie(url);
    const holder = await newKey();
    const chain = await demoChain(url, holder);
    const payload = { procedureId: 'test-certificate', value: validValue };
    const good = await sign(holder, chain, signedContent(payload));
    const jws = String(good['signature']);
    const tampered = `${jws.slice(0, -4)}${jws.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    const stranger = await sign(await newKey(), chain, signedContent(payload));
    const otherChain = await demoChain(url, await newKey());
    const answers = [
      await submit(url, cookie, { ...payload, signature: { ...good, signature: tampered } }),
      await submit(url, cookie, { ...payload, signature: stranger }),
      await submit(url, cookie, { ...payload, signature: { ...good, certificateChain: otherChain } }),
    ];
    assert.deepEqual(
      answers.map((answer) => [answer.status, answer.body['reason']]),
      [
        [422, 'signature'],
        [422, 'signature'],
        [422, 'malformed'],
      ],
    );
  });

  it('refuses an unsigned submission when the procedure requires signing', async () => {
    const cookie = await anonymousCookie(url);
    const answer = await submit(url, cookie, { procedureId: 'test-signed', value: validValue }, 'en');
    assert.equal(answer.status, 422);
    assert.equal(answer.body['error'], 'signature-required');
    assert.equal(answer.body['title'], 'This application must be signed digitally');
    // Without `signing.required`, no signature is fine.
    assert.equal((await submit(url, cookie, { procedureId: 'test-certificate', value: validValue })).status, 201);
  });

  it('issues demo certificates only for a P-256 point, named "Người dùng thử" without a signed-in citizen', async () => {
    const response = await post(`${url}/api/demo/signing/certificate`, {
      publicKey: { kty: 'EC', crv: 'P-256', x: 'A'.repeat(43), y: 'A'.repeat(43) },
    });
    assert.equal(response.status, 422);
    const anonymous = await post(`${url}/api/demo/signing/certificate`, { publicKey: (await newKey()).jwk });
    assert.match(((await anonymous.json()) as { subject: string }).subject, /CN=Người dùng thử/);
  });
});

describe('signing without the demo CA', () => {
  it('has no demo certificate endpoint and trusts no demo certificate', async () => {
    const { server, url } = await start({ signing: { demoCa: false } });
    try {
      const response = await post(`${url}/api/demo/signing/certificate`, { publicKey: (await newKey()).jwk });
      assert.equal(response.status, 404);
    } finally {
      await server.close();
      removeTempDirs();
    }
  });
});
