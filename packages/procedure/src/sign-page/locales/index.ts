import { stringsRegistration } from '@dvc/core';
import { vi, type SignatureStrings } from './vi.js';

export { vi as signatureStringsVi, type SignatureStrings };

/** Adds the signature strings to the `dvc-procedure` namespace (English on first need). Idempotent. */
export const registerSignatureStrings: () => void = stringsRegistration({
  namespace: 'dvc-procedure',
  vi,
  later: { en: () => import('./en.js').then((module) => module.en) },
});
