import { expect } from '@open-wc/testing';
import { getI18n, loadLanguage, translate } from '@dvc/core';
import { addressStringsNamespace, addressStringsVi, registerAddressStrings } from './index.js';
import { en as addressStringsEn } from './en.js';
import { flattenStrings, localeParityProblems } from '../../../../test/support/strings.js';

describe('@dvc/address strings', () => {
  it('have the same keys and placeholders in Vietnamese and English, none empty', () => {
    expect(localeParityProblems(addressStringsVi, addressStringsEn)).to.deep.equal([]);
  });

  it('are registered in the dvc-address namespace, Vietnamese text in NFC, English on first need', async () => {
    registerAddressStrings();
    expect(await loadLanguage('en')).to.equal(true);
    expect(addressStringsNamespace).to.equal('dvc-address');
    expect(getI18n().hasResourceBundle('vi', 'dvc-address')).to.equal(true);
    for (const text of flattenStrings(addressStringsVi).values()) expect(text).to.equal(text.normalize('NFC'));
    expect(translate('vi', 'dvc-address:validation.communeMissing')).to.equal('Chọn xã, phường');
    expect(translate('en', 'dvc-address:results', { count: 1 })).to.equal('1 result available');
    expect(translate('en', 'dvc-address:results', { count: 126 })).to.equal('126 results available');
    expect(translate('vi', 'dvc-address:legacy', { address: 'Xã Tam Hiệp, Huyện Yên Thế, Tỉnh Bắc Giang' })).to.equal(
      'Địa chỉ cũ: Xã Tam Hiệp, Huyện Yên Thế, Tỉnh Bắc Giang',
    );
  });
});
