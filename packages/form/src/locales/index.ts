import { stringsRegistration } from '@dvc/core/i18n.js';
import { vi, type FormStrings } from './vi.js';

export { vi as formStringsVi, type FormStrings };

/** The i18next namespace of `@dvc/form`'s strings. */
export const formStringsNamespace = 'dvc-form';

/** Adds `@dvc/form`'s strings to the kit's i18next instance: Vietnamese now, English on first need. Idempotent. */
export const registerFormStrings: () => void = stringsRegistration({
  namespace: formStringsNamespace,
  vi,
  later: { en: () => import('./en.js').then((module) => module.en) },
});
