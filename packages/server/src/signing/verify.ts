/**
 * Checks a citizen's signature on a submission: a compact JWS (ES256) whose `x5c` chain leads to
 * a trusted CA, every certificate valid now, and whose payload is byte for byte the RFC 8785
 * canonical signed content of what was submitted (`signedContent` from `@dvc/schema`, the same
 * function the browser signed with). Certificates are read with Node's own `X509Certificate`.
 */
import { createHash, X509Certificate } from 'node:crypto';
import { base64url, compactVerify, decodeProtectedHeader } from 'jose';
import { z } from 'zod';
import { signedBytes, signedContent, type SignableSubmission } from '@dvc/schema/canonical.js';
import { hasUnknownCriticalExtension, maySign, pathLengthOf } from './authority.js';

export const signatureRequestSchema = z.object({
  signature: z.string().min(1).max(40_000),
  certificateChain: z.array(z.string().min(1).max(12_000)).min(1).max(5),
  signedAt: z.string().datetime({ offset: true }),
});
export type SignatureRequest = z.infer<typeof signatureRequestSchema>;

/** Why a signature was refused (the `reason` of a `signature-invalid` problem). */
export type SignatureFailure =
  | 'malformed'
  | 'algorithm'
  | 'chain'
  | 'key-usage'
  | 'untrusted'
  | 'expired'
  | 'not-yet-valid'
  | 'signature'
  | 'signed-at'
  | 'content-mismatch'
  | 'replayed';

export class SignatureRefused extends Error {
  constructor(readonly reason: SignatureFailure) {
    super(`signature refused: ${reason}`);
  }
}

/** What the server keeps about a verified signature (and shows on the receipt: subject and serial). */
export interface VerifiedSignature {
  readonly signature: string;
  readonly certificateChain: readonly string[];
  readonly signedAt: string;
  readonly subject: string;
  readonly serialNumber: string;
  readonly issuer: string;
  readonly verifiedAt: string;
  /** Names this act of signing however the JWS is re-encoded (see `signatureFingerprint`): one submission per signature. */
  readonly fingerprint: string;
}

/** The order of P-256's base point: an ECDSA signature (r, s) is equally valid as (r, n − s). */
const p256Order = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

/**
 * SHA-256 over the JWS signing input and the signature as (r, low s): the same signature sent
 * again — even with s flipped to n − s or another base64url spelling of its bytes — has the
 * same fingerprint, so it cannot back a second submission. A new signing act gets a new r.
 */
export function signatureFingerprint(jws: string): string {
  const [header = '', payload = '', encoded = ''] = jws.split('.');
  const bytes = base64url.decode(encoded);
  const hex = (part: Uint8Array): string => Buffer.from(part).toString('hex').padStart(64, '0');
  const r = hex(bytes.subarray(0, 32));
  const s = BigInt(`0x${hex(bytes.subarray(32))}`);
  const lowS = (s > p256Order / 2n ? p256Order - s : s).toString(16).padStart(64, '0');
  return createHash('sha256').update(`${header}.${payload}.${r}${lowS}`).digest('base64url');
}

/** Every certificate in PEM text (a bundle may hold several). Throws on text that is not PEM certificates. */
export function certificatesFromPem(pem: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new Error('no PEM certificate found');
  return blocks.map((block) => new X509Certificate(block));
}

function checkValidity(certificate: X509Certificate, now: number): void {
  if (now < Date.parse(certificate.validFrom)) throw new SignatureRefused('not-yet-valid');
  if (now > Date.parse(certificate.validTo)) throw new SignatureRefused('expired');
}

function issuedBy(certificate: X509Certificate, issuer: X509Certificate): boolean {
  return issuer.ca && certificate.checkIssued(issuer) && certificate.verify(issuer.publicKey);
}

/** Whether each CA's path length constraint allows the CAs below it (`path` = leaf first, anchor last). */
function withinPathLengths(path: readonly X509Certificate[]): boolean {
  return path.every((certificate, index) => {
    if (index === 0) return true;
    const limit = pathLengthOf(certificate.raw);
    // CAs strictly between this one and the leaf.
    return limit === undefined || index - 1 <= limit;
  });
}

/** Five minutes either way for the signer's clock. */
const clockSkewMs = 5 * 60 * 1000;

function parseChain(request: SignatureRequest): X509Certificate[] {
  try {
    return request.certificateChain.map((text) => {
      const der = Buffer.from(text, 'base64');
      // x5c is plain base64 of DER (RFC 7515 §4.1.6): nothing the lenient decoder would skip over.
      if (der.toString('base64') !== text) throw new TypeError('not base64');
      return new X509Certificate(der);
    });
  } catch {
    throw new SignatureRefused('malformed');
  }
}

function sameChain(header: unknown, chain: readonly string[]): boolean {
  return (
    Array.isArray(header) && header.length === chain.length && header.every((entry, index) => entry === chain[index])
  );
}

/** The verified signature of `submission`, or a `SignatureRefused` saying why not. */
export async function verifySubmissionSignature(
  request: SignatureRequest,
  submission: SignableSubmission,
  anchors: readonly X509Certificate[],
  now: number,
): Promise<VerifiedSignature> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(request.signature);
  } catch {
    throw new SignatureRefused('malformed');
  }
  if (header.alg !== 'ES256') throw new SignatureRefused('algorithm');
  if (!sameChain(header.x5c, request.certificateChain)) throw new SignatureRefused('malformed');

  const chain = parseChain(request);
  const leaf = chain[0]!;
  // A CA certificate, or one whose key usage excludes signing, cannot sign an application.
  if (leaf.ca || !maySign(leaf.raw)) throw new SignatureRefused('key-usage');
  for (const [index, certificate] of chain.entries()) {
    const next = chain[index + 1];
    if (next && !issuedBy(certificate, next)) throw new SignatureRefused('chain');
  }
  const last = chain[chain.length - 1]!;
  const anchor = anchors.find((trusted) => trusted.ca && (trusted.raw.equals(last.raw) || issuedBy(last, trusted)));
  if (!anchor) throw new SignatureRefused('untrusted');
  const path = anchor.raw.equals(last.raw) ? chain : [...chain, anchor];
  if (!withinPathLengths(path)) throw new SignatureRefused('chain');
  // Name constraints, policy constraints and anything else not checked here must not be ignored when critical.
  if (path.some((certificate) => hasUnknownCriticalExtension(certificate.raw))) throw new SignatureRefused('chain');
  for (const certificate of path) checkValidity(certificate, now);

  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(request.signature, leaf.publicKey, { algorithms: ['ES256'] }));
  } catch {
    throw new SignatureRefused('signature');
  }
  const expected = signedBytes(signedContent(submission));
  if (!Buffer.from(payload).equals(Buffer.from(expected))) throw new SignatureRefused('content-mismatch');
  // The time the signer states: not in the future, not before the certificate was valid.
  const signedAt = Date.parse(request.signedAt);
  if (signedAt > now + clockSkewMs || signedAt < Date.parse(leaf.validFrom) - clockSkewMs)
    throw new SignatureRefused('signed-at');

  return {
    signature: request.signature,
    certificateChain: request.certificateChain,
    signedAt: request.signedAt,
    subject: leaf.subject.replace(/\n/g, ', '),
    serialNumber: leaf.serialNumber,
    issuer: leaf.issuer.replace(/\n/g, ', '),
    verifiedAt: new Date(now).toISOString(),
    fingerprint: signatureFingerprint(request.signature),
  };
}
