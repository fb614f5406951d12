/**
 * Default adapters over the REST shape documented in docs/rest-api.md. A host with a different
 * API implements the interfaces in ./types.ts instead.
 */
import * as z from '../zod.js';
import { createHttpLookupAdapter, type LookupAdapter } from './lookup.js';
import { createHttpClient, type HttpClient, type HttpOptions } from './http-client.js';
import {
  documentReferenceSchema,
  heldDocumentListSchema,
  identityResponseSchema,
  paymentSchema,
  submissionReceiptSchema,
  submissionStatusReportSchema,
  type DocumentsAdapter,
  type IdentityAdapter,
  type IdentityResponse,
  type Payment,
  type PaymentAdapter,
  type SubmissionAdapter,
} from './types.js';

export type { HttpOptions } from './http-client.js';

import { createIdempotencyKey } from './idempotency.js';

export { createIdempotencyKey };

const segment = (value: string): string => encodeURIComponent(value);

function clientFor(options: HttpOptions | HttpClient): HttpClient {
  return 'request' in options ? options : createHttpClient(options);
}

/** Nobody signed in, said with a 200. */
const signedOutSchema = z.object({ signedIn: z.literal(false) });
/** The claims, or `null` for the signed-out answer; a wrong shape keeps the claims schema's own issue paths. */
const identityAnswerSchema = z.pipe(
  z.unknown(),
  z.transform((value, context): IdentityResponse | null => {
    if (signedOutSchema.safeParse(value).success) return null;
    const parsed = identityResponseSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues)
      context.issues.push({ code: 'custom', message: issue.message, path: issue.path, input: value });
    return z.NEVER;
  }),
);

/**
 * `GET identity`: 200 with the claims, or 200 `{ "signedIn": false }` when nobody is signed in
 * (→ `null`). A 401 from an older server also means nobody (→ `null`).
 */
export function createHttpIdentityAdapter(options: HttpOptions | HttpClient): IdentityAdapter {
  const client = clientFor(options);
  return {
    getIdentity: ({ signal } = {}) =>
      client.request<IdentityResponse | null>({
        method: 'GET',
        path: 'identity',
        schema: identityAnswerSchema,
        signal,
        accept: { 401: null },
      }),
  };
}

/** The file's bytes as base64 (the upload travels as JSON, like every other request). */
async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

/** `GET documents`; `POST uploads` with a file as base64 JSON → its reference. */
export function createHttpDocumentsAdapter(options: HttpOptions | HttpClient): DocumentsAdapter {
  const client = clientFor(options);
  return {
    listDocuments: async ({ signal } = {}) =>
      (await client.request({ method: 'GET', path: 'documents', schema: heldDocumentListSchema, signal })).documents,
    upload: async ({ documentId, file }, { signal } = {}) =>
      client.request({
        method: 'POST',
        path: 'uploads',
        schema: documentReferenceSchema,
        body: { documentId, name: file.name, type: file.type, content: await base64Of(file) },
        signal,
      }),
  };
}

/** `POST payments` (with an Idempotency-Key, so a retried start never opens two payments), `GET payments/:id`. */
export function createHttpPaymentAdapter(options: HttpOptions | HttpClient): PaymentAdapter {
  const client = clientFor(options);
  return {
    startPayment: (request, { signal, idempotencyKey = createIdempotencyKey() } = {}) =>
      client.request({
        method: 'POST',
        path: 'payments',
        schema: paymentSchema,
        body: request,
        headers: { 'idempotency-key': idempotencyKey },
        signal,
      }),
    getPayment: (paymentId, { signal } = {}) =>
      client.request({ method: 'GET', path: `payments/${segment(paymentId)}`, schema: paymentSchema, signal }),
  };
}

/**
 * The payment adapter of the demo server: the HTTP one plus `simulate` (`POST payments/:id/simulate`),
 * which `<dvc-procedure>` offers as "paid" / "failed" buttons. Never use it with a real payment platform.
 */
export function createHttpDemoPaymentAdapter(
  options: HttpOptions | HttpClient,
): PaymentAdapter & { simulate(paymentId: string, outcome: 'paid' | 'failed'): Promise<Payment> } {
  const client = clientFor(options);
  return {
    ...createHttpPaymentAdapter(client),
    simulate: (paymentId, outcome) =>
      client.request({
        method: 'POST',
        path: `payments/${segment(paymentId)}/simulate`,
        schema: paymentSchema,
        body: { outcome },
      }),
  };
}

/** `POST submissions` with the caller's Idempotency-Key on every attempt, `GET submissions/:reference`. */
export function createHttpSubmissionAdapter(options: HttpOptions | HttpClient): SubmissionAdapter {
  const client = clientFor(options);
  return {
    submit: async (payload, { signal, idempotencyKey }) => {
      if (!idempotencyKey) throw new TypeError('submit() needs an idempotencyKey');
      return await client.request({
        method: 'POST',
        path: 'submissions',
        schema: submissionReceiptSchema,
        body: payload,
        headers: { 'idempotency-key': idempotencyKey },
        signal,
      });
    },
    getStatus: (reference, { signal } = {}) =>
      client.request({
        method: 'GET',
        path: `submissions/${segment(reference)}`,
        schema: submissionStatusReportSchema,
        signal,
      }),
  };
}

/** All four HTTP adapters over one client (drafts stay in the browser: see `createIndexedDbDraftStorage`). */
export function createHttpAdapters(options: HttpOptions): {
  identity: IdentityAdapter;
  documents: DocumentsAdapter;
  payment: PaymentAdapter;
  submission: SubmissionAdapter;
  lookup: LookupAdapter;
} {
  const client = createHttpClient(options);
  return {
    identity: createHttpIdentityAdapter(client),
    documents: createHttpDocumentsAdapter(client),
    payment: createHttpPaymentAdapter(client),
    submission: createHttpSubmissionAdapter(client),
    lookup: createHttpLookupAdapter(client),
  };
}

/** Re-exported so hosts can validate their own adapters' answers the same way. */
export const responseSchemas = {
  identity: identityResponseSchema,
  documents: heldDocumentListSchema,
  payment: paymentSchema,
  submissionReceipt: submissionReceiptSchema,
  submissionStatus: submissionStatusReportSchema,
} satisfies Record<string, z.ZodMiniType>;
