/** The portal's language: Vietnamese by default, the citizen's choice kept in localStorage. */
export const portalLanguages = ['vi', 'en'] as const;
export type PortalLanguage = (typeof portalLanguages)[number];

const storageKey = 'dvc-demo-language';

function isPortalLanguage(value: unknown): value is PortalLanguage {
  return typeof value === 'string' && (portalLanguages as readonly string[]).includes(value);
}

/** The stored choice, or Vietnamese. Storage can be refused (private mode): then the default. */
export function storedLanguage(): PortalLanguage {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return isPortalLanguage(stored) ? stored : 'vi';
  } catch {
    return 'vi';
  }
}

export function storeLanguage(language: PortalLanguage): void {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // The choice then lasts for this page only.
  }
}

/** Sets `<html lang>`, which every DVC Kit element follows live (the nearest [lang] wins). */
export function applyLanguage(language: PortalLanguage): void {
  document.documentElement.lang = language;
}
