import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** RFC 8785 canonical JSON: the one canonicalizer of the kit lives in `@dvc/schema` (the browser signs with it too). */
export { canonicalJson } from '@dvc/schema/canonical.js';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

export function hmac(secret: string, text: string): string {
  return createHmac('sha256', secret).update(text).digest('base64url');
}

export function safeEqual(left: string, right: string): boolean {
  const a = Buffer.from(left);
  const b = Buffer.from(right);
  return a.length === b.length && timingSafeEqual(a, b);
}
