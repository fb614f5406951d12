/** Signatures made outside the browser, for the suites: one whose certificate comes from a CA the server does not know. */
import { webcrypto } from 'node:crypto';
import { CompactSign } from 'jose';
import { signedBytes, signedContent, type SignableSubmission } from '@dvc/schema/canonical.js';
import { base64Der, createCertificateAuthority, issueSigningCertificate } from '../../src/signing/authority.js';

export { signedContent };

/** A well-formed signature over `payload`'s signed content, by a key certified by a fresh CA nobody trusts (named like the demo CA). */
export async function unknownCaSignature(
  payload: SignableSubmission,
): Promise<{ signature: string; certificateChain: string[]; signedAt: string }> {
  const unknownCa = await createCertificateAuthority('DVC Kit demo CA', Date.now());
  const keys = (await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const leaf = await issueSigningCertificate(unknownCa, keys.publicKey, 'Phạm Hùng', {
    notBefore: new Date(Date.now() - 60_000),
    notAfter: new Date(Date.now() + 60 * 60_000),
  });
  const certificateChain = [base64Der(leaf), base64Der(unknownCa.certificate)];
  const signature = await new CompactSign(signedBytes(signedContent(payload)))
    .setProtectedHeader({ alg: 'ES256', x5c: certificateChain })
    .sign(keys.privateKey);
  return { signature, certificateChain, signedAt: new Date().toISOString() };
}
