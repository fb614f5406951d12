import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../src/locales/en.js';
import { vi } from '../src/locales/vi.js';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [childKey, childValue] of flatten(value, path)) entries.set(childKey, childValue);
  }
  return entries;
}

const placeholders = (text: string): string => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort().join(',');

describe('dvc-cli strings', () => {
  it('have the same keys and placeholders in Vietnamese and English, none empty, Vietnamese in NFC', () => {
    const viStrings = flatten(vi);
    const enStrings = flatten(en);
    assert.deepEqual([...enStrings.keys()], [...viStrings.keys()]);
    assert.ok(viStrings.size > 80);
    for (const [key, text] of viStrings) {
      assert.notEqual(text.trim(), '', key);
      assert.notEqual(enStrings.get(key)!.trim(), '', key);
      assert.equal(placeholders(enStrings.get(key)!), placeholders(text), key);
      assert.equal(text, text.normalize('NFC'), key);
    }
  });
});
