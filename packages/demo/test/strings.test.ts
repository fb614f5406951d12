import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getI18n, translate } from '@dvc/core';
import { demoStringsEn, demoStringsNamespace, demoStringsVi, registerDemoStrings } from '../src/locales/index.js';
import { flattenStrings, localeParityProblems } from '../../../test/support/strings.js';

describe('@dvc/demo strings', () => {
  it('have the same keys and placeholders in Vietnamese and English, none empty', () => {
    assert.deepEqual(localeParityProblems(demoStringsVi, demoStringsEn), []);
    const vi = flattenStrings(demoStringsVi);
    assert.ok(vi.size > 40, `expected the portal's strings, got ${vi.size}`);
  });

  it('are registered in the dvc-demo namespace, Vietnamese text in NFC', () => {
    registerDemoStrings();
    assert.equal(demoStringsNamespace, 'dvc-demo');
    assert.equal(getI18n().hasResourceBundle('vi', 'dvc-demo'), true);
    for (const text of flattenStrings(demoStringsVi).values()) assert.equal(text, text.normalize('NFC'));
    assert.equal(translate('vi', 'dvc-demo:session.signedInAs', { name: 'Phạm Hùng' }), 'Đã đăng nhập: Phạm Hùng');
    assert.equal(translate('en', 'dvc-demo:session.signedInAs', { name: 'Phạm Hùng' }), 'Signed in as Phạm Hùng');
  });

  it('name every key the HTML pages use', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const source = new URL('../src/', import.meta.url);
    const vi = flattenStrings(demoStringsVi);
    const html = [
      readFileSync(new URL('layout.html', source), 'utf8'),
      ...readdirSync(new URL('pages/', source))
        .filter((name) => name.endsWith('.html'))
        .map((name) => readFileSync(new URL(`pages/${name}`, source), 'utf8')),
    ].join('\n');
    const keys = [...html.matchAll(/data-i18n(?:-aria-label)?="([^"]+)"/g)].map((match) => match[1] ?? '');
    assert.ok(keys.length > 10);
    for (const key of keys) assert.ok(vi.has(key), `missing string ${key}`);
  });
});
