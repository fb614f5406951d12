import { html, type TemplateResult } from 'lit';

/** A marker no translation contains: the interpolated name's index between two invisible separators. */
const marker = (index: number): string => `\u2063${index}\u2063`;

/**
 * A translated sentence whose names (an officer, a certificate's subject) are data, not page text: each is
 * rendered in `<span translate="no">`, so translation tools leave it as written and a page in English may
 * hold a Vietnamese name. `sentence` gets the names as markers and returns the translated text.
 */
export function sentenceWithNames(
  sentence: (names: Readonly<Record<string, string>>) => string,
  names: Readonly<Record<string, string>>,
): (string | TemplateResult)[] {
  const keys = Object.keys(names);
  const text = sentence(Object.fromEntries(keys.map((key, index) => [key, marker(index)])));
  return text
    .split(/\u2063(\d+)\u2063/)
    .map((part, index) =>
      index % 2 === 1 ? html`<span translate="no">${names[keys[Number(part)]!] ?? ''}</span>` : part,
    );
}
