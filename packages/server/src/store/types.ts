/**
 * What the server keeps, and the one interface both stores implement (JSON Lines file for one
 * process, PostgreSQL for several). Every method that decides "first or not" is atomic inside the
 * store: an Idempotency-Key, a payment and a reference each back exactly one record, however many
 * server instances race for them. Contract: test/store-contract.ts, run against both.
 */
import type { VerifiedSignature } from '../signing/verify.js';

export interface SubmissionRecord {
  readonly reference: string;
  readonly idempotencyKey: string;
  /** SHA-256 of the canonical request body: a reused key with another body is a conflict. */
  readonly bodyHash: string;
  /** The session that made it: only it (or the same signed-in citizen) may read it. */
  readonly sessionId: string;
  readonly procedureId: string;
  readonly value: unknown;
  /** Provenance as the server computed it from the schema and the citizen. */
  readonly provenance: unknown;
  /** What the browser said about provenance: kept, never trusted. */
  readonly clientProvenance: unknown;
  readonly documents: unknown;
  readonly paymentId: string | undefined;
  readonly citizenId: string | undefined;
  readonly submittedAt: string;
  /** The citizen's verified signature over the signed content, when there is one. */
  readonly signature?: VerifiedSignature;
  /** The officer who filed it beside the citizen (assisted filing; also on every provenance entry). */
  readonly assistedBy?: string;
  /** How the officer identified the citizen and how the citizen consented. */
  readonly assistance?: {
    readonly officerId: string;
    readonly consent: { readonly method: 'spoken' | 'otp'; readonly confirmedAt: string };
    readonly citizen: { readonly source: 'cccd-qr'; readonly personalId: string };
  };
  /** What officers did to it, oldest first (absent until an officer acts); see ../officer-status.ts. */
  readonly statusEvents?: readonly StatusEvent[];
}

/** An officer moved a submission on (`received → processing → result-ready | rejected`). */
export interface StatusEvent {
  readonly status: 'processing' | 'result-ready' | 'rejected';
  readonly at: string;
  readonly officerId: string;
  readonly note?: string;
}

export type PaymentStatus = 'pending' | 'paid' | 'failed';

export interface PaymentRecord {
  readonly paymentId: string;
  readonly idempotencyKey: string | undefined;
  readonly bodyHash: string;
  readonly sessionId: string;
  readonly procedureId: string;
  readonly amount: number;
  readonly createdAt: string;
  readonly vietQr: { bankBin: string; accountNumber: string; accountName?: string; amount: number; purpose: string };
  readonly status: PaymentStatus;
  readonly updatedAt?: string;
}

export interface UploadRecord {
  readonly reference: string;
  readonly sessionId: string;
  readonly documentId: string;
  readonly name: string;
  /** The media type the browser gave. */
  readonly mediaType: string;
  readonly size: number;
  /** SHA-256 of the bytes, hex. */
  readonly digest: string;
  readonly createdAt: string;
}

export type SubmissionInsert =
  | { readonly outcome: 'created'; readonly record: SubmissionRecord }
  /** A record with this Idempotency-Key exists already (the caller compares body and session). */
  | { readonly outcome: 'existing'; readonly record: SubmissionRecord }
  /** The payment already backs another submission. */
  | { readonly outcome: 'payment-used' }
  /** The signature (by its `fingerprint`) already backs another submission. */
  | { readonly outcome: 'signature-used' };

export interface Store {
  readonly kind: 'json-lines' | 'postgres';
  /** Stores `record` under a fresh reference from `newReference` (retried on a clash), unless its key, payment or signature is taken. */
  insertSubmission(record: Omit<SubmissionRecord, 'reference'>, newReference: () => string): Promise<SubmissionInsert>;
  submission(reference: string): Promise<SubmissionRecord | undefined>;
  submissionByKey(idempotencyKey: string): Promise<SubmissionRecord | undefined>;
  countSubmissions(): Promise<number>;
  /** Every submission (of one procedure when given), newest first. */
  listSubmissions(filter?: { readonly procedureId?: string }): Promise<SubmissionRecord[]>;
  /**
   * Appends an officer's status event, only if the record still has `expectedEvents` events (so two
   * officers acting at once cannot both move it on); `undefined` when it does not exist or moved.
   */
  appendStatusEvent(
    reference: string,
    expectedEvents: number,
    event: StatusEvent,
  ): Promise<SubmissionRecord | undefined>;
  /** Stores a payment unless its Idempotency-Key is taken; then answers the existing one. */
  insertPayment(record: PaymentRecord): Promise<{ created: boolean; payment: PaymentRecord }>;
  payment(paymentId: string): Promise<PaymentRecord | undefined>;
  /** Pending → paid/failed, once; `undefined` when it was not pending (or does not exist). */
  settlePayment(paymentId: string, status: 'paid' | 'failed', at: string): Promise<PaymentRecord | undefined>;
  insertUpload(record: UploadRecord, bytes: Buffer): Promise<void>;
  upload(reference: string): Promise<UploadRecord | undefined>;
  /** Bytes a session has uploaded so far (its quota). */
  uploadedBytes(sessionId: string): Promise<number>;
  close(): Promise<void>;
}
