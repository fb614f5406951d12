import i18next, { type i18n as I18nInstance, type TOptions } from 'i18next';
import { vi } from '../locales/vi.js';
import { LanguageLoaders, type StringsLoader } from './language-loaders.js';

export const defaultLanguage = 'vi';
export const supportedLanguages = ['vi', 'en'] as const;
export type SupportedLanguage = (typeof supportedLanguages)[number];

/** The namespace of this package's strings; later packages add their own with `addStrings`. */
export const coreNamespace = 'dvc';

let instance: I18nInstance | undefined;

/**
 * The languages other than Vietnamese load on first need (ADR 0020): in a browser when an element
 * is to show one; elsewhere (a server, a script) as soon as they are registered.
 */
const languageLoaders = new LanguageLoaders(
  (language, namespace, strings) => addStrings(language, namespace, strings),
  typeof document === 'undefined',
);

/**
 * The kit's own i18next instance, created on first use so importing a package has no side
 * effects, and never the host page's global i18next.
 */
export function getI18n(): I18nInstance {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: { vi: { [coreNamespace]: vi } },
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
    addLazyStrings('en', coreNamespace, () => import('../locales/en.js').then((module) => module.en));
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

/**
 * Registers strings of `language` (not Vietnamese, which every package adds at once with
 * `addStrings`) that load on first need. `part` names them when several modules add to one
 * namespace; registering a part again does nothing.
 */
export function addLazyStrings(language: string, namespace: string, load: StringsLoader, part = namespace): void {
  languageLoaders.add(language, namespace, part, load);
}

/** The strings of a namespace: Vietnamese at once, each other language behind a loader (`import('./en.js')`). */
export interface NamespaceStrings {
  readonly namespace: string;
  readonly vi: object;
  readonly later: Readonly<Record<string, StringsLoader>>;
}

let registrations = 0;

/**
 * A package's idempotent registration of its strings: Vietnamese (the default, and what any
 * missing translation falls back to, so no raw key ever shows) at once, the others on first need.
 */
export function stringsRegistration({ namespace, vi, later }: NamespaceStrings): () => void {
  const part = `${namespace}#${(registrations += 1)}`;
  let registered = false;
  return () => {
    if (registered) return;
    registered = true;
    addStrings(defaultLanguage, namespace, vi);
    for (const [language, load] of Object.entries(later)) addLazyStrings(language, namespace, load, part);
  };
}

/**
 * Loads every registered string of `language` not loaded yet. Resolves true once all arrived,
 * false if a part failed (a console warning says which; translations fall back to Vietnamese).
 * Never rejects. An element's `LocaleController` calls it; a page that starts in English, or code
 * that translates outside an element, can call it early.
 */
export function loadLanguage(language: string): Promise<boolean> {
  getI18n();
  return languageLoaders.load(language);
}

/**
 * Loads the strings not loaded yet of every language something asked for: a lazy chunk that registers strings calls
 * it, so they are there in the page's languages when the chunk's code runs. Never rejects (as `loadLanguage`).
 */
export function loadAskedLanguages(): Promise<boolean> {
  getI18n();
  return languageLoaders.loadAsked();
}

/** Whether every registered string of `language` has loaded (always true for Vietnamese). */
export function isLanguageLoaded(language: string): boolean {
  getI18n();
  return languageLoaders.isLoaded(language);
}

/** Calls `listener` with the language each time some of its strings arrive; returns the unsubscribe function. */
export function onStringsLoaded(listener: (language: string) => void): () => void {
  return languageLoaders.onLoaded(listener);
}

/** Maps any BCP 47 tag to a language the kit has, falling back to Vietnamese. */
export function normalizeLanguage(tag: string | null | undefined): string {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (!primary) return defaultLanguage;
  const i18n = getI18n();
  return i18n.hasResourceBundle(primary, coreNamespace) || languageLoaders.has(primary) ? primary : defaultLanguage;
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
