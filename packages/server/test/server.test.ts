import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { get } from 'node:http';
import { demoCitizens } from '../../identity/src/fixtures/index.js';
import { createHttpSubmissionAdapter } from '../../procedure/src/adapters/http.js';
import { AdapterError } from '../../procedure/src/adapters/errors.js';
import { createServer, onlineFeeTotal, type DvcServer, type JsonLinesStore, type ServerOptions } from '../src/index.js';
import { anonymousCookie, citizens, post, removeTempDirs, signIn, tempDir } from './support/fixtures.js';

const citizen = demoCitizens.find((entry) => entry.id === 'no-middle-name');
assert.ok(citizen, 'the identity fixtures have the citizen "no-middle-name"');

/** A small procedure: the applicant's locked name and ID, an editable phone, a free-text reason. */
const certificate = {
  id: 'test-certificate',
  title: { vi: 'Cấp giấy xác nhận (thử nghiệm)', en: 'Certificate (test)' },
  fees: [],
  dataSchema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    required: ['applicant', 'reason'],
    properties: {
      applicant: {
        type: 'object',
        required: ['fullName', 'personalId'],
        properties: {
          fullName: { type: 'string', minLength: 1, 'x-prefill': { from: 'fullName', policy: 'locked' } },
          personalId: {
            type: 'string',
            format: 'vn-personal-id',
            'x-prefill': { from: 'personalId', policy: 'locked' },
          },
          phone: { type: 'string', format: 'vn-phone', 'x-prefill': { from: 'phone', policy: 'editable' } },
        },
      },
      reason: { type: 'string', minLength: 3 },
    },
  },
};
const paid = { ...certificate, id: 'test-paid', fees: [{ id: 'fee', amount: 200000, onlineAmount: 100000 }] };

const validValue = {
  applicant: { fullName: 'Phạm Hùng', personalId: '001088004321', phone: '0912345678' },
  reason: 'Bổ sung hồ sơ xin việc',
};
const provenance = {
  '/applicant/fullName': { source: 'portal-profile', from: 'fullName', verified: true, changed: false },
  '/applicant/personalId': { source: 'portal-profile', from: 'personalId', verified: true, changed: false },
  '/applicant/phone': { source: 'portal-profile', from: 'phone', verified: false, changed: true },
};

function proceduresDir(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'test-certificate.json'), JSON.stringify(certificate));
  writeFileSync(join(dir, 'test-paid.json'), JSON.stringify(paid));
  writeFileSync(join(dir, 'broken.json'), '{ not json');
  return dir;
}

async function start(options: Partial<ServerOptions> = {}): Promise<{ server: DvcServer; url: string }> {
  const server = await createServer({
    dataDir: tempDir(),
    proceduresDir: proceduresDir(),
    secret: 'test-secret',
    citizens,
    simulatePayments: true,
    ...options,
  });
  return { server, url: await server.listen() };
}

function submissionLines(dataDir: string): { type: string; reference: string }[] {
  return readFileSync(join(dataDir, 'events.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { type: string; reference: string })
    .filter((event) => event.type === 'submission');
}

/** GET without a client that normalises the path. */
function rawStatus(target: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const { host, pathname } = new URL(target);
    const [hostname, port] = host.split(':');
    get({ hostname, port: Number(port), path: pathname }, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on('error', reject);
  });
}

after(removeTempDirs);

describe('procedures and demo identity', () => {
  let server: DvcServer;
  let url: string;
  before(async () => ({ server, url } = await start()));
  after(() => server.close());

  it('lists the procedures in the directory, skipping unreadable files, and serves one by id', async () => {
    const list = (await (await fetch(`${url}/api/procedures`)).json()) as { procedures: { id: string }[] };
    assert.deepEqual(
      list.procedures.map((procedure) => procedure.id),
      ['test-certificate', 'test-paid'],
    );
    const one = await fetch(`${url}/api/procedures/test-certificate`);
    assert.equal(one.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.deepEqual(await one.json(), certificate);
    assert.equal((await fetch(`${url}/api/procedures/nope`)).status, 404);
  });

  it('answers an empty (or missing) procedures directory with an empty list', async () => {
    const empty = await start({ proceduresDir: join(tempDir(), 'does-not-exist') });
    try {
      assert.deepEqual(await (await fetch(`${empty.url}/api/procedures`)).json(), { procedures: [] });
    } finally {
      await empty.server.close();
    }
  });

  it('lets every synthetic citizen sign in; a citizen without payloads gets a portal profile that maps back to the record', async () => {
    const { mapClaims } = await import('../../identity/src/index.js');
    const listed = (await (await fetch(`${url}/api/demo/citizens`)).json()) as {
      citizens: { id: string; sources: string[] }[];
    };
    assert.equal(listed.citizens.length, citizens.length);
    for (const entry of citizens) {
      assert.ok(listed.citizens.find((listedEntry) => listedEntry.id === entry.id)!.sources.length > 0, entry.id);
      const response = await post(`${url}/api/demo/sign-in`, { citizenId: entry.id });
      assert.equal(response.status, 200, entry.id);
      const answer = (await response.json()) as { source: string; claims: unknown };
      const mapped = mapClaims(answer.source, answer.claims);
      assert.ok(mapped.ok, `${entry.id}: ${JSON.stringify(mapped.ok ? '' : mapped.problems)}`);
      if (mapped.ok) assert.equal(mapped.citizen.personalId, entry.citizen.personalId);
    }
  });

  it('signs a demo citizen in: claims, an HMAC prefill token, a session for identity and documents', async () => {
    const citizensList = (await (await fetch(`${url}/api/demo/citizens`)).json()) as {
      citizens: { id: string; label: string }[];
    };
    assert.ok(citizensList.citizens.length >= 6);
    assert.equal(citizensList.citizens[0]?.id, demoCitizens[0]?.id);
    // "Who am I" answers nobody signed in with a 200, not a 401.
    const nobody = await fetch(`${url}/api/identity`);
    assert.equal(nobody.status, 200);
    assert.deepEqual(await nobody.json(), { signedIn: false });
    assert.equal((await fetch(`${url}/api/documents`)).status, 401);
    const signedIn = await signIn(url);
    assert.match(signedIn.prefillToken, /^[\w-]+\.[\w-]{43}$/);
    assert.deepEqual(signedIn.claims, citizen.claims[signedIn.source as keyof typeof citizen.claims]);
    const identity = await fetch(`${url}/api/identity`, { headers: { cookie: signedIn.cookie } });
    const answer = (await identity.json()) as { source: string; claims: unknown; prefillToken: string };
    assert.deepEqual(
      { source: answer.source, claims: answer.claims },
      { source: signedIn.source, claims: signedIn.claims },
    );
    assert.match(answer.prefillToken, /^[\w-]+\.[\w-]{43}$/);
    const documents = (await (
      await fetch(`${url}/api/documents`, { headers: { cookie: signedIn.cookie } })
    ).json()) as { documents: { id: string; type: string; issuedAt: string }[] };
    assert.ok(
      documents.documents.some(
        (document) => document.type === 'birth-certificate' && document.issuedAt === citizen.citizen.birthDate,
      ),
    );
    // A forged session cookie names nobody.
    const forged = { cookie: signedIn.cookie.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A')) };
    assert.deepEqual(await (await fetch(`${url}/api/identity`, { headers: forged })).json(), { signedIn: false });
    assert.equal((await fetch(`${url}/api/documents`, { headers: forged })).status, 401);
    assert.equal((await post(`${url}/api/demo/sign-in`, { citizenId: 'nobody' })).status, 404);
  });
});

describe('submissions', () => {
  let server: DvcServer;
  let url: string;
  let token: string;
  let cookie: string;
  before(async () => {
    ({ server, url } = await start());
    ({ prefillToken: token, cookie } = await signIn(url));
  });
  after(() => server.close());

  it('accepts a valid submission: 201 with reference, status and time', async () => {
    const response = await post(
      `${url}/api/submissions`,
      { procedureId: 'test-certificate', value: validValue, provenance, prefillToken: token },
      { cookie, 'idempotency-key': 'valid-1' },
    );
    assert.equal(response.status, 201);
    const receipt = (await response.json()) as { reference: string; status: string; submittedAt: string };
    assert.match(receipt.reference, /^DVC-([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z*~$=U]$/);
    assert.equal(receipt.status, 'received');
    assert.ok(!Number.isNaN(Date.parse(receipt.submittedAt)));
  });

  it('rejects a value that does not match the schema: 422 with the pointers, nothing stored', async () => {
    const before = await server.store.countSubmissions();
    const response = await post(
      `${url}/api/submissions`,
      {
        procedureId: 'test-certificate',
        value: { applicant: { fullName: 'Phạm Hùng', personalId: '12345' }, reason: 'x' },
        provenance: {},
      },
      { cookie, 'idempotency-key': 'invalid-1' },
    );
    assert.equal(response.status, 422);
    const body = (await response.json()) as { error: string; errors: { pointer: string; keyword: string }[] };
    assert.equal(body.error, 'validation');
    assert.deepEqual(body.errors.map((error) => `${error.pointer} ${error.keyword}`).sort(), [
      '/applicant/personalId format',
      '/reason minLength',
    ]);
    assert.equal(await server.store.countSubmissions(), before);
  });

  it('rejects a tampered locked value (422 prefill-mismatch), a forged token and verified values without a token', async () => {
    const tampered = { ...validValue, applicant: { ...validValue.applicant, fullName: 'Phạm Hùng Cường' } };
    const mismatch = await post(
      `${url}/api/submissions`,
      { procedureId: 'test-certificate', value: tampered, provenance, prefillToken: token },
      { cookie, 'idempotency-key': 'tampered-1' },
    );
    assert.equal(mismatch.status, 422);
    const body = (await mismatch.json()) as { error: string; mismatches: { pointer: string; from: string }[] };
    assert.equal(body.error, 'prefill-mismatch');
    assert.deepEqual(
      body.mismatches.map((entry) => [entry.pointer, entry.from]),
      [['/applicant/fullName', 'fullName']],
    );

    // Provenance claiming the field was edited hides nothing: the schema says it is locked.
    const hidden = await post(
      `${url}/api/submissions`,
      {
        procedureId: 'test-certificate',
        value: tampered,
        provenance: {
          ...provenance,
          '/applicant/fullName': { source: 'manual', from: 'fullName', verified: false, changed: true },
        },
        prefillToken: token,
      },
      { cookie, 'idempotency-key': 'tampered-2' },
    );
    assert.equal(hidden.status, 422);

    const forged = await post(
      `${url}/api/submissions`,
      { procedureId: 'test-certificate', value: validValue, provenance, prefillToken: `${token.slice(0, -2)}xx` },
      { cookie, 'idempotency-key': 'forged-1' },
    );
    assert.equal(forged.status, 422);
    assert.equal(((await forged.json()) as { error: string }).error, 'prefill-token-invalid');

    const tokenless = await post(
      `${url}/api/submissions`,
      { procedureId: 'test-certificate', value: validValue, provenance },
      { cookie, 'idempotency-key': 'tokenless-1' },
    );
    assert.equal(((await tokenless.json()) as { error: string }).error, 'prefill-token-missing');
  });

  it('requires an Idempotency-Key and JSON', async () => {
    assert.equal(
      (await post(`${url}/api/submissions`, { procedureId: 'test-certificate', value: validValue })).status,
      400,
    );
    const text = await fetch(`${url}/api/submissions`, {
      method: 'POST',
      headers: { cookie, 'idempotency-key': 'k', 'content-type': 'text/plain' },
      body: 'hello',
    });
    assert.equal(text.status, 415);
  });

  it('honours Idempotency-Key: the same key twice → one record and the original response; another body → 409', async () => {
    const body = { procedureId: 'test-certificate', value: validValue, provenance, prefillToken: token };
    const first = await post(`${url}/api/submissions`, body, { cookie, 'idempotency-key': 'same-key' });
    const second = await post(`${url}/api/submissions`, body, { cookie, 'idempotency-key': 'same-key' });
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    const [a, b] = [await first.json(), await second.json()];
    assert.deepEqual(b, a);
    assert.equal(
      submissionLines((server.store as JsonLinesStore).file.replace(/\/events\.jsonl$/, '')).filter(
        (event) => event.reference === (a as { reference: string }).reference,
      ).length,
      1,
    );
    const other = await post(
      `${url}/api/submissions`,
      { ...body, value: { ...validValue, reason: 'Một lý do khác' } },
      { cookie, 'idempotency-key': 'same-key' },
    );
    assert.equal(other.status, 409);
  });

  it('requires a paid payment for this procedure when it has a fee, priced online from the definition', async () => {
    const body = { procedureId: 'test-paid', value: validValue, provenance, prefillToken: token };
    const unpaid = await post(`${url}/api/submissions`, body, { cookie, 'idempotency-key': 'paid-1' });
    assert.equal(unpaid.status, 422);
    const problem = (await unpaid.json()) as { error: string; amount: number; status: number; type: string };
    assert.deepEqual(
      [problem.error, problem.amount, problem.status, problem.type],
      ['payment-required', 100000, 422, 'urn:dvc-kit:problem:payment-required'],
    );
    assert.equal(unpaid.headers.get('content-type'), 'application/problem+json');

    const started = await post(
      `${url}/api/payments`,
      { procedureId: 'test-paid' },
      { cookie, 'idempotency-key': 'pay-1' },
    );
    assert.equal(started.status, 201);
    const payment = (await started.json()) as {
      paymentId: string;
      amount: number;
      status: string;
      vietQr: { amount: number; purpose: string };
    };
    assert.equal(payment.amount, 100000);
    assert.equal(payment.status, 'pending');
    assert.equal(payment.vietQr.amount, 100000);
    assert.ok(payment.vietQr.purpose.length <= 25);
    // A retried start with the same key is the same payment.
    assert.equal(
      (
        (await (
          await post(`${url}/api/payments`, { procedureId: 'test-paid' }, { cookie, 'idempotency-key': 'pay-1' })
        ).json()) as { paymentId: string }
      ).paymentId,
      payment.paymentId,
    );
    assert.equal((await post(`${url}/api/payments`, { procedureId: 'test-certificate' }, { cookie })).status, 422);

    const stillPending = await post(
      `${url}/api/submissions`,
      { ...body, payment: { paymentId: payment.paymentId } },
      { cookie, 'idempotency-key': 'paid-2' },
    );
    assert.equal(stillPending.status, 422);
    const simulated = await post(`${url}/api/payments/${payment.paymentId}/simulate`, { outcome: 'paid' }, { cookie });
    assert.equal(((await simulated.json()) as { status: string }).status, 'paid');
    assert.equal(
      (
        (await (await fetch(`${url}/api/payments/${payment.paymentId}`, { headers: { cookie } })).json()) as {
          status: string;
        }
      ).status,
      'paid',
    );
    assert.equal(
      (await post(`${url}/api/payments/${payment.paymentId}/simulate`, { outcome: 'failed' }, { cookie })).status,
      409,
    );
    const accepted = await post(
      `${url}/api/submissions`,
      { ...body, payment: { paymentId: payment.paymentId } },
      { cookie, 'idempotency-key': 'paid-3' },
    );
    assert.equal(accepted.status, 201);
  });

  it('fails a payment by simulation', async () => {
    const payment = (await (await post(`${url}/api/payments`, { procedureId: 'test-paid' }, { cookie })).json()) as {
      paymentId: string;
    };
    const failed = await post(`${url}/api/payments/${payment.paymentId}/simulate`, { outcome: 'failed' }, { cookie });
    assert.equal(((await failed.json()) as { status: string }).status, 'failed');
    assert.equal(
      (await post(`${url}/api/payments/${payment.paymentId}/simulate`, { outcome: 'maybe' }, { cookie })).status,
      400,
    );
    assert.equal(
      (await post(`${url}/api/payments/${payment.paymentId}/simulate`, { outcome: 'paid' }, { cookie })).status,
      409,
    );
  });
});

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

describe('static files', () => {
  it("serves the portal with Content-Security-Policy: script-src 'self' on every page, and never outside its directory", async () => {
    const site = tempDir();
    mkdirSync(join(site, 'assets'));
    writeFileSync(
      join(site, 'index.html'),
      '<!doctype html><title>Cổng dịch vụ công</title><script type="module" src="/assets/app.js"></script>',
    );
    writeFileSync(join(site, 'assets', 'app.js'), 'export {};');
    const { server, url } = await start({ staticDir: site });
    try {
      for (const path of ['/', '/procedures/birth-registration', '/assets/app.js', '/api/procedures', '/missing.js']) {
        const response = await fetch(`${url}${path}`);
        assert.match(response.headers.get('content-security-policy') ?? '', /(^|;\s*)script-src 'self'(;|$)/, path);
      }
      const page = await fetch(`${url}/`);
      assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.match(await page.text(), /Cổng dịch vụ công/);
      assert.equal((await fetch(`${url}/procedures/birth-registration`)).status, 200);
      assert.equal((await fetch(`${url}/assets/app.js`)).headers.get('content-type'), 'text/javascript; charset=utf-8');
      assert.equal((await fetch(`${url}/missing.js`)).status, 404);
      // Encoded slashes survive URL parsing; the decoded path must still stay inside the directory.
      assert.equal(await rawStatus(`${url}/..%2f..%2f..%2fetc%2fpasswd`), 404);
      assert.equal(
        await rawStatus(`${url}/assets%2f..%2f..%2f${encodeURIComponent(site.split('/').pop() ?? '')}%2findex.html`),
        200,
      );
    } finally {
      await server.close();
    }
  });
});

describe('the repository procedures', () => {
  it('load from schemas/procedures, each with a validator for its dataSchema, priced online', async () => {
    const real = new URL('../../../schemas/procedures/', import.meta.url).pathname;
    const { server, url } = await start({ proceduresDir: real });
    try {
      const list = (await (await fetch(`${url}/api/procedures`)).json()) as { procedures: { id: string }[] };
      const cookie = await anonymousCookie(url);
      assert.ok(list.procedures.length >= 5, `found ${list.procedures.length}`);
      for (const { id } of list.procedures) {
        const definition = (await (await fetch(`${url}/api/procedures/${id}`)).json()) as Record<string, unknown>;
        assert.ok(Number.isInteger(onlineFeeTotal(definition)), id);
        // An empty answer is checked against the real schema and refused with pointers, never a crash.
        const response = await post(
          `${url}/api/submissions`,
          { procedureId: id, value: {} },
          { cookie, 'idempotency-key': `empty-${id}` },
        );
        assert.equal(response.status, 422, id);
        assert.equal(((await response.json()) as { error: string }).error, 'validation', id);
        // Undeclared fields are refused (unevaluatedProperties: false), so storage cannot be filled with them.
        const junk = await post(
          `${url}/api/submissions`,
          { procedureId: id, value: { junk: 'x'.repeat(1000) } },
          { cookie, 'idempotency-key': `junk-${id}` },
        );
        const junkErrors = ((await junk.json()) as { errors: { pointer: string; keyword: string }[] }).errors;
        assert.ok(
          junkErrors.some((error) => error.keyword === 'unevaluatedProperties'),
          `${id}: ${JSON.stringify(junkErrors.slice(0, 5))}`,
        );
      }
      // Permanent residence registration is halved online (20.000 → 10.000 đồng).
      const residence = (await (await fetch(`${url}/api/procedures/dang-ky-thuong-tru`)).json()) as Record<
        string,
        unknown
      >;
      assert.equal(onlineFeeTotal(residence), 10000);
    } finally {
      await server.close();
    }
  });
});
