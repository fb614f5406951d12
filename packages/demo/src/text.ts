import { translate } from '@dvc/core';
import { registerDemoStrings, demoStringsNamespace } from './locales/index.js';
import type { PortalLanguage } from './language.js';

type TranslateOptions = NonNullable<Parameters<typeof translate>[2]>;

registerDemoStrings();

/** The current page language (what `<html lang>` says). */
export function pageLanguage(): PortalLanguage {
  return document.documentElement.lang === 'en' ? 'en' : 'vi';
}

/** A portal string in the page language. */
export function t(key: string, options: TranslateOptions = {}): string {
  return translate(pageLanguage(), `${demoStringsNamespace}:${key}`, options);
}

/** Text from a definition or the server: a plain string, or `{ vi, en? }` (English falls back to Vietnamese). */
export type Localized = string | { readonly vi: string; readonly en?: string | undefined };

export function localized(text: Localized | undefined | null, language: PortalLanguage = pageLanguage()): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  return (language === 'en' ? text.en : undefined) ?? text.vi;
}

/** The language a localized text is actually in (for a `lang` attribute when English falls back to Vietnamese). */
export function localizedLanguage(
  text: Localized | undefined | null,
  language: PortalLanguage = pageLanguage(),
): PortalLanguage {
  return language === 'en' && text && typeof text === 'object' && !text.en ? 'vi' : language;
}
