/**
 * Attacks on signed submissions: algorithm confusion (`alg: none`, HS256 keyed with the leaf's
 * public key), x5c missing or garbage, a self-signed leaf, a CA's path length overstepped, a TLS
 * certificate used to sign, a signature over another procedure, an impossible signing time, and a
 * valid signature replayed for another submission (also re-encoded as (r, n − s)). Each is a 422
 * `signature-invalid` problem with its reason; nothing is stored.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac, webcrypto, X509Certificate } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { base64url, CompactSign } from 'jose';
import { signedBytes, signedContent } from '@dvc/schema/canonical.js';
import type { DvcServer } from '../src/index.js';
import { base64Der, createCertificateAuthority, pemOf, type CertificateAuthority } from '../src/signing/authority.js';
import {
  anonymousCookie,
  certificate,
  post,
  proceduresDir,
  removeTempDirs,
  start,
  validValue,
} from './support/fixtures.js';

const day = 24 * 60 * 60 * 1000;
const ecdsa = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const payload = { procedureId: 'test-certificate', value: validValue };

async function newKeys(): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(ecdsa, false, ['sign', 'verify'])) as CryptoKeyPair;
}

const validity = (): { notBefore: Date; notAfter: Date } => ({
  notBefore: new Date(Date.now() - 60_000),
  notAfter: new Date(Date.now() + day),
});

/** A certificate for `keys` issued by `issuer` (self-signed without one), with the given extensions. */
async function certificateFor(
  keys: CryptoKeyPair,
  issuer: CertificateAuthority | undefined,
  name: string,
  extensions: x509.Extension[],
): Promise<x509.X509Certificate> {
  if (!issuer)
    return x509.X509CertificateGenerator.createSelfSigned({
      name: `CN=${name}, C=VN`,
      keys,
      signingAlgorithm: ecdsa,
      ...validity(),
      extensions,
    });
  return x509.X509CertificateGenerator.create({
    subject: `CN=${name}, C=VN`,
    issuer: issuer.certificate.subjectName,
    publicKey: keys.publicKey,
    signingKey: issuer.keys.privateKey,
    signingAlgorithm: ecdsa,
    ...validity(),
    extensions,
  });
}

const leafExtensions = (...more: x509.Extension[]): x509.Extension[] => [
  new x509.BasicConstraintsExtension(false, undefined, true),
  new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation, true),
  ...more,
];
const caExtensions = (pathLength?: number): x509.Extension[] => [
  new x509.BasicConstraintsExtension(true, pathLength, true),
  new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
];

async function jws(keys: CryptoKeyPair, header: Record<string, unknown>, content: unknown): Promise<string> {
  return new CompactSign(signedBytes(content)).setProtectedHeader({ alg: 'ES256', ...header }).sign(keys.privateKey);
}

async function signatureBy(
  keys: CryptoKeyPair,
  chain: string[],
  content: unknown = signedContent(payload),
): Promise<Record<string, unknown>> {
  return {
    signature: await jws(keys, { x5c: chain }, content),
    certificateChain: chain,
    signedAt: new Date().toISOString(),
  };
}

/** A compact JWS with any header, "signed" by HMAC-SHA256 with `secret` (or unsigned for `alg: none`). */
function forged(header: Record<string, unknown>, content: unknown, secret?: Buffer): string {
  const input = `${base64url.encode(JSON.stringify(header))}.${base64url.encode(signedBytes(content))}`;
  if (!secret) return `${input}.`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

describe('attacks on signed submissions', () => {
  let server: DvcServer;
  let url: string;
  let trustedCa: CertificateAuthority;
  let unlimitedCa: CertificateAuthority;
  let counter = 0;

  async function submit(body: Record<string, unknown>, cookie: string, key = `attack-${(counter += 1)}`) {
    const response = await post(`${url}/api/submissions`, body, { cookie, 'idempotency-key': key });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }
  async function reasonOf(signature: unknown, body: Record<string, unknown> = payload): Promise<[number, unknown]> {
    const answer = await submit({ ...body, signature }, await anonymousCookie(url));
    return [answer.status, answer.body['reason']];
  }
  /** A leaf under `issuer` with its key pair and the chain up to (and including) the issuer. */
  async function leafUnder(issuer: CertificateAuthority, ...extra: x509.Extension[]) {
    const keys = await newKeys();
    const leaf = await certificateFor(keys, issuer, 'Trần Thị Bình', leafExtensions(...extra));
    return { keys, leaf, chain: [base64Der(leaf), base64Der(issuer.certificate)] };
  }

  before(async () => {
    trustedCa = await createCertificateAuthority('Trusted CA, path length 0', Date.now());
    const keys = await newKeys();
    unlimitedCa = {
      keys,
      certificate: await certificateFor(keys, undefined, 'Trusted CA, no path length', caExtensions()),
    };
    const dir = proceduresDir();
    writeFileSync(
      join(dir, 'test-signed.json'),
      JSON.stringify({ ...certificate, id: 'test-signed', signing: { required: true } }),
    );
    ({ server, url } = await start({
      proceduresDir: dir,
      signing: { trustedCaPem: `${pemOf(trustedCa.certificate)}\n${pemOf(unlimitedCa.certificate)}` },
    }));
  });
  after(async () => {
    await server.close();
    removeTempDirs();
  });

  it('refuses alg none and HS256 keyed with the certificate’s public key (algorithm confusion)', async () => {
    const { leaf, chain } = await leafUnder(trustedCa);
    const content = signedContent(payload);
    const publicKey = new X509Certificate(Buffer.from(leaf.rawData)).publicKey;
    const pem = Buffer.from(publicKey.export({ format: 'pem', type: 'spki' }));
    const der = publicKey.export({ format: 'der', type: 'spki' });
    const attempts = [
      forged({ alg: 'none', x5c: chain }, content),
      forged({ alg: 'HS256', x5c: chain }, content, pem),
      forged({ alg: 'HS256', x5c: chain }, content, der),
    ];
    for (const signature of attempts) {
      const reason = await reasonOf({ signature, certificateChain: chain, signedAt: new Date().toISOString() });
      assert.deepEqual(reason, [422, 'algorithm']);
    }
  });

  it('refuses x5c missing, garbage, or a chain that is not base64 DER, as 422 malformed (also a missing chain)', async () => {
    const { keys, chain } = await leafUnder(trustedCa);
    const content = signedContent(payload);
    const now = new Date().toISOString();
    const missing = await jws(keys, {}, content);
    const garbage = ['bm90IGEgY2VydGlmaWNhdGU=', 'garbage'];
    const loose = [`${chain[0]!.slice(0, 20)}\n${chain[0]!.slice(20)}`, chain[1]!];
    const cases: unknown[] = [
      { signature: missing, certificateChain: chain, signedAt: now },
      { signature: await jws(keys, { x5c: garbage }, content), certificateChain: garbage, signedAt: now },
      { signature: await jws(keys, { x5c: 'MIIB' }, content), certificateChain: chain, signedAt: now },
      { signature: await jws(keys, { x5c: loose }, content), certificateChain: loose, signedAt: now },
      { signature: await jws(keys, { x5c: [] }, content), certificateChain: [], signedAt: now },
      { signature: missing, signedAt: now },
      { signature: 'not a jws', certificateChain: chain, signedAt: now },
      'eyJhbGciOiJFUzI1NiJ9',
    ];
    for (const signature of cases)
      assert.deepEqual(await reasonOf(signature), [422, 'malformed'], JSON.stringify(signature).slice(0, 80));
  });

  it('refuses a self-signed leaf, alone or above the trusted CA, and a CA’s path length overstepped', async () => {
    const keys = await newKeys();
    const selfSigned = await certificateFor(keys, undefined, 'Phạm Hùng', leafExtensions());
    const own = base64Der(selfSigned);
    assert.deepEqual(await reasonOf(await signatureBy(keys, [own])), [422, 'untrusted']);
    assert.deepEqual(await reasonOf(await signatureBy(keys, [own, base64Der(trustedCa.certificate)])), [422, 'chain']);

    // An intermediate CA under each trusted CA, then a leaf under it: allowed only without a path length limit.
    for (const [root, expected] of [
      [trustedCa, [422, 'chain']],
      [unlimitedCa, [201, undefined]],
    ] as const) {
      const caKeys = await newKeys();
      const intermediate = {
        keys: caKeys,
        certificate: await certificateFor(caKeys, root, 'Intermediate CA', caExtensions()),
      };
      const { keys: leafKeys, chain } = await leafUnder(intermediate);
      assert.deepEqual(await reasonOf(await signatureBy(leafKeys, [...chain, base64Der(root.certificate)])), expected);
    }
  });

  it('refuses a certificate whose extended key usage is not signing (a TLS server certificate), accepts client/e-mail', async () => {
    const tls = await leafUnder(trustedCa, new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]));
    assert.deepEqual(await reasonOf(await signatureBy(tls.keys, tls.chain)), [422, 'key-usage']);
    const personal = await leafUnder(
      trustedCa,
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.clientAuth, x509.ExtendedKeyUsage.emailProtection]),
    );
    assert.deepEqual(await reasonOf(await signatureBy(personal.keys, personal.chain)), [201, undefined]);
  });

  it('refuses a chain with an extension it does not process marked critical (leaf or CA), accepts it non-critical', async () => {
    // An unknown extension (private OID, DER NULL), and name constraints (2.5.29.30: not processed here).
    const unknown = (critical: boolean): x509.Extension =>
      new x509.Extension('1.3.6.1.4.1.99999.1', critical, new Uint8Array([5, 0]));
    const critical = await leafUnder(trustedCa, unknown(true));
    assert.deepEqual(await reasonOf(await signatureBy(critical.keys, critical.chain)), [422, 'chain']);
    const plain = await leafUnder(trustedCa, unknown(false));
    assert.deepEqual(await reasonOf(await signatureBy(plain.keys, plain.chain)), [201, undefined]);

    const caKeys = await newKeys();
    const constrained = {
      keys: caKeys,
      certificate: await certificateFor(caKeys, unlimitedCa, 'Constrained CA', [
        ...caExtensions(),
        new x509.Extension('2.5.29.30', true, new Uint8Array([0x30, 0x00])),
      ]),
    };
    const below = await leafUnder(constrained);
    assert.deepEqual(
      await reasonOf(await signatureBy(below.keys, [...below.chain, base64Der(unlimitedCa.certificate)])),
      [422, 'chain'],
    );
  });

  it('refuses a signature over another procedure’s content, and a signing time in the future', async () => {
    const { keys, chain } = await leafUnder(trustedCa);
    const signature = await signatureBy(keys, chain, signedContent({ ...payload, procedureId: 'test-signed' }));
    assert.deepEqual(await reasonOf(signature), [422, 'content-mismatch']);
    // The other way round: signed for test-certificate, sent as test-signed.
    const other = await signatureBy(keys, chain);
    assert.deepEqual(await reasonOf(other, { ...payload, procedureId: 'test-signed' }), [422, 'content-mismatch']);
    const future = { ...(await signatureBy(keys, chain)), signedAt: new Date(Date.now() + day).toISOString() };
    assert.deepEqual(await reasonOf(future), [422, 'signed-at']);
  });

  it('lets a signature back one submission: replayed (also as (r, n − s), from another session) is refused', async () => {
    const { keys, chain } = await leafUnder(trustedCa);
    const signature = await signatureBy(keys, chain);
    const cookie = await anonymousCookie(url);
    const first = await submit({ ...payload, signature }, cookie, 'replay-original');
    assert.equal(first.status, 201, JSON.stringify(first.body));
    // The same request again under its own key is the idempotent replay of the receipt, not a new submission.
    const retried = await submit({ ...payload, signature }, cookie, 'replay-original');
    assert.deepEqual([retried.status, retried.body['reference']], [201, first.body['reference']]);

    const again = await submit({ ...payload, signature }, cookie);
    assert.deepEqual([again.status, again.body['reason']], [422, 'replayed']);
    const elsewhere = await submit({ ...payload, signature }, await anonymousCookie(url));
    assert.deepEqual([elsewhere.status, elsewhere.body['reason']], [422, 'replayed']);

    // ECDSA malleability: (r, n − s) verifies too, and is the same signature.
    const [header, body, encoded] = String(signature['signature']).split('.') as [string, string, string];
    const bytes = base64url.decode(encoded);
    const order = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
    const s = BigInt(`0x${Buffer.from(bytes.subarray(32)).toString('hex')}`);
    const flipped = Buffer.concat([
      bytes.subarray(0, 32),
      Buffer.from((order - s).toString(16).padStart(64, '0'), 'hex'),
    ]);
    const malleated = { ...signature, signature: `${header}.${body}.${base64url.encode(flipped)}` };
    const answer = await submit({ ...payload, signature: malleated }, await anonymousCookie(url));
    assert.deepEqual([answer.status, answer.body['reason']], [422, 'replayed']);
    assert.match(String(answer.body['title']), /đã được dùng cho một hồ sơ khác/);

    // Signing the same content again is a new signature, and fine.
    assert.equal((await submit({ ...payload, signature: await signatureBy(keys, chain) }, cookie)).status, 201);
  });
});
