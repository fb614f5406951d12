import { stringsRegistration } from '@dvc/core/i18n.js';
import { messagesVi } from './messages-vi.js';

/**
 * Registers `<dvc-form>`'s validation messages (namespace `dvc-form`): Vietnamese now, English on first need. The
 * validator's chunk calls it (`validator-module.ts`), so the messages are not in the form's first download.
 */
export const registerMessageStrings: () => void = stringsRegistration({
  namespace: 'dvc-form',
  vi: messagesVi,
  later: { en: () => import('./messages-en.js').then((module) => module.messagesEn) },
});
