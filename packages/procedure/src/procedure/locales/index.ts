import { stringsRegistration } from '@dvc/core/i18n.js';
import { registerProcedureStrings } from '../../adapters/locales/index.js';
import { vi, type JourneyStrings } from './vi.js';

export { vi as journeyStringsVi, type JourneyStrings };

const registerOwnStrings = stringsRegistration({
  namespace: 'dvc-procedure',
  vi,
  later: { en: () => import('./en.js').then((module) => module.en) },
});

/** Adds the journey's strings to the `dvc-procedure` namespace (with the adapters' own; English on first need). Idempotent. */
export function registerJourneyStrings(): void {
  registerProcedureStrings();
  registerOwnStrings();
}
