/** The command line's strings, through its own i18next instance (never a global one). */
import i18next, { type i18n as I18nInstance, type TOptions } from 'i18next';
import { en } from './locales/en.js';
import { vi } from './locales/vi.js';

export const cliNamespace = 'dvc-cli';
export const cliLanguages = ['vi', 'en'] as const;
export type CliLanguage = (typeof cliLanguages)[number];

let instance: I18nInstance | undefined;

function i18n(): I18nInstance {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: { vi: { [cliNamespace]: vi }, en: { [cliNamespace]: en } },
      lng: 'vi',
      fallbackLng: 'vi',
      ns: [cliNamespace],
      defaultNS: cliNamespace,
      // Output is plain text or JSON, never HTML: the preview page escapes what it shows.
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
  }
  return instance;
}

export function isCliLanguage(value: unknown): value is CliLanguage {
  return (cliLanguages as readonly unknown[]).includes(value);
}

/** `key` (e.g. `rules.fieldTitle`) in `language`. */
export function t(language: CliLanguage, key: string, options: TOptions = {}): string {
  return i18n().t(key, { ...options, lng: language });
}
