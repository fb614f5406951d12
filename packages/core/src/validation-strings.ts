import { coreNamespace, stringsRegistration } from './i18n/i18n.js';
import { validationVi } from './locales/validation-vi.js';

/**
 * Registers the controls' validation messages (`validation.*` of the `dvc` namespace): Vietnamese now, English on
 * first need. Idempotent. Every module that words a control's validation failure calls it first (the controls'
 * base `DvcFormControl`, `<dvc-form>`'s validator chunk), so no raw key ever shows.
 */
export const registerValidationStrings: () => void = stringsRegistration({
  namespace: coreNamespace,
  vi: validationVi,
  later: { en: () => import('./locales/validation-en.js').then((module) => module.validationEn) },
});
