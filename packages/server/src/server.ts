/**
 * The DVC Kit reference server: node:http, no framework. It validates every submission against
 * its procedure's data schema with the same validator the browser uses, checks locked prefill
 * values against the citizen the session's prefill token names, stores submissions durably
 * (JSON Lines file, or PostgreSQL for several instances), honours Idempotency-Key, advances
 * statuses over time and serves the demo portal under `Content-Security-Policy: script-src 'self'`.
 * Safe by default: bounded bodies, rate limits, sessions on every read, problem+json answers, no
 * stack traces out. REST shape: docs/rest-api.md; guarantees: docs/security.md.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { registerVnFormats } from '@dvc/schema/formats.js';
import { handleApi } from './api.js';
import { AssistedFiling } from './assisted.js';
import type { ApiContext } from './context.js';
import { DemoIdentity, loadDefaultCitizens, type DemoCitizenFixture } from './demo-identity.js';
import { defaultBodyLimits, RateLimiter, type BodyLimits, type RateLimit } from './limits.js';
import { OfficerSessions } from './officer-session.js';
import { HttpProblem, problemBody, sendProblem } from './problems.js';
import { ProcedureDirectory } from './procedures.js';
import { randomId } from './reference.js';
import { Sessions, type Session } from './sessions.js';
import { createSigningTrust, type SigningOptions } from './signing/index.js';
import { defaultStatusSchedule, type StatusSchedule } from './status.js';
import { openStore, type Store } from './store/index.js';

export interface ServerOptions {
  /** Where the JSON Lines store keeps `events.jsonl` and uploads (created when missing). */
  readonly dataDir: string;
  /** PostgreSQL connection string: use the PostgreSQL store instead of the file (`DVC_DATABASE_URL`). */
  readonly databaseUrl?: string;
  /** A store made by the caller (tests); wins over `databaseUrl` and `dataDir`. */
  readonly store?: Store;
  /** Directory of procedure definitions (`*.json`, each with `id` and `dataSchema`). */
  readonly proceduresDir: string;
  /** Directory served as the demo portal (optional). */
  readonly staticDir?: string;
  /** Secret for prefill tokens and session cookies; a random one per process when omitted. Instances sharing a database share it. */
  readonly secret?: string;
  /** Demo citizens; by default `demoCitizens` from `@dvc/identity`. */
  readonly citizens?: readonly DemoCitizenFixture[];
  /** The clock statuses and tokens run on (ms since epoch). */
  readonly now?: () => number;
  readonly statusSchedule?: Partial<StatusSchedule>;
  /** The (synthetic) account the demo payments' VietQR transfers go to. */
  readonly paymentAccount?: { readonly bankBin: string; readonly accountNumber: string; readonly accountName?: string };
  /** `POST /api/payments/:id/simulate` exists only when this is true (the demo portal). Never on a real platform. */
  readonly simulatePayments?: boolean;
  /** TEST ONLY: store the first submission, then drop the connection before answering. */
  readonly failFirstSubmissionResponse?: boolean;
  /** Largest JSON request body, its nesting and value count (default 1 MB, 32, 20 000). */
  readonly bodyLimits?: Partial<BodyLimits>;
  /** Largest uploaded file, bytes (default 10 MB). */
  readonly maxUploadBytes?: number;
  /** Bytes one session may upload in all (default 30 MB). */
  readonly uploadQuotaBytes?: number;
  /** API requests per client address, and writes per session (defaults: bursts of 300 and 60). */
  readonly rateLimits?: { readonly perAddress?: RateLimit; readonly perSession?: RateLimit };
  /** Mark the session cookie `Secure`: set it when the server is reached over TLS (`DVC_SECURE_COOKIES=1`). */
  readonly secureCookies?: boolean;
  /** How long a prefill token is valid, ms (default 2 hours). */
  readonly prefillTokenLifetimeMs?: number;
  /** Which CAs citizens' signing certificates must chain to; the demo CA (on by default). docs/security.md. */
  readonly signing?: SigningOptions;
  /** Where internal errors are reported: one line each, never a stack trace (default stderr). */
  readonly log?: (line: string) => void;
}

export interface DvcServer {
  readonly http: Server;
  readonly store: Store;
  /** Starts listening; resolves with the base URL (`http://127.0.0.1:PORT`). Port 0 picks a free one. */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

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

export async function createServer(options: ServerOptions): Promise<DvcServer> {
  registerVnFormats();
  const now = options.now ?? Date.now;
  const secret = options.secret ?? randomBytes(32).toString('base64url');
  const citizens = options.citizens ?? (await loadDefaultCitizens()).citizens;
  const store = options.store ?? (await openStore({ dataDir: options.dataDir, databaseUrl: options.databaseUrl }));
  const log = options.log ?? ((line: string) => console.error(line));
  const bodyLimits: BodyLimits = { ...defaultBodyLimits, ...options.bodyLimits };
  const maxUploadBytes = options.maxUploadBytes ?? 10 * 1024 * 1024;
  const context: ApiContext = {
    store,
    sessions: new Sessions(
      secret,
      now,
      options.prefillTokenLifetimeMs ?? 2 * 60 * 60 * 1000,
      options.secureCookies ?? false,
    ),
    officers: new OfficerSessions(secret, options.secureCookies ?? false),
    identity: new DemoIdentity(citizens),
    assisted: new AssistedFiling(secret, now),
    procedures: new ProcedureDirectory(options.proceduresDir),
    signing: await createSigningTrust(options.signing, now()),
    now,
    schedule: { ...defaultStatusSchedule, ...options.statusSchedule },
    bodyLimits,
    // base64 makes 3 bytes 4; the rest of the upload request is small.
    uploadLimits: { ...bodyLimits, maxBytes: Math.ceil(maxUploadBytes / 3) * 4 + 4096 },
    maxUploadBytes,
    uploadQuotaBytes: options.uploadQuotaBytes ?? 30 * 1024 * 1024,
    simulatePayments: options.simulatePayments ?? false,
    paymentAccount: options.paymentAccount ?? {
      bankBin: '970415',
      accountNumber: '1010000000001',
      accountName: 'DVC KIT DEMO',
    },
    failNextSubmissionResponse: options.failFirstSubmissionResponse ?? false,
  };
  const perAddress = new RateLimiter(options.rateLimits?.perAddress ?? { burst: 300, perSecond: 30 }, now);
  const perSession = new RateLimiter(options.rateLimits?.perSession ?? { burst: 60, perSecond: 2 }, now);

  function limit(limiter: RateLimiter, key: string): void {
    const taken = limiter.take(key);
    if (!taken.ok) throw new HttpProblem(429, 'rate-limited', {}, { 'retry-after': String(taken.retryAfterSeconds) });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
    } catch {
      throw new HttpProblem(400, 'bad-url');
    }
    let segments: string[];
    try {
      segments = url.pathname
        .split('/')
        .filter(Boolean)
        .map((segment) => decodeURIComponent(segment));
    } catch {
      throw new HttpProblem(400, 'bad-percent-encoding');
    }
    if (segments[0] !== 'api') return handleStatic(request, response, segments);

    limit(perAddress, request.socket.remoteAddress ?? 'unknown');
    const method = request.method ?? 'GET';
    let session: Session | undefined = context.sessions.fromCookie(request.headers.cookie);
    const isSignInOrOut = segments[1] === 'demo';
    if (!session && !isSignInOrOut) {
      // Every visitor gets a session on first contact; a write without one is refused below (and can be retried with it).
      const fresh = context.sessions.create();
      response.setHeader('set-cookie', context.sessions.setCookieHeader(fresh));
      if (method === 'GET' || method === 'HEAD') session = fresh;
    }
    if (session && method !== 'GET' && method !== 'HEAD') limit(perSession, session.id);
    await handleApi(context, { request, response, method, path: segments.slice(1), session });
  }

  async function handleStatic(request: IncomingMessage, response: ServerResponse, segments: string[]): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') throw new HttpProblem(405, 'method-not-allowed');
    if (!options.staticDir) throw new HttpProblem(404, 'not-found');
    const root = resolve(options.staticDir);
    if (segments.some((segment) => segment.includes('\0'))) throw new HttpProblem(400, 'bad-path');
    const candidate = normalize(join(root, ...segments));
    if (candidate !== root && !candidate.startsWith(root + sep)) throw new HttpProblem(404, 'not-found');
    let file = candidate;
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = join(file, 'index.html');
    else if (!info && extname(file) === '') file = join(root, 'index.html'); // the portal's own routes
    const body = await readFile(file).catch(() => undefined);
    if (!body) throw new HttpProblem(404, 'not-found');
    response.writeHead(200, {
      'content-type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  const http = createHttpServer({ requestTimeout: 60_000, headersTimeout: 20_000 }, (request, response) => {
    response.setHeader('content-security-policy', contentSecurityPolicy);
    response.setHeader('x-content-type-options', 'nosniff');
    response.setHeader('referrer-policy', 'same-origin');
    handle(request, response).catch((problem: unknown) => {
      // The connection may be gone already (a client that hung up, a test dropping it): nothing to answer.
      if (response.headersSent || response.writableEnded || response.destroyed) return;
      if (problem instanceof HttpProblem) return sendProblem(response, problem);
      const incident = randomId('E', 40);
      const name = problem instanceof Error ? `${problem.name}: ${problem.message}` : String(problem);
      log(
        `dvc-server: internal error ${incident} on ${request.method} ${(request.url ?? '').slice(0, 200)}: ${name.slice(0, 500)}`,
      );
      sendProblem(response, new HttpProblem(500, 'internal', { incident }));
    });
  });

  // Requests Node's parser refuses (bad header bytes, headers too large) get a problem+json answer too, never a bare 400.
  http.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    // A HEAD request's answer has no body (the request line is in the packet the parser refused).
    const head = (error as { rawPacket?: Buffer }).rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
    const text = head ? '' : JSON.stringify(problemBody(status, status === 431 ? 'headers-too-large' : 'bad-request'));
    socket.end(
      `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\ncontent-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`,
    );
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
          void store.close().then(() => resolveClose());
        });
      }),
  };
}
