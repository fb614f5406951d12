/**
 * The store contract, one suite run against both implementations: the JSON Lines file and
 * PostgreSQL (a throwaway cluster; reported skipped with the reason when it cannot start). Then
 * two server instances on one PostgreSQL database: exactly-once submission across them.
 */
import { after, before, describe, it, it as test } from 'node:test';
import assert from 'node:assert/strict';
import {
  JsonLinesStore,
  newReference,
  PostgresStore,
  type PaymentRecord,
  type Store,
  type SubmissionRecord,
} from '../src/index.js';
import { post, removeTempDirs, signIn, start, tempDir, proceduresDir, validValue } from './support/fixtures.js';
import { startTestCluster, type TestCluster } from './support/postgres.js';

const cluster = await startTestCluster();
const postgresSkip = 'skipped' in cluster ? `PostgreSQL unavailable: ${cluster.skipped}` : false;
// CI sets DVC_REQUIRE_POSTGRES=1: there a missing PostgreSQL is a failure, not a skip.
if (postgresSkip && process.env['DVC_REQUIRE_POSTGRES'] === '1') throw new Error(postgresSkip);
after(() => {
  if (!('skipped' in cluster)) cluster.stop();
  removeTempDirs();
});
if (postgresSkip) console.log(`# ${postgresSkip}`);

function submission(
  key: string,
  extra: Partial<Omit<SubmissionRecord, 'reference'>> = {},
): Omit<SubmissionRecord, 'reference'> {
  return {
    idempotencyKey: key,
    bodyHash: `hash-${key}`,
    sessionId: 'S1',
    procedureId: 'test-certificate',
    value: { answer: key },
    provenance: {},
    clientProvenance: {},
    documents: [],
    paymentId: undefined,
    citizenId: undefined,
    submittedAt: '2026-03-02T01:00:00.000Z',
    ...extra,
  };
}

function payment(paymentId: string, key: string | undefined): PaymentRecord {
  return {
    paymentId,
    idempotencyKey: key,
    bodyHash: 'h',
    sessionId: 'S1',
    procedureId: 'test-paid',
    amount: 100000,
    createdAt: '2026-03-02T01:00:00.000Z',
    vietQr: { bankBin: '970415', accountNumber: '1', amount: 100000, purpose: `DVC ${paymentId}` },
    status: 'pending',
  };
}

interface Implementation {
  readonly name: string;
  readonly skip: string | false;
  /** A new empty store, and how to open the same data again. */
  fresh(): Promise<{ store: Store; reopen(): Promise<Store> }>;
}

const implementations: Implementation[] = [
  {
    name: 'JSON Lines',
    skip: false,
    async fresh() {
      const dir = tempDir();
      return { store: new JsonLinesStore(dir), reopen: async () => new JsonLinesStore(dir) };
    },
  },
  {
    name: 'PostgreSQL',
    skip: postgresSkip,
    async fresh() {
      const url = await (cluster as TestCluster).newDatabase();
      return { store: await PostgresStore.open(url), reopen: () => PostgresStore.open(url) };
    },
  },
];

for (const implementation of implementations) {
  describe(`store contract: ${implementation.name}`, () => {
    // Skipped test by test (not the whole describe) so the run's summary counts them as skipped.
    const it = (name: string, body: () => Promise<void>) => test(name, { skip: implementation.skip }, body);
    let store: Store;
    let reopen: () => Promise<Store>;
    before(async () => {
      if (!implementation.skip) ({ store, reopen } = await implementation.fresh());
    });
    after(() => store?.close());

    it('stores a submission under a fresh reference, found by reference and by key', async () => {
      const inserted = await store.insertSubmission(submission('a'), newReference);
      assert.equal(inserted.outcome, 'created');
      const { reference } = (inserted as { record: SubmissionRecord }).record;
      assert.deepEqual((await store.submission(reference))?.value, { answer: 'a' });
      assert.equal((await store.submissionByKey('a'))?.reference, reference);
      assert.equal(await store.countSubmissions(), 1);
    });

    it('answers a taken Idempotency-Key with the existing record, also under 25 concurrent inserts', async () => {
      const outcomes = await Promise.all(
        Array.from({ length: 25 }, () => store.insertSubmission(submission('race'), newReference)),
      );
      assert.equal(outcomes.filter((outcome) => outcome.outcome === 'created').length, 1);
      const references = new Set(outcomes.map((outcome) => ('record' in outcome ? outcome.record.reference : '')));
      assert.equal(references.size, 1);
    });

    it('lets one payment back one submission, also under concurrent inserts', async () => {
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          store.insertSubmission(submission(`pay-${index}`, { paymentId: 'PAY-1' }), newReference),
        ),
      );
      assert.equal(outcomes.filter((outcome) => outcome.outcome === 'created').length, 1);
      assert.equal(outcomes.filter((outcome) => outcome.outcome === 'payment-used').length, 9);
    });

    it('lets one signature (by fingerprint) back one submission, also under concurrent inserts', async () => {
      const signature = {
        signature: 'h.p.s',
        certificateChain: ['MIIB'],
        signedAt: '2026-03-02T01:00:00.000Z',
        subject: 'CN=Trần Thị Bình',
        serialNumber: '01',
        issuer: 'CN=Test CA',
        verifiedAt: '2026-03-02T01:00:00.000Z',
        fingerprint: 'F-1',
      };
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          store.insertSubmission(submission(`signed-${index}`, { signature }), newReference),
        ),
      );
      assert.equal(outcomes.filter((outcome) => outcome.outcome === 'created').length, 1);
      assert.equal(outcomes.filter((outcome) => outcome.outcome === 'signature-used').length, 9);
      const other = { ...signature, fingerprint: 'F-2' };
      assert.equal(
        (await store.insertSubmission(submission('signed-other', { signature: other }), newReference)).outcome,
        'created',
      );
      // Still known after a reopen (the JSON Lines file replayed, the PostgreSQL column).
      await store.close();
      store = await reopen();
      const later = await store.insertSubmission(submission('signed-later', { signature }), newReference);
      assert.equal(later.outcome, 'signature-used');
    });

    it('never reuses a reference: a clash draws another', async () => {
      const taken = ((await store.insertSubmission(submission('ref-1'), newReference)) as { record: SubmissionRecord })
        .record.reference;
      let calls = 0;
      const clashing = (): string => (calls++ === 0 ? taken : newReference());
      const second = (await store.insertSubmission(submission('ref-2'), clashing)) as {
        outcome: string;
        record: SubmissionRecord;
      };
      assert.equal(second.outcome, 'created');
      assert.notEqual(second.record.reference, taken);
      assert.equal((await store.submission(taken))?.idempotencyKey, 'ref-1');
    });

    it('starts a payment once per Idempotency-Key and settles it once', async () => {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, index) => store.insertPayment(payment(`PAY-K${index}`, 'pay-key'))),
      );
      assert.equal(results.filter((result) => result.created).length, 1);
      assert.equal(new Set(results.map((result) => result.payment.paymentId)).size, 1);
      const id = results[0]!.payment.paymentId;
      const settled = await Promise.all([
        store.settlePayment(id, 'paid', '2026-03-02T01:01:00.000Z'),
        store.settlePayment(id, 'failed', '2026-03-02T01:01:00.000Z'),
      ]);
      assert.equal(settled.filter(Boolean).length, 1);
      assert.equal((await store.payment(id))?.status, settled[0] ? 'paid' : 'failed');
      assert.equal(await store.settlePayment('PAY-NONE', 'paid', '2026-03-02T01:01:00.000Z'), undefined);
    });

    it('keeps uploads with their session, and counts each session’s bytes', async () => {
      const upload = (reference: string, sessionId: string, size: number) => ({
        reference,
        sessionId,
        documentId: 'photo',
        name: 'a.png',
        mediaType: 'image/png',
        size,
        digest: 'd',
        createdAt: '2026-03-02T01:00:00.000Z',
      });
      await store.insertUpload(upload('UPL-1', 'S1', 100), Buffer.alloc(100));
      await store.insertUpload(upload('UPL-2', 'S1', 50), Buffer.alloc(50));
      await store.insertUpload(upload('UPL-3', 'S2', 7), Buffer.alloc(7));
      assert.equal(await store.uploadedBytes('S1'), 150);
      assert.equal(await store.uploadedBytes('S3'), 0);
      assert.equal((await store.upload('UPL-3'))?.sessionId, 'S2');
    });

    it('lists submissions newest first, by procedure, and appends an officer event only on the expected count', async () => {
      const older = await store.insertSubmission(
        submission('list-old', { procedureId: 'list-test', submittedAt: '2026-01-01T00:00:00.000Z' }),
        newReference,
      );
      const newer = await store.insertSubmission(
        submission('list-new', { procedureId: 'list-test', submittedAt: '2026-01-02T00:00:00.000Z' }),
        newReference,
      );
      const [olderRef, newerRef] = [older, newer].map((inserted) =>
        'record' in inserted ? inserted.record.reference : '',
      );
      const listed = await store.listSubmissions({ procedureId: 'list-test' });
      assert.deepEqual(
        listed.map((record) => record.reference),
        [newerRef, olderRef],
      );
      assert.ok((await store.listSubmissions()).length >= 2);
      const event = { status: 'processing', at: '2026-01-03T00:00:00.000Z', officerId: 'CB-0001' } as const;
      const racing = await Promise.all(Array.from({ length: 5 }, () => store.appendStatusEvent(olderRef!, 0, event)));
      assert.equal(racing.filter((result) => result !== undefined).length, 1);
      assert.equal(await store.appendStatusEvent(olderRef!, 0, event), undefined);
      assert.equal(await store.appendStatusEvent('DVC-NONE', 0, event), undefined);
      const moved = await store.appendStatusEvent(olderRef!, 1, { ...event, status: 'result-ready' });
      assert.deepEqual(
        moved?.statusEvents?.map((entry) => entry.status),
        ['processing', 'result-ready'],
      );
      assert.deepEqual((await store.submission(olderRef!))?.statusEvents?.length, 2);
      assert.equal((await store.submissionByKey('list-old'))?.statusEvents?.length, 2);
    });

    it('keeps everything acknowledged across a reopen', async () => {
      const count = await store.countSubmissions();
      await store.close();
      store = await reopen();
      assert.equal(await store.countSubmissions(), count);
      assert.ok(await store.submissionByKey('race'));
      assert.equal(await store.uploadedBytes('S1'), 150);
      assert.equal((await store.submissionByKey('list-old'))?.statusEvents?.length, 2);
    });
  });
}

describe('two server instances on one PostgreSQL database', () => {
  it(
    'store a submission exactly once, whichever instance each retry reaches, and a payment backs one submission',
    { skip: postgresSkip },
    async () => {
      const databaseUrl = await (cluster as TestCluster).newDatabase();
      const procedures = proceduresDir();
      const shared = { databaseUrl, proceduresDir: procedures, secret: 'shared-secret', simulatePayments: true };
      const a = await start(shared);
      const b = await start({ ...shared, dataDir: tempDir() });
      try {
        const { cookie, prefillToken } = await signIn(a.url);
        const body = { procedureId: 'test-certificate', value: validValue, prefillToken };
        const answers = await Promise.all(
          Array.from({ length: 30 }, (_, index) =>
            post(`${(index % 2 === 0 ? a : b).url}/api/submissions`, body, { cookie, 'idempotency-key': 'across-1' }),
          ),
        );
        assert.deepEqual([...new Set(answers.map((answer) => answer.status))], [201]);
        const references = new Set(
          await Promise.all(answers.map(async (answer) => ((await answer.json()) as { reference: string }).reference)),
        );
        assert.equal(references.size, 1);
        assert.equal(await a.server.store.countSubmissions(), 1);
        const [reference] = references;
        assert.equal(
          (await fetch(`${b.url}/api/submissions/${encodeURIComponent(reference!)}`, { headers: { cookie } })).status,
          200,
        );

        const paid = (await (await post(`${a.url}/api/payments`, { procedureId: 'test-paid' }, { cookie })).json()) as {
          paymentId: string;
        };
        assert.equal(
          (await post(`${b.url}/api/payments/${paid.paymentId}/simulate`, { outcome: 'paid' }, { cookie })).status,
          200,
        );
        const paidBody = (reason: string) => ({
          procedureId: 'test-paid',
          value: { ...validValue, reason },
          prefillToken,
          payment: { paymentId: paid.paymentId },
        });
        const uses = await Promise.all([
          post(`${a.url}/api/submissions`, paidBody('Lý do một'), { cookie, 'idempotency-key': 'use-1' }),
          post(`${b.url}/api/submissions`, paidBody('Lý do hai'), { cookie, 'idempotency-key': 'use-2' }),
        ]);
        assert.deepEqual(uses.map((use) => use.status).sort(), [201, 409]);
        assert.equal(await b.server.store.countSubmissions(), 2);
      } finally {
        await a.server.close();
        await b.server.close();
      }
    },
  );
});
