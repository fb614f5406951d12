/**
 * Shared by the abuse suites (abuse-attacks, abuse-fuzz): a fixed-seed random source, a probe that
 * sends raw requests and records every answer that is not 2xx or a 4xx problem+json (and every
 * acknowledged submission), and the check that no stored record carries a locked value its
 * citizen's record does not give, or provenance the server did not earn.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyPrefill } from '@dvc/identity';
import { certificate, citizens, paid, raw, tempDir, proceduresDir } from './fixtures.js';

export type Answer = Awaited<ReturnType<typeof raw>>;

/** mulberry32: the same requests every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Server options for abuse runs: no rate limits in the way, small bodies and uploads. */
export function abuseOptions(): {
  dataDir: string;
  proceduresDir: string;
  simulatePayments: boolean;
  rateLimits: { perAddress: { burst: number; perSecond: number }; perSession: { burst: number; perSecond: number } };
  bodyLimits: { maxBytes: number };
  maxUploadBytes: number;
  uploadQuotaBytes: number;
} {
  const unlimited = { burst: 1_000_000, perSecond: 1000 };
  return {
    dataDir: tempDir(),
    proceduresDir: proceduresDir(),
    simulatePayments: true,
    rateLimits: { perAddress: unlimited, perSession: unlimited },
    bodyLimits: { maxBytes: 64_000 },
    maxUploadBytes: 20_000,
    uploadQuotaBytes: 60_000,
  };
}

export interface Probe {
  /** Sends one request and checks the answer's class; records acknowledged submissions. */
  send(label: string, request: Parameters<typeof raw>[1], options?: { socketErrorAllowed?: boolean }): Promise<Answer>;
  /** Reference → Idempotency-Key of every submission answered 201. */
  readonly acknowledged: Map<string, string>;
  /** Answers that were not 2xx or a 4xx problem+json without a stack trace. */
  readonly unexpected: string[];
  answered(): number;
}

export function probe(url: string): Probe {
  const acknowledged = new Map<string, string>();
  const unexpected: string[] = [];
  let answered = 0;
  /** Sends one request and checks the answer's class; records acknowledged submissions. */
  const send = async (
    label: string,
    request: Parameters<typeof raw>[1],
    { socketErrorAllowed = false } = {},
  ): Promise<Answer> => {
    const answer = await raw(url, request);
    answered += 1;
    if ('error' in answer) {
      if (!socketErrorAllowed) unexpected.push(`${label}: socket ${answer.error}`);
      return answer;
    }
    const ok = (answer.status >= 200 && answer.status < 300) || (answer.status >= 400 && answer.status < 500);
    if (!ok) unexpected.push(`${label}: ${answer.status} ${answer.text.slice(0, 200)}`);
    if (
      answer.status >= 400 &&
      String(request.path ?? '').startsWith('/api') &&
      answer.headers['content-type'] !== 'application/problem+json'
    ) {
      unexpected.push(`${label}: ${answer.status} without problem+json`);
    }
    if (/\bat [^\s]+:\d+:\d+/.test(answer.text)) unexpected.push(`${label}: stack trace in the answer`);
    if (request.path === '/api/submissions' && request.method === 'POST' && answer.status === 201) {
      const { reference } = JSON.parse(answer.text) as { reference: string };
      acknowledged.set(reference, String((request.headers ?? {})['idempotency-key']));
    }
    return answer;
  };
  return { send, acknowledged, unexpected, answered: () => answered };
}

export const statusOf = (answer: Answer): number => ('status' in answer ? answer.status : 0);

/** JSON request headers with a cookie and, when given, an Idempotency-Key. */
export const json = (cookie: string, key?: string): Record<string, string> => ({
  'content-type': 'application/json',
  cookie,
  ...(key ? { 'idempotency-key': key } : {}),
});

/** No stored record carries a locked value its citizen's record does not give, or unearned provenance. */
export function assertStoredRecordsHonest(dataDir: string): void {
  const schemas: Record<string, object> = {
    'test-certificate': certificate.dataSchema,
    'test-paid': paid.dataSchema,
  };
  for (const line of readFileSync(join(dataDir, 'events.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const event = JSON.parse(line) as {
      type: string;
      reference: string;
      procedureId: string;
      value: unknown;
      citizenId?: string;
      provenance: Record<string, { verified: boolean }>;
    };
    if (event.type !== 'submission') continue;
    const citizen = citizens.find((entry) => entry.id === event.citizenId);
    if (citizen)
      assert.ok(
        verifyPrefill({ value: event.value }, citizen.citizen, { schema: schemas[event.procedureId] ?? {} }).ok,
        event.reference,
      );
    else assert.deepEqual(event.provenance, {}, `${event.reference}: provenance without a verified citizen`);
    assert.notEqual(
      (event.provenance['/reason'] as { verified?: boolean } | undefined)?.verified,
      true,
      `${event.reference}: client provenance trusted`,
    );
  }
}
