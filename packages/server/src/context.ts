/** What every route handler shares: options resolved, the store, sessions, identity, limits. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { AssistedFiling } from './assisted.js';
import type { DemoIdentity } from './demo-identity.js';
import { HttpProblem } from './problems.js';
import type { BodyLimits } from './limits.js';
import type { OfficerSessions } from './officer-session.js';
import type { ProcedureDirectory } from './procedures.js';
import type { Session, Sessions } from './sessions.js';
import type { SigningTrust } from './signing/index.js';
import type { StatusSchedule } from './status.js';
import type { Store } from './store/index.js';

export interface ApiContext {
  readonly store: Store;
  readonly sessions: Sessions;
  /** The demo officer's sessions (a cookie of their own): ./officer.ts. */
  readonly officers: OfficerSessions;
  readonly identity: DemoIdentity;
  /** Officers' sessions, QR identity tokens and demo OTPs (assisted filing). */
  readonly assisted: AssistedFiling;
  readonly procedures: ProcedureDirectory;
  /** The CAs signatures must chain to, and the demo CA (docs/security.md, "Signatures"). */
  readonly signing: SigningTrust;
  readonly now: () => number;
  readonly schedule: StatusSchedule;
  readonly bodyLimits: BodyLimits;
  readonly uploadLimits: BodyLimits;
  readonly maxUploadBytes: number;
  readonly uploadQuotaBytes: number;
  readonly simulatePayments: boolean;
  readonly paymentAccount: { readonly bankBin: string; readonly accountNumber: string; readonly accountName?: string };
  /** TEST ONLY: drop the connection after storing the next submission. */
  failNextSubmissionResponse: boolean;
}

/** One API request: who sent it and the session it carries (made on the spot for reads). */
export interface ApiRequest {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  readonly method: string;
  /** Decoded path segments after `api`. */
  readonly path: readonly string[];
  readonly session: Session | undefined;
}

export const idempotencyKeyPattern = /^[\x21-\x7e]{1,200}$/;

export function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new HttpProblem(400, 'invalid-request', {
      issues: result.error.issues
        .slice(0, 20)
        .map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
    });
  }
  return result.data;
}

/** The session of a write: a request without one is refused (the answer carries a fresh one to retry with). */
export function requireSession(api: ApiRequest): Session {
  if (!api.session) throw new HttpProblem(401, 'session-required');
  return api.session;
}

export function optionalIdempotencyKey(request: IncomingMessage): string | undefined {
  const key = request.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || !idempotencyKeyPattern.test(key))
    throw new HttpProblem(400, 'invalid-idempotency-key');
  return key;
}
