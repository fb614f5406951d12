/**
 * Errors as RFC 9457 problem details (`application/problem+json`). Every refusal the server makes
 * is one of these: a stable `type` per problem, the HTTP `status`, a short `title`, and the
 * problem's own members. `error` repeats the code for clients written before problem+json.
 */
import type { ServerResponse } from 'node:http';

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
  }
}

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in or no session',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Content too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal error',
};

export function problemBody(
  status: number,
  code: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { type: `urn:dvc-kit:problem:${code}`, title: titles[status] ?? 'Error', status, error: code, ...extra };
}

export function sendProblem(response: ServerResponse, problem: HttpProblem): void {
  for (const [name, value] of Object.entries(problem.headers)) response.setHeader(name, value);
  send(response, problem.status, problemBody(problem.status, problem.code, problem.extra), 'application/problem+json');
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  send(response, status, body, 'application/json; charset=utf-8');
}

function send(response: ServerResponse, status: number, body: unknown, type: string): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  response.end(text);
}
