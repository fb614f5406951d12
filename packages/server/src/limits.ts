/**
 * What one request may cost: body size, JSON nesting depth and value count (checked on the text
 * before it is parsed, so a 10 000-deep array never reaches a recursive walker), and request
 * rates per client address and per session (token buckets).
 */
import type { IncomingMessage } from 'node:http';
import { canonicalJson } from '@dvc/schema/canonical.js';
import { HttpProblem } from './problems.js';

export interface BodyLimits {
  /** Bytes. */
  readonly maxBytes: number;
  /** Nesting of objects and arrays. */
  readonly maxDepth: number;
  /** Object members plus array elements, counted over the whole document. */
  readonly maxValues: number;
}

export const defaultBodyLimits: BodyLimits = { maxBytes: 1_000_000, maxDepth: 32, maxValues: 20_000 };

/** Depth and value count of JSON text, scanning strings without parsing them. Iterative: any input is safe. */
export function jsonShape(text: string): { depth: number; values: number } {
  let depth = 0;
  let deepest = 0;
  let values = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index += 1;
      else if (code === 0x22) inString = false;
      continue;
    }
    if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      values += 1;
      if (depth > deepest) deepest = depth;
    } else if (code === 0x7d || code === 0x5d) depth -= 1;
    else if (code === 0x2c) values += 1;
  }
  return { depth: deepest, values };
}

/** The request's JSON body within `limits`, or a 4xx problem (never a thrown parser error). */
export async function readJsonBody(request: IncomingMessage, limits: BodyLimits): Promise<unknown> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpProblem(415, 'json-required');
  const tooLarge = (): HttpProblem =>
    new HttpProblem(413, 'too-large', { limitBytes: limits.maxBytes }, { connection: 'close' });
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    // Stop reading; the answer goes out with `Connection: close`, which ends the upload.
    if (size > limits.maxBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const shape = jsonShape(text);
  if (shape.depth > limits.maxDepth) throw new HttpProblem(400, 'too-deep', { limitDepth: limits.maxDepth });
  if (shape.values > limits.maxValues) throw new HttpProblem(413, 'too-many-values', { limitValues: limits.maxValues });
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
    // I-JSON (RFC 7493): no lone surrogates, which canonical JSON (hashes, signatures) cannot carry.
    canonicalJson(value);
  } catch {
    throw new HttpProblem(400, 'invalid-json');
  }
  return value;
}

export interface RateLimit {
  /** Requests allowed in a burst. */
  readonly burst: number;
  /** Requests added back per second. */
  readonly perSecond: number;
}

/** Token buckets by key (address or session); idle buckets are forgotten. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for `key`; `false` (and the seconds to wait) when the bucket is empty. */
  take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const now = this.now();
    if (this.buckets.size > 10_000) this.forgetIdle(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1)
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.limit.perSecond)) };
    bucket.tokens -= 1;
    return { ok: true };
  }

  private forgetIdle(now: number): void {
    for (const [key, bucket] of this.buckets)
      if (bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond >= this.limit.burst)
        this.buckets.delete(key);
  }
}
