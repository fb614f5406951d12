import { addStrings } from '@dvc/core';
import { registerProcedureStrings } from '../../adapters/locales/index.js';
import { en } from './en.js';
import { vi, type JourneyStrings } from './vi.js';

export { vi as journeyStringsVi, en as journeyStringsEn, type JourneyStrings };

let registered = false;

/** Adds the journey's strings to the `dvc-procedure` namespace (with the adapters' own). Idempotent. */
export function registerJourneyStrings(): void {
  registerProcedureStrings();
  if (registered) return;
  registered = true;
  addStrings('vi', 'dvc-procedure', vi);
  addStrings('en', 'dvc-procedure', en);
}
