/**
 * Durability: a submission whose first response is lost is stored once; submissions and payments
 * survive a restart; statuses advance on the clock.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHttpSubmissionAdapter } from '../../procedure/src/adapters/http.js';
import { AdapterError } from '../../procedure/src/adapters/errors.js';
import { type JsonLinesStore, type ServerOptions } from '../src/index.js';
import {
  anonymousCookie,
  post,
  proceduresDir,
  provenance,
  removeTempDirs,
  signIn,
  start as startServer,
  submissionLines,
  tempDir,
  validValue,
} from './support/fixtures.js';

after(removeTempDirs);

/** The shared test server, with the demo's simulated payments. */
const start = (options: Partial<ServerOptions> = {}) => startServer({ simulatePayments: true, ...options });

describe('a submission whose first response is lost', () => {
  it('is retried by the HTTP SubmissionAdapter with the same key and ends as exactly one record', async () => {
    const dataDir = tempDir();
    const { server, url } = await start({ dataDir, failFirstSubmissionResponse: true });
    try {
      const { prefillToken: token, cookie } = await signIn(url);
      let attempts = 0;
      const adapter = createHttpSubmissionAdapter({
        baseUrl: `${url}/api/`,
        headers: { cookie },
        fetch: (input, init) => {
          attempts += 1;
          return fetch(input, init);
        },
        sleep: async () => undefined,
      });
      const receipt = await adapter.submit(
        { procedureId: 'test-certificate', value: validValue, provenance, prefillToken: token },
        { idempotencyKey: 'lost-response-1' },
      );
      assert.equal(attempts, 2);
      assert.match(receipt.reference, /^DVC-/);
      const lines = submissionLines(dataDir);
      assert.equal(lines.length, 1);
      assert.equal(lines[0]?.reference, receipt.reference);
    } finally {
      await server.close();
    }
  });

  it('without retries the citizen gets a typed network error, and the record exists once', async () => {
    const dataDir = tempDir();
    const { server, url } = await start({ dataDir, failFirstSubmissionResponse: true });
    try {
      const adapter = createHttpSubmissionAdapter({
        baseUrl: `${url}/api/`,
        maxAttempts: 1,
        headers: { cookie: await anonymousCookie(url) },
      });
      await assert.rejects(
        adapter.submit(
          {
            procedureId: 'test-certificate',
            value: { ...validValue, applicant: { fullName: 'Tự Khai', personalId: '001088004321' } },
          },
          { idempotencyKey: 'lost-2' },
        ),
        (problem: unknown) => problem instanceof AdapterError && problem.code === 'network',
      );
      assert.equal(submissionLines(dataDir).length, 1);
    } finally {
      await server.close();
    }
  });
});

describe('durability and status', () => {
  it('keeps submissions and payments across a restart (the JSON Lines file is replayed)', async () => {
    const dataDir = tempDir();
    const procedures = proceduresDir();
    const first = await start({ dataDir, proceduresDir: procedures });
    const { prefillToken: token, cookie } = await signIn(first.url);
    const body = { procedureId: 'test-certificate', value: validValue, provenance, prefillToken: token };
    const receipt = (await (
      await post(`${first.url}/api/submissions`, body, { cookie, 'idempotency-key': 'durable-1' })
    ).json()) as { reference: string };
    const payment = (await (
      await post(`${first.url}/api/payments`, { procedureId: 'test-paid' }, { cookie })
    ).json()) as { paymentId: string };
    await post(`${first.url}/api/payments/${payment.paymentId}/simulate`, { outcome: 'paid' }, { cookie });
    await first.server.close();
    // A torn last line (a crash mid-write) does not stop the restart; it is cut off.
    writeFileSync(
      join(dataDir, 'events.jsonl'),
      `${readFileSync(join(dataDir, 'events.jsonl'), 'utf8')}{"type":"submission","refer`,
    );

    const second = await start({ dataDir, proceduresDir: procedures });
    try {
      assert.ok((second.server.store as JsonLinesStore).truncatedBytes > 0);
      assert.equal(
        (await fetch(`${second.url}/api/submissions/${receipt.reference}`, { headers: { cookie } })).status,
        200,
      );
      assert.equal(
        (
          (await (await fetch(`${second.url}/api/payments/${payment.paymentId}`, { headers: { cookie } })).json()) as {
            status: string;
          }
        ).status,
        'paid',
      );
      const replay = await post(`${second.url}/api/submissions`, body, { cookie, 'idempotency-key': 'durable-1' });
      assert.deepEqual(((await replay.json()) as { reference: string }).reference, receipt.reference);
      const next = (await (
        await post(`${second.url}/api/submissions`, body, { cookie, 'idempotency-key': 'durable-2' })
      ).json()) as { reference: string };
      assert.notEqual(next.reference, receipt.reference);
      assert.equal(await second.server.store.countSubmissions(), 2);
    } finally {
      await second.server.close();
    }
  });

  it('advances status over time on the configured clock: received → processing → result-ready', async () => {
    let now = Date.parse('2026-03-02T01:00:00Z');
    const { server, url } = await start({
      now: () => now,
      statusSchedule: { processingAfterMs: 10_000, resultReadyAfterMs: 60_000 },
    });
    try {
      const { prefillToken: token, cookie } = await signIn(url);
      const receipt = (await (
        await post(
          `${url}/api/submissions`,
          { procedureId: 'test-certificate', value: validValue, provenance, prefillToken: token },
          { cookie, 'idempotency-key': 'status-1' },
        )
      ).json()) as {
        reference: string;
        submittedAt: string;
      };
      assert.equal(receipt.submittedAt, '2026-03-02T01:00:00.000Z');
      const status = async (): Promise<{ status: string; history: { status: string; at: string }[] }> =>
        (await (await fetch(`${url}/api/submissions/${receipt.reference}`, { headers: { cookie } })).json()) as {
          status: string;
          history: { status: string; at: string }[];
        };
      assert.deepEqual(await status(), {
        reference: receipt.reference,
        status: 'received',
        history: [{ status: 'received', at: '2026-03-02T01:00:00.000Z' }],
      });
      now += 10_000;
      assert.equal((await status()).status, 'processing');
      now += 50_000;
      const done = await status();
      assert.equal(done.status, 'result-ready');
      assert.deepEqual(
        done.history.map((entry) => entry.status),
        ['received', 'processing', 'result-ready'],
      );
      assert.equal(done.history[2]?.at, '2026-03-02T01:01:00.000Z');
      assert.equal((await fetch(`${url}/api/submissions/DVC-0000-000000`, { headers: { cookie } })).status, 404);
    } finally {
      await server.close();
    }
  });
});
