/**
 * Signatures on submissions (docs/rest-api.md, "Signing"; docs/security.md): which CAs the
 * server trusts, the demo CA it makes at start, `POST /api/demo/signing/certificate` (a
 * certificate for the demo signer's key) and the check `POST /api/submissions` runs.
 */
import { X509Certificate } from 'node:crypto';
import { z } from 'zod';
import type { SignableSubmission } from '@dvc/schema/canonical.js';
import { parse, type ApiContext, type ApiRequest } from '../context.js';
import { readJsonBody } from '../limits.js';
import { HttpProblem, sendJson } from '../problems.js';
import {
  base64Der,
  createCertificateAuthority,
  issueSigningCertificate,
  type CertificateAuthority,
} from './authority.js';
import {
  certificatesFromPem,
  signatureRequestSchema,
  SignatureRefused,
  verifySubmissionSignature,
  type SignatureFailure,
  type VerifiedSignature,
} from './verify.js';

export { signatureRequestSchema, type VerifiedSignature } from './verify.js';

export interface SigningOptions {
  /** PEM of the CA certificate(s) whose signing certificates are accepted (`DVC_SIGNING_TRUSTED_CA`, a file). */
  readonly trustedCaPem?: string;
  /** Make a demo CA at start, trust it and issue demo certificates from it (default true; `DVC_DEMO_SIGNING_CA=0` turns it off). */
  readonly demoCa?: boolean;
  /** How long a demo signing certificate is valid, ms (default 1 day). */
  readonly demoCertificateLifetimeMs?: number;
}

export interface SigningTrust {
  readonly anchors: readonly X509Certificate[];
  readonly demo: CertificateAuthority | undefined;
  readonly demoCertificateLifetimeMs: number;
}

export async function createSigningTrust(options: SigningOptions = {}, now: number): Promise<SigningTrust> {
  const configured = options.trustedCaPem ? certificatesFromPem(options.trustedCaPem) : [];
  const demo = options.demoCa === false ? undefined : await createCertificateAuthority('DVC Kit demo CA', now);
  return {
    anchors: [...configured, ...(demo ? [new X509Certificate(Buffer.from(demo.certificate.rawData))] : [])],
    demo,
    demoCertificateLifetimeMs: options.demoCertificateLifetimeMs ?? 24 * 60 * 60 * 1000,
  };
}

const titles: Record<'signature-required' | SignatureFailure, { vi: string; en: string }> = {
  'signature-required': { vi: 'Hồ sơ này cần chữ ký số', en: 'This application must be signed digitally' },
  malformed: { vi: 'Chữ ký số không đúng định dạng', en: 'The digital signature is not in the right format' },
  algorithm: {
    vi: 'Chữ ký số dùng thuật toán không được chấp nhận',
    en: 'The digital signature uses an algorithm that is not accepted',
  },
  chain: { vi: 'Chuỗi chứng thư số không hợp lệ', en: 'The certificate chain is not valid' },
  'key-usage': {
    vi: 'Chứng thư số này không được dùng để ký văn bản',
    en: 'This certificate may not be used to sign documents',
  },
  untrusted: {
    vi: 'Chứng thư số không do tổ chức được tin cậy cấp',
    en: 'The certificate was not issued by a trusted authority',
  },
  expired: { vi: 'Chứng thư số đã hết hạn', en: 'The certificate has expired' },
  'not-yet-valid': { vi: 'Chứng thư số chưa có hiệu lực', en: 'The certificate is not valid yet' },
  signature: { vi: 'Chữ ký số không hợp lệ', en: 'The digital signature is not valid' },
  'signed-at': {
    vi: 'Thời điểm ký không hợp lệ',
    en: 'The time of signing is not valid',
  },
  'content-mismatch': {
    vi: 'Nội dung đã ký khác với hồ sơ được gửi',
    en: 'What was signed differs from the application that was sent',
  },
  replayed: {
    vi: 'Chữ ký số này đã được dùng cho một hồ sơ khác. Vui lòng ký lại',
    en: 'This digital signature was already used for another application. Please sign again',
  },
};

/** The 422 problem for a refused signature, its title in the request's language. */
export function signatureProblem(api: ApiRequest, reason: SignatureFailure): HttpProblem {
  return new HttpProblem(422, 'signature-invalid', { reason, title: titleFor(api, reason) });
}

/** Vietnamese unless the request prefers English. */
function titleFor(api: ApiRequest, key: keyof typeof titles): string {
  const language = String(api.request.headers['accept-language'] ?? '')
    .trim()
    .toLowerCase();
  return titles[key][language.startsWith('en') ? 'en' : 'vi'];
}

/**
 * The verified signature of a submission, `undefined` when it has none and its procedure does
 * not require one; otherwise a 422 problem (`signature-required`, `signature-invalid` with a reason).
 */
export async function checkSubmissionSignature(
  context: ApiContext,
  api: ApiRequest,
  definition: Readonly<Record<string, unknown>>,
  submission: SignableSubmission & { readonly signature?: unknown },
): Promise<VerifiedSignature | undefined> {
  const signing = definition['signing'] as { required?: unknown } | undefined;
  if (submission.signature === undefined || submission.signature === null) {
    if (signing?.required === true)
      throw new HttpProblem(422, 'signature-required', { title: titleFor(api, 'signature-required') });
    return undefined;
  }
  // A signature that is not even the documented shape is refused like any other bad signature.
  const request = signatureRequestSchema.safeParse(submission.signature);
  if (!request.success) throw signatureProblem(api, 'malformed');
  try {
    return await verifySubmissionSignature(request.data, submission, context.signing.anchors, context.now());
  } catch (problem) {
    if (!(problem instanceof SignatureRefused)) throw problem;
    throw signatureProblem(api, problem.reason);
  }
}

const certificateRequestSchema = z.object({
  publicKey: z.object({
    kty: z.literal('EC'),
    crv: z.literal('P-256'),
    x: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
    y: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  }),
});

/** `POST /api/demo/signing/certificate`: a demo certificate for a P-256 key, named after the signed-in citizen. */
export async function issueDemoCertificate(context: ApiContext, api: ApiRequest): Promise<void> {
  const demo = context.signing.demo;
  if (!demo) throw new HttpProblem(404, 'not-found');
  const { publicKey } = parse(certificateRequestSchema, await readJsonBody(api.request, context.bodyLimits));
  const citizenId = api.session?.citizenId;
  const name = (citizenId === undefined ? undefined : context.identity.find(citizenId))?.citizen.fullName;
  const now = context.now();
  let certificate;
  try {
    certificate = await issueSigningCertificate(demo, publicKey, name ?? 'Người dùng thử', {
      notBefore: new Date(now - 5 * 60 * 1000),
      notAfter: new Date(now + context.signing.demoCertificateLifetimeMs),
    });
  } catch {
    // Coordinates that are not a point on the curve.
    throw new HttpProblem(422, 'invalid-public-key');
  }
  sendJson(api.response, 201, {
    certificateChain: [base64Der(certificate), base64Der(demo.certificate)],
    subject: certificate.subject,
    serialNumber: certificate.serialNumber.toUpperCase(),
  });
}
