import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../src/locales/en.js';
import { vi } from '../src/locales/vi.js';
import { flattenStrings, localeParityProblems } from '../../../test/support/strings.js';

describe('dvc-cli strings', () => {
  it('have the same keys and placeholders in Vietnamese and English, none empty, Vietnamese in NFC', () => {
    assert.deepEqual(localeParityProblems(vi, en), []);
    assert.ok(flattenStrings(vi).size > 80);
  });
});
