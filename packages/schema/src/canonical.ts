/**
 * The one JSON canonicalization of the kit (RFC 8785, JSON Canonicalization Scheme): object keys
 * sorted by UTF-16 code units, numbers in ECMAScript's shortest form, strings with JSON's minimal
 * escaping, no whitespace. Equal data always gives equal text, in the browser and in Node, so a
 * signature made over it in the browser can be checked byte for byte on the server.
 */
import canonicalize from 'canonicalize';

/** RFC 8785 canonical JSON of `value`. Throws a `TypeError` for what JSON cannot carry (NaN, Infinity, lone surrogates, `undefined` at the top). */
export function canonicalJson(value: unknown): string {
  let text: string | undefined;
  try {
    text = canonicalize(value);
  } catch (problem) {
    throw new TypeError(`Not canonical JSON: ${problem instanceof Error ? problem.message : String(problem)}`);
  }
  if (text === undefined) throw new TypeError('Not canonical JSON: no JSON value');
  return text;
}

/** The parts of a submission a citizen signs. */
export interface SignableSubmission {
  readonly procedureId: string;
  readonly value: unknown;
  readonly documents?: readonly unknown[] | undefined;
}

/** What is signed: `{ procedureId, value, documents }` of the submission, `documents` left out when there are none. */
export interface SignedContent {
  readonly procedureId: string;
  readonly value: unknown;
  readonly documents?: readonly unknown[];
}

/**
 * The signed content of a submission (docs/rest-api.md, "Signing"): the browser signs
 * `canonicalJson(signedContent(payload))`, the server recomputes it from what it received and
 * compares the bytes. Everything else on the payload (provenance, tokens, payment) is not signed.
 */
export function signedContent(payload: SignableSubmission): SignedContent {
  const documents = payload.documents ?? [];
  return {
    procedureId: payload.procedureId,
    value: payload.value,
    ...(documents.length > 0 ? { documents } : {}),
  };
}

/** The UTF-8 bytes a signature covers: the canonical JSON of the signed content. */
export function signedBytes(content: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalJson(content));
}
