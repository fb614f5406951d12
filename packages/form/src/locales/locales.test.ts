import { expect } from '@open-wc/testing';
import { getI18n, translate } from '@dvc/core';
import { formStringsEn, formStringsNamespace, formStringsVi, registerFormStrings } from './index.js';

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

describe('@dvc/form strings', () => {
  it('have the same keys and placeholders in Vietnamese and English, none empty', () => {
    const vi = flatten(formStringsVi);
    const en = flatten(formStringsEn);
    expect([...en.keys()]).to.deep.equal([...vi.keys()]);
    for (const [key, text] of vi) {
      expect(text.trim(), key).not.to.equal('');
      expect(placeholders(en.get(key) ?? ''), key).to.equal(placeholders(text));
    }
  });

  it('are registered in the dvc-form namespace, Vietnamese text in NFC', () => {
    registerFormStrings();
    expect(formStringsNamespace).to.equal('dvc-form');
    expect(getI18n().hasResourceBundle('vi', 'dvc-form')).to.equal(true);
    for (const text of flatten(formStringsVi).values()) expect(text).to.equal(text.normalize('NFC'));
    expect(translate('vi', 'dvc-form:format.vnPersonalIdDigits', { label: 'Số định danh cá nhân' })).to.equal('Số định danh cá nhân phải gồm 12 chữ số');
    expect(translate('en', 'dvc-form:format.vnPersonalIdDigits', { label: 'personal ID number' })).to.equal('Personal ID number must be 12 digits');
  });
});
