import { addStrings } from '@dvc/core';
import { en } from './en.js';
import { vi, type AssistedStrings } from './vi.js';

export { vi as assistedStringsVi, en as assistedStringsEn, type AssistedStrings };

let registered = false;

/** Adds assisted filing's strings to the `dvc-procedure` namespace (beside the journey's own). Idempotent. */
export function registerAssistedStrings(): void {
  if (registered) return;
  registered = true;
  addStrings('vi', 'dvc-procedure', vi);
  addStrings('en', 'dvc-procedure', en);
}
