import { addStrings, translate } from '@dvc/core';
import type { AdapterError } from '../errors.js';
import { en } from './en.js';
import { vi, type ProcedureAdapterStrings } from './vi.js';

export { vi as procedureStringsVi, en as procedureStringsEn, type ProcedureAdapterStrings };

/** The i18next namespace of `@dvc/procedure`'s strings. */
export const procedureStringsNamespace = 'dvc-procedure';

/** Adds `@dvc/procedure`'s adapter and payment strings (Vietnamese and English) to the kit's i18next instance. Idempotent. */
export function registerProcedureStrings(): void {
  addStrings('vi', procedureStringsNamespace, vi);
  addStrings('en', procedureStringsNamespace, en);
}

/** The message to show for an adapter error, in `language`. */
export function adapterErrorMessage(error: AdapterError, language: string): string {
  registerProcedureStrings();
  return translate(language, error.messageKey);
}
