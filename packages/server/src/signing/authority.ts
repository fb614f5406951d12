/**
 * Certificate authorities for signatures: the demo CA the server makes at start (so the demo
 * signer can get a certificate for its key) and issuing certificates under it. X.509 through
 * `@peculiar/x509` (ADR 0013); it needs the `reflect-metadata` polyfill loaded first.
 */
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

const ecdsa = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const day = 24 * 60 * 60 * 1000;

export interface CertificateAuthority {
  readonly certificate: x509.X509Certificate;
  readonly keys: CryptoKeyPair;
}

/** A P-256 public key as a JWK (what the demo signer sends). */
export interface EcPublicJwk {
  readonly kty: 'EC';
  readonly crv: 'P-256';
  readonly x: string;
  readonly y: string;
}

export interface Validity {
  readonly notBefore: Date;
  readonly notAfter: Date;
}

/** A self-signed CA (ECDSA P-256) named `commonName`, valid from a day before `now` for ten years unless told otherwise. */
export async function createCertificateAuthority(
  commonName: string,
  now: number,
  validity: Validity = { notBefore: new Date(now - day), notAfter: new Date(now + 3650 * day) },
): Promise<CertificateAuthority> {
  const keys = (await webcrypto.subtle.generateKey(ecdsa, false, ['sign', 'verify'])) as CryptoKeyPair;
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    name: [{ CN: [commonName] }, { O: ['DVC Kit'] }, { C: ['VN'] }],
    keys,
    signingAlgorithm: ecdsa,
    ...validity,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { certificate, keys };
}

/** A signing certificate for `publicKey` under `authority`, the subject's common name `commonName`. */
export async function issueSigningCertificate(
  authority: CertificateAuthority,
  publicKey: EcPublicJwk | CryptoKey,
  commonName: string,
  validity: Validity,
  usages: number = x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation,
): Promise<x509.X509Certificate> {
  const key =
    'kty' in publicKey
      ? await webcrypto.subtle.importKey(
          'jwk',
          { ...publicKey, ext: true },
          { name: 'ECDSA', namedCurve: 'P-256' },
          true,
          ['verify'],
        )
      : publicKey;
  return x509.X509CertificateGenerator.create({
    subject: [{ CN: [commonName] }, { O: ['DVC Kit demo'] }, { C: ['VN'] }],
    issuer: authority.certificate.subjectName,
    publicKey: key as CryptoKey,
    signingKey: authority.keys.privateKey,
    signingAlgorithm: ecdsa,
    ...validity,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(usages, true),
      await x509.AuthorityKeyIdentifierExtension.create(authority.keys.publicKey),
    ],
  });
}

/** Extended key usages that name signing by a person (RFC 9336 document signing, S/MIME, client authentication, any). */
const signingPurposes = new Set([
  '2.5.29.37.0', // anyExtendedKeyUsage
  '1.3.6.1.5.5.7.3.2', // clientAuth (personal certificates of Vietnamese CAs carry it)
  '1.3.6.1.5.5.7.3.4', // emailProtection
  '1.3.6.1.5.5.7.3.36', // id-kp-documentSigning (RFC 9336)
  '1.3.6.1.4.1.311.10.3.12', // Microsoft document signing
  '1.2.840.113583.1.1.5', // Adobe PDF signing
]);

function parsed(der: Uint8Array): x509.X509Certificate {
  return new x509.X509Certificate(Uint8Array.from(der).buffer);
}

/**
 * Whether a certificate (DER) may sign documents: its key usage, when it states one, includes
 * digitalSignature or nonRepudiation, and its extended key usage, when it states one, names a
 * signing purpose (a TLS server, code-signing, time-stamping or OCSP certificate does not).
 */
export function maySign(der: Uint8Array): boolean {
  const certificate = parsed(der);
  const usage = certificate.getExtension(x509.KeyUsagesExtension);
  const signs =
    !usage || (usage.usages & (x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation)) !== 0;
  const extended = certificate.getExtension(x509.ExtendedKeyUsageExtension);
  return signs && (!extended || extended.usages.some((purpose) => signingPurposes.has(String(purpose))));
}

/** Extensions this verifier understands (or may ignore safely): a critical one outside them refuses the chain (RFC 5280 §4.2). */
const understoodExtensions = new Set([
  '2.5.29.14', // subject key identifier
  '2.5.29.15', // key usage
  '2.5.29.17', // subject alternative name
  '2.5.29.18', // issuer alternative name
  '2.5.29.19', // basic constraints
  '2.5.29.31', // CRL distribution points
  '2.5.29.32', // certificate policies (read by a person: the subject is shown)
  '2.5.29.35', // authority key identifier
  '2.5.29.37', // extended key usage
  '1.3.6.1.5.5.7.1.1', // authority information access
]);

/** Whether a certificate (DER) marks as critical an extension this verifier does not process (e.g. name constraints). */
export function hasUnknownCriticalExtension(der: Uint8Array): boolean {
  return parsed(der).extensions.some((extension) => extension.critical && !understoodExtensions.has(extension.type));
}

/** A CA certificate's path length constraint (how many CAs may follow it below), `undefined` when unlimited. */
export function pathLengthOf(der: Uint8Array): number | undefined {
  return parsed(der).getExtension(x509.BasicConstraintsExtension)?.pathLength;
}

export { KeyUsageFlags } from '@peculiar/x509';

/** Base64 DER, as in a JWS `x5c`. */
export function base64Der(certificate: x509.X509Certificate): string {
  return Buffer.from(certificate.rawData).toString('base64');
}

/** PEM text of one or more certificates. */
export function pemOf(certificate: x509.X509Certificate): string {
  return certificate.toString('pem');
}
