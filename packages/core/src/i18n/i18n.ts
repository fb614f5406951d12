import i18next, { type i18n as I18nInstance, type TOptions } from 'i18next';
import { en } from '../locales/en.js';
import { vi } from '../locales/vi.js';

export const defaultLanguage = 'vi';
export const supportedLanguages = ['vi', 'en'] as const;
export type SupportedLanguage = (typeof supportedLanguages)[number];

/** The namespace of this package's strings; later packages add their own with `addStrings`. */
export const coreNamespace = 'dvc';

let instance: I18nInstance | undefined;

/**
 * The kit's own i18next instance, created on first use so importing a package has no side
 * effects, and never the host page's global i18next.
 */
export function getI18n(): I18nInstance {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: { vi: { [coreNamespace]: vi }, en: { [coreNamespace]: en } },
      lng: defaultLanguage,
      fallbackLng: defaultLanguage,
      ns: [coreNamespace],
      defaultNS: coreNamespace,
      // Lit escapes text on render; strings are never parsed as HTML, so no second escaping.
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
    // Any change to the strings (addStrings, or a bundle added through the instance) drops the memo.
    instance.store.on('added', clearTranslations);
    instance.store.on('removed', clearTranslations);
  }
  return instance;
}

/**
 * Translations already made, by language, key and options. A form of 2,000 fields asks for the
 * same few strings ("bắt buộc", "Lỗi:"…) thousands of times; i18next resolves each from scratch.
 */
const translations = new Map<string, string>();
/** Bounds the memo: labels make many keys unique, and a long session must not grow without end. */
const maxTranslations = 5000;

function clearTranslations(): void {
  translations.clear();
}

/** A memo key for options made of strings, numbers and booleans only; `undefined` (not memoised) otherwise. */
function memoKey(language: string, key: string, options: TOptions): string | undefined {
  let memo = `${language}\u0000${key}`;
  for (const name in options) {
    const value: unknown = options[name];
    const type = typeof value;
    if (type !== 'string' && type !== 'number' && type !== 'boolean') return undefined;
    memo += `\u0000${name}\u0001${type.charAt(0)}${String(value)}`;
  }
  return memo;
}

/** Adds (or extends) a namespace of strings for one language. */
export function addStrings(language: string, namespace: string, strings: object): void {
  getI18n().addResourceBundle(language, namespace, strings, true, true);
}

/** Maps any BCP 47 tag to a language the kit has, falling back to Vietnamese. */
export function normalizeLanguage(tag: string | null | undefined): string {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return primary && getI18n().hasResourceBundle(primary, coreNamespace) ? primary : defaultLanguage;
}

/** Translates `key` in `language`. `{{Label}}` is offered capitalised, `{{label}}` as written mid-sentence. */
export function translate(language: string, key: string, options: TOptions = {}): string {
  const i18n = getI18n();
  const memo = memoKey(language, key, options);
  const known = memo === undefined ? undefined : translations.get(memo);
  if (known !== undefined) return known;
  const label = typeof options['label'] === 'string' ? options['label'] : undefined;
  const extra = label === undefined ? {} : { label: labelInSentence(label), Label: capitalise(label) };
  const text = i18n.t(key, { ...options, ...extra, lng: language });
  if (memo !== undefined) {
    if (translations.size >= maxTranslations) translations.clear();
    translations.set(memo, text);
  }
  return text;
}

/** "Họ và tên" reads "họ và tên" inside a sentence; acronyms such as "CCCD" stay as they are. */
export function labelInSentence(label: string): string {
  const [first, second] = [label.charAt(0), label.charAt(1)];
  return second && second === second.toLowerCase() ? first.toLowerCase() + label.slice(1) : label;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
