import { stringsRegistration } from '@dvc/core/i18n.js';
import { consentVi } from './consent-vi.js';

/**
 * Registers the identity consent's strings (namespace `dvc-form`): Vietnamese now, English on first need. The
 * identity prefill's chunk carries them (`identity-module.ts`), so a form without an identity never downloads them.
 */
export const registerConsentStrings: () => void = stringsRegistration({
  namespace: 'dvc-form',
  vi: consentVi,
  later: { en: () => import('./consent-en.js').then((module) => module.consentEn) },
});
