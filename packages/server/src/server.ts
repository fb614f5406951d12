/**
 * The DVC Kit reference server: node:http, no framework. It validates every submission against
 * its procedure's data schema with the same validator the browser uses, checks locked prefill
 * values against the citizen the prefill token was issued for, stores submissions durably in an
 * append-only JSON Lines file, honours Idempotency-Key, advances statuses over time and serves
 * the demo portal under `Content-Security-Policy: script-src 'self'`. REST shape: docs/rest-api.md.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { z } from 'zod';
import { registerVnFormats } from '@dvc/form/formats.js';
import { verifyPrefill } from '@dvc/identity';
import { canonicalJson, sha256 } from './canonical.js';
import { claimSources, DemoIdentity, heldDocuments, loadDefaultCitizens, sessionCookieName, type DemoCitizenFixture } from './demo-identity.js';
import { JsonLinesStore, type PaymentRecord, type SubmissionRecord } from './json-lines-store.js';
import { onlineFeeTotal, ProcedureDirectory } from './procedures.js';
import { defaultStatusSchedule, statusHistory, type StatusSchedule } from './status.js';

export interface ServerOptions {
  /** Where `events.jsonl` lives (created when missing). */
  readonly dataDir: string;
  /** Directory of procedure definitions (`*.json`, each with `id` and `dataSchema`). */
  readonly proceduresDir: string;
  /** Directory served as the demo portal (optional). */
  readonly staticDir?: string;
  /** Secret for prefill tokens and session cookies; a random one per process when omitted. */
  readonly secret?: string;
  /** Demo citizens; by default `demoCitizens` from `@dvc/identity`. */
  readonly citizens?: readonly DemoCitizenFixture[];
  /** The clock statuses advance on (ms since epoch). */
  readonly now?: () => number;
  readonly statusSchedule?: Partial<StatusSchedule>;
  /** The (synthetic) account the demo payments' VietQR transfers go to. */
  readonly paymentAccount?: { readonly bankBin: string; readonly accountNumber: string; readonly accountName?: string };
  /** TEST ONLY: store the first submission, then destroy the socket before answering. */
  readonly failFirstSubmissionResponse?: boolean;
  /** Largest request body accepted, bytes (default 1 MB). */
  readonly maxBodyBytes?: number;
}

export interface DvcServer {
  readonly http: Server;
  readonly store: JsonLinesStore;
  /** Starts listening; resolves with the base URL (`http://127.0.0.1:PORT`). Port 0 picks a free one. */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/** Largest uploaded document, bytes (procedures allow up to 10 MB per file in the demo). */
const maxUploadBytes = 10 * 1024 * 1024;
const uploadSchema = z.object({
  documentId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(1).max(255),
  type: z.string().max(100),
  content: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

const contentSecurityPolicy = "script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const provenanceEntrySchema = z.object({
  source: z.enum([...claimSources, 'manual']),
  from: z.string().min(1),
  verified: z.boolean(),
  changed: z.boolean(),
});
const submissionRequestSchema = z.object({
  procedureId: z.string().min(1),
  value: z.unknown(),
  provenance: z.record(z.string(), provenanceEntrySchema).optional(),
  prefillToken: z.string().min(1).optional(),
  documents: z
    .array(z.object({ documentId: z.string().min(1), source: z.enum(['upload', 'held']), reference: z.string().min(1), name: z.string().optional(), size: z.number().int().nonnegative().optional(), type: z.string().optional() }))
    .optional(),
  payment: z.object({ paymentId: z.string().min(1) }).optional(),
});
const paymentRequestSchema = z.object({ procedureId: z.string().min(1), description: z.string().max(200).optional(), answers: z.unknown().optional() });
const simulateSchema = z.object({ outcome: z.enum(['paid', 'failed']) });
const signInSchema = z.object({ citizenId: z.string().min(1), source: z.enum(claimSources).optional() });

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body['error']));
  }
}

const idempotencyKeyPattern = /^[\x21-\x7e]{1,200}$/;

export async function createServer(options: ServerOptions): Promise<DvcServer> {
  registerVnFormats();
  const now = options.now ?? Date.now;
  const schedule: StatusSchedule = { ...defaultStatusSchedule, ...options.statusSchedule };
  const secret = options.secret ?? randomBytes(32).toString('base64url');
  const citizens = options.citizens ?? (await loadDefaultCitizens()).citizens;
  const identity = new DemoIdentity(secret, citizens);
  const procedures = new ProcedureDirectory(options.proceduresDir);
  const store = new JsonLinesStore(options.dataDir);
  const paymentAccount = options.paymentAccount ?? { bankBin: '970415', accountNumber: '1010000000001', accountName: 'DVC KIT DEMO' };
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;
  let failNextSubmissionResponse = options.failFirstSubmissionResponse ?? false;

  const nextReference = (): string => {
    const year = new Date(now()).getUTCFullYear();
    return `DVC-${year}-${String(store.submissions.size + 1).padStart(6, '0')}`;
  };

  const paymentView = (payment: PaymentRecord & { status: string }) => ({ paymentId: payment.paymentId, amount: payment.amount, status: payment.status, vietQr: payment.vietQr });

  /** `path` is the decoded segments, starting with `api`. */
  async function handleApi(request: IncomingMessage, response: ServerResponse, path: string[]): Promise<void> {
    const method = request.method ?? 'GET';
    const route = `${method} /${path.join('/')}`;
    const [, resource, id, action] = path;

    if (route === 'GET /api/procedures') {
      return sendJson(response, 200, {
        procedures: procedures.list().map(({ id: procedureId, definition }) => ({
          id: procedureId,
          ...pick(definition, ['code', 'title', 'summary', 'agency', 'level', 'fees', 'processingTime']),
        })),
      });
    }
    if (method === 'GET' && resource === 'procedures' && id && !action) {
      const procedure = procedures.get(id);
      if (!procedure) throw new HttpProblem(404, { error: 'not-found' });
      return sendJson(response, 200, procedure.definition);
    }

    if (route === 'GET /api/demo/citizens') {
      return sendJson(response, 200, { citizens: identity.citizens.map((entry) => ({ id: entry.id, label: entry.label, sources: identity.sourcesOf(entry) })) });
    }
    if (route === 'POST /api/demo/sign-in') {
      const body = parse(signInSchema, await readJsonBody(request, maxBodyBytes));
      const entry = identity.find(body.citizenId);
      if (!entry) throw new HttpProblem(404, { error: 'not-found' });
      const answer = identity.identityResponse(entry, body.source);
      if (!answer) throw new HttpProblem(422, { error: 'source-unavailable' });
      response.setHeader('set-cookie', `${sessionCookieName}=${identity.sessionValue(entry.id, answer.source)}; Path=/; HttpOnly; SameSite=Strict`);
      return sendJson(response, 200, answer);
    }
    if (route === 'POST /api/demo/sign-out') {
      response.setHeader('set-cookie', `${sessionCookieName}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
      return sendJson(response, 200, { signedOut: true });
    }
    if (route === 'GET /api/identity') {
      const session = identity.session(request.headers.cookie);
      if (!session) throw new HttpProblem(401, { error: 'unauthorized' });
      return sendJson(response, 200, identity.identityResponse(session.entry, session.source));
    }
    if (route === 'GET /api/documents') {
      const session = identity.session(request.headers.cookie);
      if (!session) throw new HttpProblem(401, { error: 'unauthorized' });
      return sendJson(response, 200, { documents: heldDocuments(session.entry) });
    }

    if (route === 'POST /api/uploads') {
      // A file for a procedure document, sent as base64 JSON; stored by content hash, answered with a reference (never the bytes back).
      const body = parse(uploadSchema, await readJsonBody(request, maxUploadBytes * 1.4 + 4096));
      const bytes = Buffer.from(body.content, 'base64');
      if (bytes.length > maxUploadBytes) throw new HttpProblem(413, { error: 'too-large' });
      const digest = createHash('sha256').update(bytes).digest('hex');
      await mkdir(join(options.dataDir, 'uploads'), { recursive: true });
      await writeFile(join(options.dataDir, 'uploads', digest), bytes);
      const reference = `UPL-${digest.slice(0, 16).toUpperCase()}`;
      return sendJson(response, 201, { documentId: body.documentId, source: 'upload', reference, name: body.name, size: bytes.length, type: body.type });
    }

    if (route === 'POST /api/payments') {
      const key = optionalIdempotencyKey(request);
      const body = parse(paymentRequestSchema, await readJsonBody(request, maxBodyBytes));
      const existing = key ? store.paymentsByKey.get(key) : undefined;
      const existingPayment = existing ? store.payments.get(existing) : undefined;
      if (existingPayment) return sendJson(response, 201, paymentView(existingPayment));
      const procedure = procedures.get(body.procedureId);
      if (!procedure) throw new HttpProblem(422, { error: 'unknown-procedure' });
      const amount = onlineFeeTotal(procedure.definition, body.answers);
      if (amount === 0) throw new HttpProblem(422, { error: 'no-fee' });
      const paymentId = `PAY-${randomBytes(5).toString('hex').toUpperCase()}`;
      store.append({
        type: 'payment',
        paymentId,
        idempotencyKey: key,
        procedureId: procedure.id,
        amount,
        createdAt: new Date(now()).toISOString(),
        vietQr: { ...paymentAccount, amount, purpose: `DVC ${paymentId}` },
      });
      return sendJson(response, 201, paymentView(store.payments.get(paymentId) as PaymentRecord & { status: string }));
    }
    if (resource === 'payments' && id) {
      const payment = store.payments.get(id);
      if (!payment) throw new HttpProblem(404, { error: 'not-found' });
      if (method === 'GET' && !action) return sendJson(response, 200, paymentView(payment));
      if (method === 'POST' && action === 'simulate') {
        const { outcome } = parse(simulateSchema, await readJsonBody(request, maxBodyBytes));
        if (payment.status !== 'pending') throw new HttpProblem(409, { error: 'payment-settled', status: payment.status });
        store.append({ type: 'payment-update', paymentId: id, status: outcome, at: new Date(now()).toISOString() });
        return sendJson(response, 200, paymentView(store.payments.get(id) as PaymentRecord & { status: string }));
      }
    }

    if (route === 'POST /api/submissions') return submit(request, response);
    if (method === 'GET' && resource === 'submissions' && id && !action) {
      const record = store.submissions.get(id);
      if (!record) throw new HttpProblem(404, { error: 'not-found' });
      return sendJson(response, 200, { reference: record.reference, ...statusHistory(record.submittedAt, now(), schedule) });
    }

    throw new HttpProblem(404, { error: 'not-found' });
  }

  async function submit(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || !idempotencyKeyPattern.test(key)) throw new HttpProblem(400, { error: 'idempotency-key-required' });
    const raw = await readJsonBody(request, maxBodyBytes);
    const bodyHash = sha256(canonicalJson(raw));
    // From here to the append nothing awaits, so two requests with one key cannot both pass this check.
    const earlier = store.submissionsByKey.get(key);
    if (earlier) {
      if (earlier.bodyHash !== bodyHash) throw new HttpProblem(409, { error: 'idempotency-conflict' });
      response.setHeader('idempotent-replayed', 'true');
      return sendJson(response, 201, receipt(earlier));
    }
    const body = parse(submissionRequestSchema, raw);
    const procedure = procedures.get(body.procedureId);
    if (!procedure) throw new HttpProblem(422, { error: 'unknown-procedure' });

    const errors = procedures.validator(procedure).validate(body.value);
    if (errors.length > 0) {
      throw new HttpProblem(422, {
        error: 'validation',
        errors: errors.map((error) => ({ pointer: error.instancePointer, keyword: error.keyword, ...(error.params ? { params: error.params } : {}) })),
      });
    }

    let citizenId: string | undefined;
    if (body.prefillToken) {
      const entry = identity.citizenForToken(body.prefillToken);
      if (!entry) throw new HttpProblem(422, { error: 'prefill-token-invalid' });
      const submission = body.provenance ? { value: body.value, provenance: body.provenance as Parameters<typeof verifyPrefill>[0]['provenance'] } : { value: body.value };
      const result = verifyPrefill(submission, entry.citizen, { schema: procedure.dataSchema });
      if (!result.ok) {
        throw new HttpProblem(422, { error: 'prefill-mismatch', mismatches: result.mismatches.map(({ pointer, from }) => ({ pointer, from, keyword: 'x-prefill' })) });
      }
      citizenId = entry.id;
    } else if (Object.values(body.provenance ?? {}).some((entry) => entry.verified)) {
      throw new HttpProblem(422, { error: 'prefill-token-missing' });
    }

    const fee = onlineFeeTotal(procedure.definition, body.value);
    if (fee > 0) {
      const payment = body.payment ? store.payments.get(body.payment.paymentId) : undefined;
      if (!payment || payment.procedureId !== procedure.id || payment.status !== 'paid' || payment.amount !== fee) {
        throw new HttpProblem(422, { error: 'payment-required', amount: fee });
      }
    }

    const record: SubmissionRecord = {
      type: 'submission',
      reference: nextReference(),
      idempotencyKey: key,
      bodyHash,
      procedureId: procedure.id,
      value: body.value,
      provenance: body.provenance ?? {},
      documents: body.documents ?? [],
      paymentId: body.payment?.paymentId,
      citizenId,
      submittedAt: new Date(now()).toISOString(),
    };
    store.append(record);
    if (failNextSubmissionResponse) {
      failNextSubmissionResponse = false;
      request.socket.destroy();
      return;
    }
    sendJson(response, 201, receipt(record));
  }

  function receipt(record: SubmissionRecord): { reference: string; status: string; submittedAt: string } {
    return { reference: record.reference, status: statusHistory(record.submittedAt, now(), schedule).status, submittedAt: record.submittedAt };
  }

  async function handleStatic(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') throw new HttpProblem(405, { error: 'method-not-allowed' });
    if (!options.staticDir) throw new HttpProblem(404, { error: 'not-found' });
    const root = resolve(options.staticDir);
    const candidate = normalize(join(root, decodeURIComponent(pathname)));
    if (candidate !== root && !candidate.startsWith(root + sep)) throw new HttpProblem(404, { error: 'not-found' });
    let file = candidate;
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = join(file, 'index.html');
    else if (!info && extname(file) === '') file = join(root, 'index.html'); // the portal's own routes
    const body = await readFile(file).catch(() => undefined);
    if (!body) throw new HttpProblem(404, { error: 'not-found' });
    response.writeHead(200, { 'content-type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream', 'content-length': body.length, 'cache-control': 'no-cache' });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  const http = createHttpServer((request, response) => {
    response.setHeader('content-security-policy', contentSecurityPolicy);
    response.setHeader('x-content-type-options', 'nosniff');
    response.setHeader('referrer-policy', 'same-origin');
    const url = new URL(request.url ?? '/', 'http://localhost');
    const segments = url.pathname.split('/').filter(Boolean).map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
    const work = segments[0] === 'api' ? handleApi(request, response, segments) : handleStatic(request, response, url.pathname);
    work.catch((problem: unknown) => {
      if (response.headersSent || request.socket.destroyed) return;
      if (problem instanceof HttpProblem) sendJson(response, problem.status, problem.body);
      else {
        console.error(problem);
        sendJson(response, 500, { error: 'internal' });
      }
    });
  });

  return {
    http,
    store,
    listen: (port = 0, host = '127.0.0.1') =>
      new Promise((resolveUrl, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          const address = http.address();
          const actualPort = typeof address === 'object' && address ? address.port : port;
          resolveUrl(`http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`);
        });
      }),
    close: () =>
      new Promise((resolveClose) => {
        http.closeAllConnections();
        http.close(() => {
          store.close();
          resolveClose();
        });
      }),
  };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  response.end(text);
}

function pick(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]));
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new HttpProblem(400, { error: 'invalid-request', issues: result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })) });
  }
  return result.data;
}

function optionalIdempotencyKey(request: IncomingMessage): string | undefined {
  const key = request.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || !idempotencyKeyPattern.test(key)) throw new HttpProblem(400, { error: 'invalid-idempotency-key' });
  return key;
}

async function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpProblem(415, { error: 'json-required' });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpProblem(413, { error: 'too-large' });
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new HttpProblem(400, { error: 'invalid-json' });
  }
}

