/**
 * Default adapters over the REST shape documented in docs/rest-api.md. A host with a different
 * API implements the interfaces in ./types.ts instead.
 */
import type { z } from 'zod';
import { createHttpClient, type HttpClient, type HttpOptions } from './http-client.js';
import {
  heldDocumentListSchema,
  identityResponseSchema,
  paymentSchema,
  submissionReceiptSchema,
  submissionStatusReportSchema,
  type DocumentsAdapter,
  type IdentityAdapter,
  type IdentityResponse,
  type PaymentAdapter,
  type SubmissionAdapter,
} from './types.js';

export type { HttpOptions } from './http-client.js';

/** A fresh idempotency key: create ONE per submission and reuse it for every retry of it. */
export function createIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

const segment = (value: string): string => encodeURIComponent(value);

function clientFor(options: HttpOptions | HttpClient): HttpClient {
  return 'request' in options ? options : createHttpClient(options);
}

/** `GET identity`: 200 with the claims, 401 when nobody is signed in (→ `null`). */
export function createHttpIdentityAdapter(options: HttpOptions | HttpClient): IdentityAdapter {
  const client = clientFor(options);
  return {
    getIdentity: ({ signal } = {}) =>
      client.request<IdentityResponse | null>({ method: 'GET', path: 'identity', schema: identityResponseSchema, signal, accept: { 401: null } }),
  };
}

/** `GET documents`. */
export function createHttpDocumentsAdapter(options: HttpOptions | HttpClient): DocumentsAdapter {
  const client = clientFor(options);
  return {
    listDocuments: async ({ signal } = {}) => (await client.request({ method: 'GET', path: 'documents', schema: heldDocumentListSchema, signal })).documents,
  };
}

/** `POST payments` (with an Idempotency-Key, so a retried start never opens two payments), `GET payments/:id`. */
export function createHttpPaymentAdapter(options: HttpOptions | HttpClient): PaymentAdapter {
  const client = clientFor(options);
  return {
    startPayment: (request, { signal, idempotencyKey = createIdempotencyKey() } = {}) =>
      client.request({ method: 'POST', path: 'payments', schema: paymentSchema, body: request, headers: { 'idempotency-key': idempotencyKey }, signal }),
    getPayment: (paymentId, { signal } = {}) => client.request({ method: 'GET', path: `payments/${segment(paymentId)}`, schema: paymentSchema, signal }),
  };
}

/** `POST submissions` with the caller's Idempotency-Key on every attempt, `GET submissions/:reference`. */
export function createHttpSubmissionAdapter(options: HttpOptions | HttpClient): SubmissionAdapter {
  const client = clientFor(options);
  return {
    submit: async (payload, { signal, idempotencyKey }) => {
      if (!idempotencyKey) throw new TypeError('submit() needs an idempotencyKey');
      return await client.request({ method: 'POST', path: 'submissions', schema: submissionReceiptSchema, body: payload, headers: { 'idempotency-key': idempotencyKey }, signal });
    },
    getStatus: (reference, { signal } = {}) =>
      client.request({ method: 'GET', path: `submissions/${segment(reference)}`, schema: submissionStatusReportSchema, signal }),
  };
}

/** All four HTTP adapters over one client (drafts stay in the browser: see `createIndexedDbDraftStorage`). */
export function createHttpAdapters(options: HttpOptions): {
  identity: IdentityAdapter;
  documents: DocumentsAdapter;
  payment: PaymentAdapter;
  submission: SubmissionAdapter;
} {
  const client = createHttpClient(options);
  return {
    identity: createHttpIdentityAdapter(client),
    documents: createHttpDocumentsAdapter(client),
    payment: createHttpPaymentAdapter(client),
    submission: createHttpSubmissionAdapter(client),
  };
}

/** Re-exported so hosts can validate their own adapters' answers the same way. */
export const responseSchemas = {
  identity: identityResponseSchema,
  documents: heldDocumentListSchema,
  payment: paymentSchema,
  submissionReceipt: submissionReceiptSchema,
  submissionStatus: submissionStatusReportSchema,
} satisfies Record<string, z.ZodType>;
