/** A fresh idempotency key: create ONE per submission and reuse it for every retry of it. */
export function createIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}
