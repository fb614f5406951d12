/**
 * The adapters a host gives `<dvc-procedure>`: how it learns who the citizen is, which documents
 * the state already holds, how fees are paid, where the application goes and where drafts live.
 * Every response crosses a zod schema before the journey uses it.
 */
import type { AssistedFilingAdapter } from './assisted.js';
import type { LookupAdapter } from './lookup.js';
import * as z from '../zod.js';

/** Text in Vietnamese and, where given, English. A plain string is the same in every language. */
export const localizedTextSchema = z.union([
  z.string().check(z.minLength(1)),
  z.object({ vi: z.string().check(z.minLength(1)), en: z.optional(z.string().check(z.minLength(1))) }),
]);
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** ISO 8601 date-time with an offset or `Z`. */
const dateTime = z.iso.datetime({ offset: true });
/** ISO calendar date `yyyy-mm-dd`. */
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

// ---------------------------------------------------------------- identity

export const identitySourceSchema = z.enum(['vneid', 'portal-profile', 'cccd-qr']);

/**
 * The signed-in citizen's claims as the host's login gave them, with the token the back end
 * issued over them (passed through untouched with the submission). The claims themselves are
 * checked by `@dvc/identity`'s mappers; here only their outer shape per source.
 */
export const identityResponseSchema = z.discriminatedUnion('source', [
  z.object({
    source: z.literal('vneid'),
    claims: z.record(z.string(), z.unknown()),
    prefillToken: z.string().check(z.minLength(1)),
  }),
  z.object({
    source: z.literal('portal-profile'),
    claims: z.record(z.string(), z.unknown()),
    prefillToken: z.string().check(z.minLength(1)),
  }),
  z.object({
    source: z.literal('cccd-qr'),
    claims: z.string().check(z.minLength(1)),
    prefillToken: z.string().check(z.minLength(1)),
  }),
]);
export type IdentityResponse = z.infer<typeof identityResponseSchema>;

export interface RequestOptions {
  readonly signal?: AbortSignal;
}

export interface IdentityAdapter {
  /** The signed-in citizen's claims, or `null` when nobody is signed in (the citizen types everything). */
  getIdentity(options?: RequestOptions): Promise<IdentityResponse | null>;
}

// ---------------------------------------------------------------- documents

/** A document the state already holds for this citizen, which can be reused instead of uploaded. */
export const heldDocumentSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** The document type, matched against a procedure document's accepted types (e.g. `birth-certificate`). */
  type: z.string().check(z.minLength(1)),
  title: localizedTextSchema,
  issuedAt: isoDate,
  issuer: localizedTextSchema,
});
export type HeldDocument = z.infer<typeof heldDocumentSchema>;
export const heldDocumentListSchema = z.object({ documents: z.array(heldDocumentSchema) });

export interface UploadRequest {
  /** The procedure document the file is for (`documents[].id`). */
  readonly documentId: string;
  readonly file: File;
}

export interface DocumentsAdapter {
  listDocuments(options?: RequestOptions): Promise<HeldDocument[]>;
  /** Stores an uploaded file with the host and returns its reference (drafts and submissions carry references, never bytes). */
  upload?(request: UploadRequest, options?: RequestOptions): Promise<DocumentReference>;
}

// ---------------------------------------------------------------- payment

export const paymentStatusSchema = z.enum(['pending', 'paid', 'failed']);
export type PaymentStatus = z.infer<typeof paymentStatusSchema>;

/** What a VietQR transfer needs; `buildVietQrPayload` turns it into the EMVCo text a banking app scans. */
export const vietQrTransferSchema = z.object({
  /** 6-digit bank identification number (NAPAS BIN). */
  bankBin: z.string().check(z.regex(/^\d{6}$/)),
  accountNumber: z.string().check(z.regex(/^[0-9A-Za-z]{1,19}$/)),
  accountName: z.optional(z.string()),
  amount: z.int().check(z.nonnegative()),
  /** Transfer note, ASCII, at most 25 characters (the EMVCo purpose field). */
  purpose: z.string().check(z.maxLength(25)),
});
export type VietQrTransfer = z.infer<typeof vietQrTransferSchema>;

export const paymentSchema = z.object({
  paymentId: z.string().check(z.minLength(1)),
  /** VND, whole đồng. */
  amount: z.int().check(z.nonnegative()),
  status: paymentStatusSchema,
  vietQr: z.optional(vietQrTransferSchema),
  /** Where a real host sends the citizen to pay (its payment platform), when it redirects. */
  redirectUrl: z.optional(z.string().check(z.regex(/^https:\/\/[^\s]+$/i, 'https only'))),
});
export type Payment = z.infer<typeof paymentSchema>;

export interface StartPaymentRequest {
  readonly procedureId: string;
  /** What the citizen pays for; the server prices it from the procedure definition, never from the browser. */
  readonly description?: string;
  /** The answers, for fees whose amount depends on a case the citizen states (`reducedWhen`); the server applies the rule itself. */
  readonly answers?: unknown;
  /** For a procedure with a look-up: the look-up step's answers, from which the server prices what is owed. */
  readonly lookup?: Record<string, unknown>;
}

export interface PaymentAdapter {
  startPayment(
    request: StartPaymentRequest,
    options?: RequestOptions & { readonly idempotencyKey?: string },
  ): Promise<Payment>;
  getPayment(paymentId: string, options?: RequestOptions): Promise<Payment>;
}

// ---------------------------------------------------------------- submission

export const submissionStatusSchema = z.enum(['received', 'processing', 'result-ready', 'rejected']);
export type SubmissionStatus = z.infer<typeof submissionStatusSchema>;

/** That the server verified the citizen's signature, and the certificate it was made with. */
export const signedBySchema = z.object({
  /** The signing certificate's subject (`CN=…, O=…, C=VN`). */
  subject: z.string().check(z.minLength(1)),
  serialNumber: z.string().check(z.minLength(1)),
  signedAt: dateTime,
});
export type SignedBy = z.infer<typeof signedBySchema>;

export const submissionReceiptSchema = z.object({
  reference: z.string().check(z.minLength(1)),
  status: submissionStatusSchema,
  submittedAt: dateTime,
  signed: z.optional(signedBySchema),
});
export type SubmissionReceipt = z.infer<typeof submissionReceiptSchema>;

export const submissionStatusReportSchema = z.object({
  reference: z.string().check(z.minLength(1)),
  status: submissionStatusSchema,
  history: z.array(z.object({ status: submissionStatusSchema, at: dateTime })).check(z.minLength(1)),
  /** A bundle (liên thông): each service's own status, by `bundle.services[].id`. */
  services: z.optional(z.array(z.object({ id: z.string().check(z.minLength(1)), status: submissionStatusSchema }))),
  /** Filed by an officer beside the citizen (assisted filing): who, and how the citizen consented. */
  assistance: z.optional(
    z.object({
      officerId: z.string().check(z.minLength(1)),
      officerName: z.optional(z.string().check(z.minLength(1))),
      consent: z.object({ method: z.enum(['spoken', 'otp']), confirmedAt: dateTime }),
    }),
  ),
  signed: z.optional(signedBySchema),
});
export type SubmissionStatusReport = z.infer<typeof submissionStatusReportSchema>;

/** Per-field provenance as `<dvc-form>` reports it on submit. */
export interface ProvenanceEntry {
  readonly source: string;
  readonly from: string;
  readonly verified: boolean;
  readonly changed: boolean;
}

/** A document attached to the application: an upload the host stored, or one the state already holds. */
export const documentReferenceSchema = z.object({
  /** The procedure document this satisfies (`documents[].id` in the definition). */
  documentId: z.string().check(z.minLength(1)),
  source: z.enum(['upload', 'held']),
  /** The upload's storage reference or the held document's id. Never file bytes. */
  reference: z.string().check(z.minLength(1)),
  name: z.optional(z.string()),
  size: z.optional(z.int().check(z.nonnegative())),
  type: z.optional(z.string()),
});
export type DocumentReference = z.infer<typeof documentReferenceSchema>;

export interface SubmissionPayload {
  readonly procedureId: string;
  readonly value: unknown;
  readonly provenance?: Readonly<Record<string, ProvenanceEntry>>;
  readonly prefillToken?: string;
  readonly documents?: readonly DocumentReference[];
  readonly payment?: { readonly paymentId: string };
  /** The citizen's signature over the submission's signed content (`signing` in the definition). */
  readonly signature?: SignatureResult;
  /** Present when an officer or community helper filed it beside the citizen (`<dvc-procedure assisted>`). */
  readonly assistance?: AssistanceRecord;
}

export interface SubmitOptions extends RequestOptions {
  /** One key per submission, the SAME across every retry of it: the server then never records it twice. */
  readonly idempotencyKey: string;
}

export interface SubmissionAdapter {
  submit(payload: SubmissionPayload, options: SubmitOptions): Promise<SubmissionReceipt>;
  getStatus(reference: string, options?: RequestOptions): Promise<SubmissionStatusReport>;
}

// ---------------------------------------------------------------- signing

/** A signature over the RFC 8785 canonical JSON of the submission's signed content. */
export interface SignatureResult {
  /** Compact JWS; its protected header carries `x5c` (the signer's chain, leaf first). */
  readonly signature: string;
  /** Base64 DER certificates, leaf first (the same as the JWS `x5c`). */
  readonly certificateChain: readonly string[];
  readonly signedAt: string;
}

/** A remote signing service waits for the citizen to confirm on the phone until `expiresAt`. */
export interface SigningPending {
  readonly expiresAt: string;
  readonly message?: LocalizedText;
}

export interface SignOptions extends RequestOptions {
  readonly onPending?: (pending: SigningPending) => void;
}

export interface Signer {
  /** Signs `content` (the signed content object; the signer canonicalizes it). Rejects with an `AdapterError`. */
  sign(content: unknown, options?: SignOptions): Promise<SignatureResult>;
}

// ---------------------------------------------------------------- assisted filing

/** Who helped the citizen file, and how the citizen consented. */
export interface AssistanceRecord {
  readonly officerId: string;
  readonly consent: { readonly method: 'spoken' | 'otp'; readonly confirmedAt: string };
}

// ---------------------------------------------------------------- storage (drafts)

/** Answers are JSON; the journey's data. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
const jsonValueSchema: z.ZodMiniType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValueSchema),
    z.record(z.string(), jsonValueSchema),
  ]),
);

export const draftSchema = z.object({
  /** The step the citizen was on (`steps[].id`, or a journey page such as `review`). */
  stepId: z.string().check(z.minLength(1)),
  answers: z.record(z.string(), jsonValueSchema),
  uploads: z.array(documentReferenceSchema),
  /** ISO date-time of the last save. */
  updatedAt: dateTime,
  /** The Idempotency-Key of a submission in flight, so a reload mid-submission retries with the same key. */
  submissionKey: z.optional(z.string().check(z.minLength(1))),
  /** Where the journey stands beyond the answers: the identity choice, the payment started. */
  journey: z.optional(
    z.object({
      consent: z.optional(z.enum(['accepted', 'declined'])),
      paymentId: z.optional(z.string().check(z.minLength(1))),
      reviewed: z.optional(z.boolean()),
    }),
  ),
});
export type Draft = z.infer<typeof draftSchema>;

export interface SaveDraftOptions {
  /**
   * JSON pointers into `answers` of locked identity values: they are not stored (they are
   * prefilled again from identity on resume, so a stale or tampered copy can never come back).
   */
  readonly lockedPointers?: readonly string[];
}

export interface StorageAdapter {
  /** The draft of `procedureId`, or `null` when there is none (or it expired). */
  load(procedureId: string): Promise<Draft | null>;
  save(procedureId: string, draft: Draft, options?: SaveDraftOptions): Promise<void>;
  clear(procedureId: string): Promise<void>;
}

/** Everything `<dvc-procedure>` talks to. Each is optional: a missing adapter turns its part of the journey off. */
export interface ProcedureAdapters {
  readonly identity?: IdentityAdapter;
  readonly documents?: DocumentsAdapter;
  readonly payment?: PaymentAdapter;
  readonly submission?: SubmissionAdapter;
  readonly storage?: StorageAdapter;
  readonly lookup?: LookupAdapter;
  readonly signer?: Signer;
  /** Assisted filing: the card's QR exchanged for an identity, and an optional OTP for consent (ADR 0014). */
  readonly assisted?: AssistedFilingAdapter;
}

/** Where a zod schema found a response wrong, as short paths (`history[0].at`). */
export function issuePaths(error: z.core.$ZodError): string[] {
  return error.issues.map(
    (issue) =>
      issue.path.reduce<string>(
        (path, segment) =>
          typeof segment === 'number' ? `${path}[${segment}]` : path ? `${path}.${String(segment)}` : String(segment),
        '',
      ) || '(root)',
  );
}
