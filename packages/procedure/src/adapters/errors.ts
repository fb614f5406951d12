/**
 * The one error type every adapter throws: a stable `code` the journey can branch on and a
 * string key (namespace `dvc-procedure`) it can show, never a raw exception or server text.
 */

export const adapterErrorCodes = [
  'network',
  'server',
  'invalid-response',
  'validation',
  'prefill-mismatch',
  'conflict',
  'not-found',
  'unauthorized',
  'rejected',
  'aborted',
  'timeout',
  'storage',
  'payment-failed',
  'signature-declined',
  'signature-failed',
] as const;

export type AdapterErrorCode = (typeof adapterErrorCodes)[number];

/** A field-level problem the server reported (HTTP 422), by JSON pointer into the submitted value. */
export interface ReportedProblem {
  readonly pointer: string;
  readonly keyword: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

export interface AdapterErrorDetails {
  /** HTTP status, when the error came from a response. */
  readonly status?: number;
  /** For `invalid-response`: where the response did not match what was expected, as `a.b[0]` paths. */
  readonly issues?: readonly string[];
  /** For `validation` / `prefill-mismatch`: the problems the server listed. */
  readonly problems?: readonly ReportedProblem[];
  /** How many attempts were made before giving up. */
  readonly attempts?: number;
  readonly cause?: unknown;
}

const camel = (code: string): string => code.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

export class AdapterError extends Error {
  readonly code: AdapterErrorCode;
  readonly status: number | undefined;
  readonly issues: readonly string[];
  readonly problems: readonly ReportedProblem[];
  readonly attempts: number | undefined;

  constructor(code: AdapterErrorCode, details: AdapterErrorDetails = {}) {
    super(
      `DVC adapter error: ${code}${details.status ? ` (HTTP ${details.status})` : ''}`,
      details.cause === undefined ? undefined : { cause: details.cause },
    );
    this.name = 'AdapterError';
    this.code = code;
    this.status = details.status;
    this.issues = details.issues ?? [];
    this.problems = details.problems ?? [];
    this.attempts = details.attempts;
  }

  /** The key of the message to show, in the `dvc-procedure` namespace: `dvc-procedure:error.invalidResponse`. */
  get messageKey(): string {
    return `dvc-procedure:error.${camel(this.code)}`;
  }

  /** Whether trying again later may succeed (the citizen's answers are kept either way). */
  get retryable(): boolean {
    return this.code === 'network' || this.code === 'server' || this.code === 'timeout';
  }
}

export function isAdapterError(value: unknown): value is AdapterError {
  return value instanceof AdapterError;
}

/** Any thrown value as an `AdapterError` (unknown failures count as `network` only when fetch says so). */
export function toAdapterError(problem: unknown, fallback: AdapterErrorCode): AdapterError {
  if (problem instanceof AdapterError) return problem;
  if (isAbort(problem)) return new AdapterError('aborted', { cause: problem });
  return new AdapterError(fallback, { cause: problem });
}

export function isAbort(problem: unknown): boolean {
  return typeof problem === 'object' && problem !== null && (problem as { name?: unknown }).name === 'AbortError';
}
