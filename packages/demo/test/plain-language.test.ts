/**
 * Plain language in the procedure files (issue 16): the English texts a citizen reads give
 * amounts as the journey does ("200.000 ₫", Intl vi-VN), never a second way ("200,000 VND").
 * `sources`/notes for maintainers are not shown and are not checked.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { proceduresDir } from './support/harness.js';

/** Every English text a citizen can see: `en` of localized texts and `x-i18n.en` (titles, options). */
function englishTexts(node: unknown, path = '', inEnglish = false): { path: string; text: string }[] {
  if (typeof node === 'string') return inEnglish ? [{ path, text: node }] : [];
  if (Array.isArray(node)) return node.flatMap((item, index) => englishTexts(item, `${path}/${index}`, inEnglish));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'sources' || key === 'notes' ? [] : englishTexts(value, `${path}/${key}`, inEnglish || key === 'en'),
  );
}

describe('procedure files: amounts in one format', () => {
  for (const file of readdirSync(proceduresDir).filter((name) => name.endsWith('.json'))) {
    it(file, () => {
      const definition = JSON.parse(readFileSync(join(proceduresDir, file), 'utf8')) as unknown;
      const second = englishTexts(definition).filter(({ text }) => /\d{1,3}(,\d{3})+\s*(VND|đồng|dong)/i.test(text));
      assert.deepEqual(second, [], 'write amounts as "200.000 ₫", as the journey formats them');
    });
  }
});
