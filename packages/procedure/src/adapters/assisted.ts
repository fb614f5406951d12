/**
 * Assisted filing (ADR 0014): what `<dvc-assisted-intake>` asks the host. The card's QR text is
 * exchanged for an identity response whose token the back end checks at submission (bound to the
 * officer's session); an OTP to the citizen's phone is an optional way to record consent.
 */
import * as z from '../zod.js';
import type { HttpClient, HttpOptions } from './http-client.js';
import { createHttpClient } from './http-client.js';
import { identityResponseSchema, type IdentityResponse, type RequestOptions } from './types.js';

export const otpChallengeSchema = z.object({
  challengeId: z.string().check(z.minLength(1)),
  expiresAt: z.iso.datetime({ offset: true }),
  /** Only a demo back end answers with the code itself (a real one texts it to the citizen). */
  demoCode: z.optional(z.string().check(z.regex(/^\d{6}$/))),
});
export type OtpChallenge = z.infer<typeof otpChallengeSchema>;

export interface AssistedFilingAdapter {
  /** The identity the card's QR text gives (`source: 'cccd-qr'`), with a token the back end checks on submit. */
  identifyFromQr(qrText: string, options?: RequestOptions): Promise<IdentityResponse>;
  /** Sends a one-time code to the citizen with this personal ID number. Without it, consent is spoken only. */
  requestOtp?(personalId: string, options?: RequestOptions): Promise<OtpChallenge>;
  /** `true` when the code is right; `false` when it is wrong or expired. */
  verifyOtp?(challengeId: string, code: string, options?: RequestOptions): Promise<boolean>;
}

/**
 * `POST assisted/identity` `{ qr }`; with `demoOtp`, `POST demo/otp` and `POST demo/otp/verify`
 * (the reference server's demo endpoints; a real host brings its own SMS gateway).
 */
export function createHttpAssistedAdapter(
  options: HttpOptions | HttpClient,
  { demoOtp = false }: { readonly demoOtp?: boolean } = {},
): AssistedFilingAdapter {
  const client = 'request' in options ? options : createHttpClient(options);
  const adapter: AssistedFilingAdapter = {
    identifyFromQr: (qrText, { signal } = {}) =>
      client.request({
        method: 'POST',
        path: 'assisted/identity',
        schema: identityResponseSchema,
        body: { qr: qrText },
        signal,
      }),
  };
  if (!demoOtp) return adapter;
  return {
    ...adapter,
    requestOtp: (personalId, { signal } = {}) =>
      client.request({ method: 'POST', path: 'demo/otp', schema: otpChallengeSchema, body: { personalId }, signal }),
    verifyOtp: async (challengeId, code, { signal } = {}) =>
      client.request({
        method: 'POST',
        path: 'demo/otp/verify',
        schema: z.pipe(
          z.object({ verified: z.boolean() }),
          z.transform((answer) => answer.verified),
        ),
        body: { challengeId, code },
        signal,
        accept: { 422: false },
      }),
  };
}
