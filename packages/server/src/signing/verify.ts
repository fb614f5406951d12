/**
 * Checks a citizen's signature on a submission: a compact JWS (ES256) whose `x5c` chain leads to
 * a trusted CA, every certificate valid now, and whose payload is byte for byte the RFC 8785
 * canonical signed content of what was submitted (`signedContent` from `@dvc/schema`, the same
 * function the browser signed with). Certificates are read with Node's own `X509Certificate`.
 */
import { X509Certificate } from 'node:crypto';
import { compactVerify, decodeProtectedHeader } from 'jose';
import { z } from 'zod';
import { signedBytes, signedContent, type SignableSubmission } from '@dvc/schema/canonical.js';
import { maySign } from './authority.js';

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
  | 'content-mismatch';

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

function parseChain(request: SignatureRequest): X509Certificate[] {
  try {
    return request.certificateChain.map((der) => new X509Certificate(Buffer.from(der, 'base64')));
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
  const anchor = anchors.find((trusted) => trusted.raw.equals(last.raw) || issuedBy(last, trusted));
  if (!anchor) throw new SignatureRefused('untrusted');
  for (const certificate of [...chain, anchor]) checkValidity(certificate, now);

  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(request.signature, leaf.publicKey, { algorithms: ['ES256'] }));
  } catch {
    throw new SignatureRefused('signature');
  }
  const expected = signedBytes(signedContent(submission));
  if (!Buffer.from(payload).equals(Buffer.from(expected))) throw new SignatureRefused('content-mismatch');

  return {
    signature: request.signature,
    certificateChain: request.certificateChain,
    signedAt: request.signedAt,
    subject: leaf.subject.replace(/\n/g, ', '),
    serialNumber: leaf.serialNumber,
    issuer: leaf.issuer.replace(/\n/g, ', '),
    verifiedAt: new Date(now).toISOString(),
  };
}
