/**
 * The signer for a remote signing service (the citizen confirms on the phone), over the REST
 * shape in docs/rest-api.md, "Remote signing service": `POST signatures` starts a request and
 * answers `pending` with `expiresAt`; `GET signatures/:id` is polled until `signed`, `rejected`
 * or `expired`; `POST signatures/:id/cancel` ends it early. Every answer crosses zod; failures
 * are `AdapterError`s (`signature-declined`, `timeout`, `aborted`, …).
 */
import { AdapterError, toAdapterError } from '../adapters/errors.js';
import {
  createHttpClient,
  defaultSleep,
  type HttpClient,
  type HttpOptions,
  type SleepFunction,
} from '../adapters/http-client.js';
import { createIdempotencyKey } from '../adapters/http.js';
import { localizedTextSchema, type SignatureResult, type Signer, type SignOptions } from '../adapters/types.js';
import * as z from '../zod.js';
import { jwsCoversContent, payloadSegment } from './jws.js';

const dateTime = z.iso.datetime({ offset: true });
const id = z.string().check(z.minLength(1));
const signingRequestSchema = z.discriminatedUnion('status', [
  z.object({ id, status: z.literal('pending'), expiresAt: dateTime, message: z.optional(localizedTextSchema) }),
  z.object({
    id,
    status: z.literal('signed'),
    signature: z.string().check(z.regex(/^[\w-]+\.[\w-]+\.[\w-]+$/)),
    certificateChain: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    signedAt: dateTime,
  }),
  z.object({ id, status: z.enum(['rejected', 'expired']) }),
]);
type SigningRequest = z.infer<typeof signingRequestSchema>;

export interface HttpSignerOptions {
  /** Between polls, ms (default 2000). */
  readonly intervalMs?: number;
  readonly sleep?: SleepFunction;
  readonly now?: () => number;
}

const segment = (value: string): string => encodeURIComponent(value);

/** A `Signer` over a remote signing service's REST API (its own `baseUrl`, e.g. `https://ky-so.example.vn/api/`). */
export function createHttpSigner(http: HttpOptions | HttpClient, options: HttpSignerOptions = {}): Signer {
  const client = 'request' in http ? http : createHttpClient(http);
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const intervalMs = options.intervalMs ?? 2000;

  function cancel(id: string): void {
    // Best effort: the request expires on the service anyway.
    void client
      .request({ method: 'POST', path: `signatures/${segment(id)}/cancel`, schema: z.unknown() })
      .catch(() => undefined);
  }

  function settled(answer: SigningRequest, content: unknown): SignatureResult | undefined {
    if (answer.status === 'pending') return undefined;
    if (answer.status !== 'signed')
      throw new AdapterError(answer.status === 'rejected' ? 'signature-declined' : 'timeout');
    // A signature over anything but what was asked for is never passed on.
    if (!jwsCoversContent(answer.signature, content))
      throw new AdapterError('invalid-response', { issues: ['signature (payload)'] });
    return { signature: answer.signature, certificateChain: answer.certificateChain, signedAt: answer.signedAt };
  }

  return {
    async sign(content: unknown, { signal, onPending }: SignOptions = {}): Promise<SignatureResult> {
      let answer: SigningRequest;
      try {
        answer = await client.request({
          method: 'POST',
          path: 'signatures',
          schema: signingRequestSchema,
          body: { payload: payloadSegment(content), payloadType: 'application/json; canonicalization=rfc8785' },
          headers: { 'idempotency-key': createIdempotencyKey() },
          signal,
        });
      } catch (problem) {
        throw toAdapterError(problem, 'signature-failed');
      }
      const id = answer.id;
      let lastExpiry = '';
      try {
        for (;;) {
          const result = settled(answer, content);
          if (result) return result;
          if (answer.status !== 'pending') throw new AdapterError('signature-failed');
          if (answer.expiresAt !== lastExpiry) {
            lastExpiry = answer.expiresAt;
            onPending?.({ expiresAt: answer.expiresAt, ...(answer.message ? { message: answer.message } : {}) });
          }
          if (now() >= Date.parse(answer.expiresAt)) throw new AdapterError('timeout');
          try {
            await sleep(Math.min(intervalMs, Math.max(0, Date.parse(answer.expiresAt) - now())), signal);
          } catch (problem) {
            throw new AdapterError('aborted', { cause: problem });
          }
          answer = await client.request({
            method: 'GET',
            path: `signatures/${segment(id)}`,
            schema: signingRequestSchema,
            signal,
          });
        }
      } catch (problem) {
        const error = toAdapterError(problem, 'signature-failed');
        // Whatever ended the wait here (cancelled, out of time, a poll that kept failing, an answer
        // refused), the phone must not go on asking to sign; only a decline has ended it already.
        if (error.code !== 'signature-declined') cancel(id);
        throw error;
      }
    },
  };
}
