/** The JWS pieces both signers share: what is signed, and checking a returned JWS covers exactly that. */
import { base64url } from 'jose';
import { signedBytes } from '@dvc/schema/canonical.js';

/** The base64url payload segment a compact JWS over `content` (canonical JSON, RFC 8785) must carry. */
export function payloadSegment(content: unknown): string {
  return base64url.encode(signedBytes(content));
}

/** Whether compact JWS `jws` is attached and signs exactly `content`'s canonical bytes. */
export function jwsCoversContent(jws: string, content: unknown): boolean {
  const parts = jws.split('.');
  return parts.length === 3 && parts[1] === payloadSegment(content);
}
