/**
 * The PostgreSQL store, for portals that run several server instances on one database. The
 * database decides every race: unique constraints on the reference, the Idempotency-Key (of
 * submissions and of payments), the payment and the signature a submission uses; `INSERT … ON CONFLICT DO
 * NOTHING` then a read tells the caller who was first. Tables are created when missing.
 */
import pg from 'pg';
import type { PaymentRecord, StatusEvent, Store, SubmissionInsert, SubmissionRecord, UploadRecord } from './types.js';

const schema = `
CREATE TABLE IF NOT EXISTS dvc_submissions (
  reference text PRIMARY KEY,
  idempotency_key text NOT NULL UNIQUE,
  payment_id text UNIQUE,
  session_id text NOT NULL,
  submitted_at timestamptz NOT NULL,
  record jsonb NOT NULL
);
ALTER TABLE dvc_submissions ADD COLUMN IF NOT EXISTS signature_fingerprint text UNIQUE;
CREATE TABLE IF NOT EXISTS dvc_payments (
  payment_id text PRIMARY KEY,
  idempotency_key text UNIQUE,
  session_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'paid', 'failed')),
  record jsonb NOT NULL
);
CREATE TABLE IF NOT EXISTS dvc_uploads (
  reference text PRIMARY KEY,
  session_id text NOT NULL,
  size integer NOT NULL,
  record jsonb NOT NULL,
  bytes bytea NOT NULL
);
CREATE INDEX IF NOT EXISTS dvc_uploads_session ON dvc_uploads (session_id);
`;

export class PostgresStore implements Store {
  readonly kind = 'postgres';

  private constructor(private readonly pool: pg.Pool) {}

  /** Connects (e.g. `postgres://user@host/db`) and creates the tables when missing. */
  static async open(connectionString: string): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString, max: 5 });
    // An idle client that loses its connection must not take the process down.
    pool.on('error', () => undefined);
    const client = await pool.connect();
    try {
      // Two instances starting together must not both try to create the tables.
      await client.query('SELECT pg_advisory_lock(471101)');
      await client.query(schema);
      await client.query('SELECT pg_advisory_unlock(471101)');
    } finally {
      client.release();
    }
    return new PostgresStore(pool);
  }

  async insertSubmission(
    record: Omit<SubmissionRecord, 'reference'>,
    newReference: () => string,
  ): Promise<SubmissionInsert> {
    for (;;) {
      const stored: SubmissionRecord = { ...record, reference: newReference() };
      const inserted = await this.pool.query(
        `INSERT INTO dvc_submissions
           (reference, idempotency_key, payment_id, session_id, submitted_at, record, signature_fingerprint)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING reference`,
        [
          stored.reference,
          stored.idempotencyKey,
          stored.paymentId ?? null,
          stored.sessionId,
          stored.submittedAt,
          JSON.stringify(stored),
          stored.signature?.fingerprint ?? null,
        ],
      );
      if (inserted.rowCount === 1) return { outcome: 'created', record: stored };
      const existing = await this.submissionByKey(record.idempotencyKey);
      if (existing) return { outcome: 'existing', record: existing };
      if (record.paymentId !== undefined) {
        const used = await this.pool.query('SELECT 1 FROM dvc_submissions WHERE payment_id = $1', [record.paymentId]);
        if (used.rowCount === 1) return { outcome: 'payment-used' };
      }
      const fingerprint = record.signature?.fingerprint;
      if (fingerprint !== undefined) {
        const used = await this.pool.query('SELECT 1 FROM dvc_submissions WHERE signature_fingerprint = $1', [
          fingerprint,
        ]);
        if (used.rowCount === 1) return { outcome: 'signature-used' };
      }
      // Otherwise the reference clashed (2^-80): draw another.
    }
  }

  async submission(reference: string): Promise<SubmissionRecord | undefined> {
    const result = await this.pool.query<{ record: SubmissionRecord }>(
      'SELECT record FROM dvc_submissions WHERE reference = $1',
      [reference],
    );
    return result.rows[0]?.record;
  }

  async submissionByKey(idempotencyKey: string): Promise<SubmissionRecord | undefined> {
    const result = await this.pool.query<{ record: SubmissionRecord }>(
      'SELECT record FROM dvc_submissions WHERE idempotency_key = $1',
      [idempotencyKey],
    );
    return result.rows[0]?.record;
  }

  async countSubmissions(): Promise<number> {
    const result = await this.pool.query<{ count: string }>('SELECT count(*) AS count FROM dvc_submissions');
    return Number(result.rows[0]?.count ?? 0);
  }

  async listSubmissions(filter: { readonly procedureId?: string } = {}): Promise<SubmissionRecord[]> {
    const result = await this.pool.query<{ record: SubmissionRecord }>(
      `SELECT record FROM dvc_submissions WHERE $1::text IS NULL OR record->>'procedureId' = $1
       ORDER BY submitted_at DESC, reference`,
      [filter.procedureId ?? null],
    );
    return result.rows.map((row) => row.record);
  }

  async appendStatusEvent(
    reference: string,
    expectedEvents: number,
    event: StatusEvent,
  ): Promise<SubmissionRecord | undefined> {
    // One UPDATE compares and appends: of two officers acting at once, only one matches.
    const result = await this.pool.query<{ record: SubmissionRecord }>(
      `UPDATE dvc_submissions
       SET record = jsonb_set(record, '{statusEvents}', coalesce(record->'statusEvents', '[]'::jsonb) || $3::jsonb)
       WHERE reference = $1 AND jsonb_array_length(coalesce(record->'statusEvents', '[]'::jsonb)) = $2
       RETURNING record`,
      [reference, expectedEvents, JSON.stringify([event])],
    );
    return result.rows[0]?.record;
  }

  async insertPayment(record: PaymentRecord): Promise<{ created: boolean; payment: PaymentRecord }> {
    const inserted = await this.pool.query(
      'INSERT INTO dvc_payments (payment_id, idempotency_key, session_id, status, record) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING payment_id',
      [record.paymentId, record.idempotencyKey ?? null, record.sessionId, record.status, JSON.stringify(record)],
    );
    if (inserted.rowCount === 1) return { created: true, payment: record };
    const existing = await this.pool.query<{ record: PaymentRecord }>(
      'SELECT record FROM dvc_payments WHERE idempotency_key = $1',
      [record.idempotencyKey ?? null],
    );
    const payment = existing.rows[0]?.record;
    if (!payment) throw new Error('payment id clash');
    return { created: false, payment };
  }

  async payment(paymentId: string): Promise<PaymentRecord | undefined> {
    const result = await this.pool.query<{ record: PaymentRecord }>(
      'SELECT record FROM dvc_payments WHERE payment_id = $1',
      [paymentId],
    );
    return result.rows[0]?.record;
  }

  async settlePayment(paymentId: string, status: 'paid' | 'failed', at: string): Promise<PaymentRecord | undefined> {
    const result = await this.pool.query<{ record: PaymentRecord }>(
      `UPDATE dvc_payments SET status = $2, record = record || jsonb_build_object('status', $2::text, 'updatedAt', $3::text)
       WHERE payment_id = $1 AND status = 'pending' RETURNING record`,
      [paymentId, status, at],
    );
    return result.rows[0]?.record;
  }

  async insertUpload(record: UploadRecord, bytes: Buffer): Promise<void> {
    await this.pool.query(
      'INSERT INTO dvc_uploads (reference, session_id, size, record, bytes) VALUES ($1, $2, $3, $4, $5)',
      [record.reference, record.sessionId, record.size, JSON.stringify(record), bytes],
    );
  }

  async upload(reference: string): Promise<UploadRecord | undefined> {
    const result = await this.pool.query<{ record: UploadRecord }>(
      'SELECT record FROM dvc_uploads WHERE reference = $1',
      [reference],
    );
    return result.rows[0]?.record;
  }

  async uploadedBytes(sessionId: string): Promise<number> {
    const result = await this.pool.query<{ total: string | null }>(
      'SELECT sum(size) AS total FROM dvc_uploads WHERE session_id = $1',
      [sessionId],
    );
    return Number(result.rows[0]?.total ?? 0);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
