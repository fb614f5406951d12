import { stringsRegistration, translate } from '@dvc/core/i18n.js';
import type { AdapterError } from '../errors.js';
import { vi, type ProcedureAdapterStrings } from './vi.js';

export { vi as procedureStringsVi, type ProcedureAdapterStrings };

/** The i18next namespace of `@dvc/procedure`'s strings. */
export const procedureStringsNamespace = 'dvc-procedure';

/** Adds `@dvc/procedure`'s adapter and payment strings to the kit's i18next instance (English on first need). Idempotent. */
export const registerProcedureStrings: () => void = stringsRegistration({
  namespace: procedureStringsNamespace,
  vi,
  later: { en: () => import('./en.js').then((module) => module.en) },
});

/** The message to show for an adapter error, in `language`. */
export function adapterErrorMessage(error: AdapterError, language: string): string {
  registerProcedureStrings();
  return translate(language, error.messageKey);
}
