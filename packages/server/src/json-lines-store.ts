/**
 * Durable storage as an append-only JSON Lines file: one event per line, written and fsynced
 * before the response goes out, replayed on start. A torn last line (a crash mid-write) is
 * skipped, never fatal.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export interface SubmissionRecord {
  readonly type: 'submission';
  readonly reference: string;
  readonly idempotencyKey: string;
  /** SHA-256 of the canonical request body: a reused key with another body is a conflict. */
  readonly bodyHash: string;
  readonly procedureId: string;
  readonly value: unknown;
  readonly provenance: unknown;
  readonly documents: unknown;
  readonly paymentId: string | undefined;
  readonly citizenId: string | undefined;
  readonly submittedAt: string;
}

export interface PaymentRecord {
  readonly type: 'payment';
  readonly paymentId: string;
  readonly idempotencyKey: string | undefined;
  readonly procedureId: string;
  readonly amount: number;
  readonly createdAt: string;
  readonly vietQr: { bankBin: string; accountNumber: string; accountName?: string; amount: number; purpose: string };
}

export interface PaymentUpdateRecord {
  readonly type: 'payment-update';
  readonly paymentId: string;
  readonly status: 'paid' | 'failed';
  readonly at: string;
}

export type StoredEvent = SubmissionRecord | PaymentRecord | PaymentUpdateRecord;

export class JsonLinesStore {
  readonly file: string;
  readonly submissions = new Map<string, SubmissionRecord>();
  readonly submissionsByKey = new Map<string, SubmissionRecord>();
  readonly payments = new Map<string, PaymentRecord & { status: 'pending' | 'paid' | 'failed'; updatedAt?: string }>();
  readonly paymentsByKey = new Map<string, string>();
  /** Lines that could not be read on start (a torn write). */
  skippedLines = 0;
  private descriptor: number | undefined;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, 'events.jsonl');
    if (existsSync(this.file)) {
      for (const line of readFileSync(this.file, 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        try {
          this.apply(JSON.parse(line) as StoredEvent);
        } catch {
          this.skippedLines += 1;
        }
      }
    }
  }

  append(event: StoredEvent): void {
    this.descriptor ??= openSync(this.file, 'a');
    writeSync(this.descriptor, `${JSON.stringify(event)}\n`);
    fsyncSync(this.descriptor);
    this.apply(event);
  }

  close(): void {
    if (this.descriptor !== undefined) closeSync(this.descriptor);
    this.descriptor = undefined;
  }

  private apply(event: StoredEvent): void {
    switch (event.type) {
      case 'submission':
        this.submissions.set(event.reference, event);
        this.submissionsByKey.set(event.idempotencyKey, event);
        break;
      case 'payment':
        this.payments.set(event.paymentId, { ...event, status: 'pending' });
        if (event.idempotencyKey) this.paymentsByKey.set(event.idempotencyKey, event.paymentId);
        break;
      case 'payment-update': {
        const payment = this.payments.get(event.paymentId);
        if (payment) this.payments.set(event.paymentId, { ...payment, status: event.status, updatedAt: event.at });
        break;
      }
      default:
        throw new TypeError('Unknown event');
    }
  }
}
