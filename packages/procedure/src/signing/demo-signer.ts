/**
 * The demo portal's signer: a P-256 key made in the browser with WebCrypto (never extractable),
 * a certificate for it from the demo server's CA (`POST demo/signing/certificate`), and a
 * compact JWS (ES256, `x5c` = the chain) over the RFC 8785 canonical signed content, made with
 * `jose`. It signs at once: there is no phone to wait for. Never use it for real signatures.
 */
import { CompactSign } from 'jose';
import { signedBytes } from '@dvc/schema/canonical.js';
import { AdapterError, toAdapterError } from '../adapters/errors.js';
import { createHttpClient, type HttpClient, type HttpOptions } from '../adapters/http-client.js';
import type { SignatureResult, Signer, SignOptions } from '../adapters/types.js';
import * as z from '../zod.js';

const certificateResponseSchema = z.object({
  certificateChain: z.array(z.string().check(z.regex(/^[A-Za-z0-9+/]+={0,2}$/))).check(z.minLength(1)),
});

interface SigningKey {
  readonly privateKey: CryptoKey;
  readonly certificateChain: readonly string[];
}

export interface DemoSignerOptions {
  /** The clock `signedAt` is read from. */
  readonly now?: () => number;
}

/** A `Signer` over the demo server (same `HttpOptions` as the other HTTP adapters, e.g. `{ baseUrl: '/api/' }`). */
export function createDemoSigner(http: HttpOptions | HttpClient, options: DemoSignerOptions = {}): Signer {
  const client = 'request' in http ? http : createHttpClient(http);
  const now = options.now ?? Date.now;
  // One key and certificate per signer, renewed after an hour (demo certificates last a day);
  // a failed attempt is forgotten so the next one starts afresh.
  let key: Promise<SigningKey> | undefined;
  let keyMadeAt = 0;

  async function newKey(signal: AbortSignal | undefined): Promise<SigningKey> {
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
    const { certificateChain } = await client.request({
      method: 'POST',
      path: 'demo/signing/certificate',
      schema: certificateResponseSchema,
      body: { publicKey: { kty, crv, x, y } },
      signal,
    });
    return { privateKey: pair.privateKey, certificateChain };
  }

  return {
    async sign(content: unknown, { signal }: SignOptions = {}): Promise<SignatureResult> {
      if (signal?.aborted) throw new AdapterError('aborted');
      try {
        if (!key || now() - keyMadeAt > 60 * 60 * 1000) {
          key = newKey(signal);
          keyMadeAt = now();
        }
        const { privateKey, certificateChain } = await key;
        const signature = await new CompactSign(signedBytes(content))
          .setProtectedHeader({ alg: 'ES256', x5c: [...certificateChain] })
          .sign(privateKey);
        if (signal?.aborted) throw new AdapterError('aborted');
        return { signature, certificateChain, signedAt: new Date(now()).toISOString() };
      } catch (problem) {
        key = undefined;
        throw toAdapterError(problem, 'signature-failed');
      }
    },
  };
}
