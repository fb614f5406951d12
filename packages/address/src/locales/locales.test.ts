import { expect } from '@open-wc/testing';
import { getI18n, translate } from '@dvc/core';
import { addressStringsEn, addressStringsNamespace, addressStringsVi, registerAddressStrings } from './index.js';

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

describe('@dvc/address strings', () => {
  it('have the same keys and placeholders in Vietnamese and English, none empty', () => {
    const vi = flatten(addressStringsVi);
    const en = flatten(addressStringsEn);
    expect([...en.keys()]).to.deep.equal([...vi.keys()]);
    for (const [key, text] of vi) {
      expect(text.trim(), key).not.to.equal('');
      expect(placeholders(en.get(key) ?? ''), key).to.equal(placeholders(text));
    }
  });

  it('are registered in the dvc-address namespace, Vietnamese text in NFC', () => {
    registerAddressStrings();
    expect(addressStringsNamespace).to.equal('dvc-address');
    expect(getI18n().hasResourceBundle('vi', 'dvc-address')).to.equal(true);
    for (const text of flatten(addressStringsVi).values()) expect(text).to.equal(text.normalize('NFC'));
    expect(translate('vi', 'dvc-address:validation.communeMissing')).to.equal('Chọn xã, phường');
    expect(translate('en', 'dvc-address:results', { count: 1 })).to.equal('1 result available');
    expect(translate('en', 'dvc-address:results', { count: 126 })).to.equal('126 results available');
    expect(translate('vi', 'dvc-address:legacy', { address: 'Xã Tam Hiệp, Huyện Yên Thế, Tỉnh Bắc Giang' })).to.equal('Địa chỉ cũ: Xã Tam Hiệp, Huyện Yên Thế, Tỉnh Bắc Giang');
  });
});
