import { expect } from '@open-wc/testing';

type Tree = { readonly [key: string]: string | Tree };

/** Every string of a nested table by its dotted key. */
export function flattenStrings(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [childKey, childValue] of flattenStrings(value, path)) entries.set(childKey, childValue);
  }
  return entries;
}

const placeholders = (text: string): string =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
    .map((match) => match[1])
    .sort()
    .join(',');

/** Vietnamese and English tables have the same keys and placeholders, no empty string, Vietnamese in NFC. */
export function expectLocaleParity(vi: object, en: object): void {
  const viStrings = flattenStrings(vi as Tree);
  const enStrings = flattenStrings(en as Tree);
  expect([...enStrings.keys()]).to.deep.equal([...viStrings.keys()]);
  for (const [key, text] of viStrings) {
    expect(text.trim(), key).not.to.equal('');
    expect(enStrings.get(key)?.trim(), key).not.to.equal('');
    expect(text, key).to.equal(text.normalize('NFC'));
    expect(placeholders(enStrings.get(key) ?? ''), key).to.equal(placeholders(text));
  }
}
