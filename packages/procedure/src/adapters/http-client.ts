/**
 * The small JSON-over-fetch client behind the default HTTP adapters: retries with exponential
 * backoff and full jitter on network errors and 5xx (never on 4xx, which would fail the same way
 * again), honours an AbortSignal, validates every response with zod, and turns every failure
 * into an `AdapterError`. `fetch`, `sleep` and `random` are injectable for tests.
 */
import type * as z from '../zod.js';
import { AdapterError, isAbort, type ReportedProblem } from './errors.js';
import { issuePaths } from './types.js';

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;
export type SleepFunction = (milliseconds: number, signal?: AbortSignal) => Promise<void>;

export interface HttpOptions {
  /** Where the REST API lives, e.g. `https://portal.example.gov.vn/api/` or `/api/`. Paths are resolved against it. */
  readonly baseUrl: string;
  readonly fetch?: FetchFunction;
  readonly sleep?: SleepFunction;
  /** In [0, 1); the jitter source. */
  readonly random?: () => number;
  /** Attempts per request, including the first (default 4). */
  readonly maxAttempts?: number;
  /** First backoff ceiling in ms (default 300); it doubles each attempt up to `maxDelayMs`. */
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Extra headers on every request (e.g. a host's CSRF token). */
  readonly headers?: Readonly<Record<string, string>>;
  /** `fetch` credentials mode (default `same-origin`, so the portal's session cookie goes along). */
  readonly credentials?: RequestCredentials;
}

export interface JsonRequest<T> {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly schema: z.ZodMiniType<T>;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal | undefined;
  /** Status codes that are an answer rather than an error, mapped to a value (e.g. 401 → `null`). */
  readonly accept?: Readonly<Record<number, T>>;
}

export interface HttpClient {
  request<T>(request: JsonRequest<T>): Promise<T>;
}

/** `setTimeout` as a promise that rejects with an AbortError when `signal` aborts. */
export const defaultSleep: SleepFunction = (milliseconds, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** The wait before attempt `attempt + 1` (attempt counts from 1): full jitter over a doubling ceiling. */
export function backoffDelay(attempt: number, random: () => number, baseDelayMs: number, maxDelayMs: number): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

function resolveUrl(baseUrl: string, path: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const relative = path.replace(/^\/+/, '');
  // A relative base (`/api/`) is resolved against the page when there is one.
  const origin = typeof location === 'undefined' ? undefined : location.href;
  return /^[a-z][a-z\d+.-]*:/i.test(base) || origin
    ? new URL(relative, new URL(base, origin)).href
    : `${base}${relative}`;
}

async function readJson(response: Response): Promise<{ ok: true; value: unknown } | { ok: false }> {
  try {
    const text = await response.text();
    return { ok: true, value: text === '' ? undefined : (JSON.parse(text) as unknown) };
  } catch {
    return { ok: false };
  }
}

function reportedProblems(body: unknown): ReportedProblem[] {
  if (typeof body !== 'object' || body === null) return [];
  const list =
    (body as { errors?: unknown; mismatches?: unknown }).errors ?? (body as { mismatches?: unknown }).mismatches;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry): ReportedProblem[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { pointer, keyword, params } = entry as { pointer?: unknown; keyword?: unknown; params?: unknown };
    if (typeof pointer !== 'string') return [];
    return [
      {
        pointer,
        keyword: typeof keyword === 'string' ? keyword : 'mismatch',
        ...(typeof params === 'object' && params !== null ? { params: params as Record<string, unknown> } : {}),
      },
    ];
  });
}

function errorForStatus(status: number, body: unknown): AdapterError {
  const kind = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (status === 401 || status === 403) return new AdapterError('unauthorized', { status });
  if (status === 404) return new AdapterError('not-found', { status });
  if (status === 409) return new AdapterError('conflict', { status });
  if (status === 422)
    return new AdapterError(kind === 'prefill-mismatch' ? 'prefill-mismatch' : 'validation', {
      status,
      problems: reportedProblems(body),
    });
  return new AdapterError('rejected', { status });
}

export function createHttpClient(options: HttpOptions): HttpClient {
  const fetchImpl: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
  const baseDelayMs = options.baseDelayMs ?? 300;
  const maxDelayMs = options.maxDelayMs ?? 5000;

  return {
    async request<T>(request: JsonRequest<T>): Promise<T> {
      const url = resolveUrl(options.baseUrl, request.path);
      const headers: Record<string, string> = { accept: 'application/json', ...options.headers, ...request.headers };
      if (request.body !== undefined) headers['content-type'] = 'application/json';
      const init: RequestInit = {
        method: request.method,
        headers,
        credentials: options.credentials ?? 'same-origin',
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
        ...(request.signal ? { signal: request.signal } : {}),
      };
      let lastError: AdapterError | undefined;
      for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
        if (request.signal?.aborted) throw new AdapterError('aborted', { attempts: attempt - 1 });
        let response: Response;
        try {
          response = await fetchImpl(url, init);
        } catch (problem) {
          if (isAbort(problem) || request.signal?.aborted)
            throw new AdapterError('aborted', { attempts: attempt, cause: problem });
          lastError = new AdapterError('network', { attempts: attempt, cause: problem });
          await wait(attempt);
          continue;
        }
        if (response.status >= 500) {
          lastError = new AdapterError('server', { status: response.status, attempts: attempt });
          // Drain the body so the connection can be reused.
          await response.text().catch(() => undefined);
          await wait(attempt);
          continue;
        }
        const accepted = request.accept?.[response.status];
        if (accepted !== undefined) return accepted;
        const body = await readJson(response);
        if (!response.ok) throw errorForStatus(response.status, body.ok ? body.value : undefined);
        if (!body.ok) throw new AdapterError('invalid-response', { status: response.status, issues: ['(not JSON)'] });
        const parsed = request.schema.safeParse(body.value);
        if (!parsed.success)
          throw new AdapterError('invalid-response', { status: response.status, issues: issuePaths(parsed.error) });
        return parsed.data;
      }
      throw lastError ?? new AdapterError('network', { attempts: maxAttempts });

      async function wait(attempt: number): Promise<void> {
        if (attempt >= maxAttempts) return;
        try {
          await sleep(backoffDelay(attempt, random, baseDelayMs, maxDelayMs), request.signal);
        } catch (problem) {
          throw new AdapterError('aborted', { attempts: attempt, cause: problem });
        }
      }
    },
  };
}
