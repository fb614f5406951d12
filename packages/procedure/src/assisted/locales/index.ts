import { stringsRegistration } from '@dvc/core';
import { vi, type AssistedStrings } from './vi.js';

export { vi as assistedStringsVi, type AssistedStrings };

/** Adds assisted filing's strings to the `dvc-procedure` namespace (beside the journey's own; English on first need). Idempotent. */
export const registerAssistedStrings: () => void = stringsRegistration({
  namespace: 'dvc-procedure',
  vi,
  later: { en: () => import('./en.js').then((module) => module.en) },
});
