/**
 * The embedded store: an append-only JSON Lines file, one event per line, written and fsynced
 * before the answer goes out, replayed on start. A torn last line (a crash mid-write) is cut off
 * on start, so the next record never glues onto it. One process per file: several server
 * instances need the PostgreSQL store. Uploaded bytes sit beside it in `uploads/`, by digest.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { PaymentRecord, StatusEvent, Store, SubmissionInsert, SubmissionRecord, UploadRecord } from './types.js';

type StoredEvent =
  | ({ type: 'submission' } & SubmissionRecord)
  | ({ type: 'payment' } & Omit<PaymentRecord, 'status' | 'updatedAt'>)
  | { type: 'payment-update'; paymentId: string; status: 'paid' | 'failed'; at: string }
  | ({ type: 'upload' } & UploadRecord)
  | { type: 'status'; reference: string; event: StatusEvent };

export class JsonLinesStore implements Store {
  readonly kind = 'json-lines';
  readonly file: string;
  /** Lines in the middle of the file that could not be read on start. */
  skippedLines = 0;
  /** Bytes of a torn last line cut off on start. */
  truncatedBytes = 0;
  private readonly submissions = new Map<string, SubmissionRecord>();
  private readonly submissionsByKey = new Map<string, SubmissionRecord>();
  private readonly submissionsByPayment = new Map<string, SubmissionRecord>();
  /** Fingerprints of the signatures that back a submission (one submission per signature). */
  private readonly signatures = new Set<string>();
  private readonly payments = new Map<string, PaymentRecord>();
  private readonly paymentsByKey = new Map<string, string>();
  private readonly uploads = new Map<string, UploadRecord>();
  private readonly uploadedBySession = new Map<string, number>();
  private descriptor: number | undefined;

  constructor(private readonly dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, 'events.jsonl');
    if (!existsSync(this.file)) return;
    const text = readFileSync(this.file, 'utf8');
    const end = text.lastIndexOf('\n') + 1;
    if (end < text.length) {
      this.truncatedBytes = Buffer.byteLength(text.slice(end));
      truncateSync(this.file, Buffer.byteLength(text.slice(0, end)));
    }
    for (const line of text.slice(0, end).split('\n')) {
      if (line.trim() === '') continue;
      try {
        this.apply(JSON.parse(line) as StoredEvent);
      } catch {
        this.skippedLines += 1;
      }
    }
  }

  async insertSubmission(
    record: Omit<SubmissionRecord, 'reference'>,
    newReference: () => string,
  ): Promise<SubmissionInsert> {
    // No await from the checks to the append: this process is the file's only writer.
    const existing = this.submissionsByKey.get(record.idempotencyKey);
    if (existing) return { outcome: 'existing', record: existing };
    if (record.paymentId !== undefined && this.submissionsByPayment.has(record.paymentId))
      return { outcome: 'payment-used' };
    const fingerprint = record.signature?.fingerprint;
    if (fingerprint !== undefined && this.signatures.has(fingerprint)) return { outcome: 'signature-used' };
    let reference = newReference();
    while (this.submissions.has(reference)) reference = newReference();
    const stored: SubmissionRecord = { ...record, reference };
    this.append({ type: 'submission', ...stored });
    return { outcome: 'created', record: stored };
  }

  async submission(reference: string): Promise<SubmissionRecord | undefined> {
    return this.submissions.get(reference);
  }

  async submissionByKey(idempotencyKey: string): Promise<SubmissionRecord | undefined> {
    return this.submissionsByKey.get(idempotencyKey);
  }

  async countSubmissions(): Promise<number> {
    return this.submissions.size;
  }

  async listSubmissions(filter: { readonly procedureId?: string } = {}): Promise<SubmissionRecord[]> {
    return [...this.submissions.values()]
      .filter((record) => filter.procedureId === undefined || record.procedureId === filter.procedureId)
      .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt) || a.reference.localeCompare(b.reference));
  }

  async appendStatusEvent(
    reference: string,
    expectedEvents: number,
    event: StatusEvent,
  ): Promise<SubmissionRecord | undefined> {
    // No await from the check to the append: this process is the file's only writer.
    const record = this.submissions.get(reference);
    if (!record || (record.statusEvents?.length ?? 0) !== expectedEvents) return undefined;
    this.append({ type: 'status', reference, event });
    return this.submissions.get(reference);
  }

  async insertPayment(record: PaymentRecord): Promise<{ created: boolean; payment: PaymentRecord }> {
    const existingId = record.idempotencyKey === undefined ? undefined : this.paymentsByKey.get(record.idempotencyKey);
    const existing = existingId === undefined ? undefined : this.payments.get(existingId);
    if (existing) return { created: false, payment: existing };
    const { status: _status, updatedAt: _updatedAt, ...event } = record;
    this.append({ type: 'payment', ...event });
    return { created: true, payment: this.payments.get(record.paymentId) as PaymentRecord };
  }

  async payment(paymentId: string): Promise<PaymentRecord | undefined> {
    return this.payments.get(paymentId);
  }

  async settlePayment(paymentId: string, status: 'paid' | 'failed', at: string): Promise<PaymentRecord | undefined> {
    if (this.payments.get(paymentId)?.status !== 'pending') return undefined;
    this.append({ type: 'payment-update', paymentId, status, at });
    return this.payments.get(paymentId);
  }

  async insertUpload(record: UploadRecord, bytes: Buffer): Promise<void> {
    const folder = join(this.dataDir, 'uploads');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, record.digest), bytes);
    this.append({ type: 'upload', ...record });
  }

  async upload(reference: string): Promise<UploadRecord | undefined> {
    return this.uploads.get(reference);
  }

  async uploadedBytes(sessionId: string): Promise<number> {
    return this.uploadedBySession.get(sessionId) ?? 0;
  }

  async close(): Promise<void> {
    if (this.descriptor !== undefined) closeSync(this.descriptor);
    this.descriptor = undefined;
  }

  private append(event: StoredEvent): void {
    this.descriptor ??= openSync(this.file, 'a');
    writeSync(this.descriptor, `${JSON.stringify(event)}\n`);
    fsyncSync(this.descriptor);
    this.apply(event);
  }

  private apply(event: StoredEvent): void {
    switch (event.type) {
      case 'submission': {
        const { type: _type, ...record } = event;
        this.submissions.set(record.reference, record);
        this.submissionsByKey.set(record.idempotencyKey, record);
        if (record.paymentId !== undefined) this.submissionsByPayment.set(record.paymentId, record);
        if (record.signature?.fingerprint !== undefined) this.signatures.add(record.signature.fingerprint);
        break;
      }
      case 'payment': {
        const { type: _type, ...record } = event;
        this.payments.set(record.paymentId, { ...record, status: 'pending' });
        if (record.idempotencyKey !== undefined) this.paymentsByKey.set(record.idempotencyKey, record.paymentId);
        break;
      }
      case 'payment-update': {
        const payment = this.payments.get(event.paymentId);
        if (payment) this.payments.set(event.paymentId, { ...payment, status: event.status, updatedAt: event.at });
        break;
      }
      case 'status': {
        const record = this.submissions.get(event.reference);
        if (!record) break;
        const updated = { ...record, statusEvents: [...(record.statusEvents ?? []), event.event] };
        this.submissions.set(updated.reference, updated);
        this.submissionsByKey.set(updated.idempotencyKey, updated);
        if (updated.paymentId !== undefined) this.submissionsByPayment.set(updated.paymentId, updated);
        break;
      }
      case 'upload': {
        const { type: _type, ...record } = event;
        this.uploads.set(record.reference, record);
        this.uploadedBySession.set(record.sessionId, (this.uploadedBySession.get(record.sessionId) ?? 0) + record.size);
        break;
      }
      default:
        throw new TypeError('Unknown event');
    }
  }
}
