/** What a citizen is shown about a signing certificate: its holder, issuer, serial number, validity. Read with `@peculiar/asn1-x509`. */
import { AsnConvert, Certificate, type Name } from './asn1.js';

export interface CertificateSummary {
  /** The holder's common name (CN), else the whole subject. */
  readonly holder: string;
  /** The subject as `CN=…, O=…, C=VN`. */
  readonly subject: string;
  readonly issuer: string;
  /** Upper-case hex. */
  readonly serialNumber: string;
  readonly notAfter: string;
}

const attributeNames: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
};

function attributes(name: Name): [string, string][] {
  return name.flatMap((set) =>
    set.map((attribute): [string, string] => [
      attributeNames[attribute.type] ?? attribute.type,
      attribute.value.toString(),
    ]),
  );
}

function base64Bytes(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
}

/** The summary of a base64 DER certificate (the first of a JWS `x5c`); `undefined` when it cannot be read. */
export function summarizeCertificate(der: string | undefined): CertificateSummary | undefined {
  if (!der) return undefined;
  try {
    const { tbsCertificate } = AsnConvert.parse(base64Bytes(der), Certificate);
    const subject = attributes(tbsCertificate.subject);
    const text = (pairs: [string, string][]): string => pairs.map(([key, value]) => `${key}=${value}`).join(', ');
    const serial = Array.from(new Uint8Array(tbsCertificate.serialNumber), (byte) => byte.toString(16).padStart(2, '0'))
      .join('')
      .replace(/^(00)+(?=.)/, '')
      .toUpperCase();
    return {
      holder: subject.find(([key]) => key === 'CN')?.[1] ?? text(subject),
      subject: text(subject),
      issuer: text(attributes(tbsCertificate.issuer)),
      serialNumber: serial,
      notAfter: tbsCertificate.validity.notAfter.getTime().toISOString(),
    };
  } catch {
    return undefined;
  }
}
