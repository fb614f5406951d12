import { expect } from '@open-wc/testing';
import { getI18n, loadLanguage, translate } from '@dvc/core';
import { formStringsNamespace, formStringsVi, registerFormStrings } from './index.js';
import { en as formStringsEn } from './en.js';
import { flattenStrings, localeParityProblems } from '../../../../test/support/strings.js';

describe('@dvc/form strings', () => {
  it('have the same keys and placeholders in Vietnamese and English, none empty', () => {
    expect(localeParityProblems(formStringsVi, formStringsEn)).to.deep.equal([]);
  });

  it('are registered in the dvc-form namespace, Vietnamese text in NFC, English on first need', async () => {
    registerFormStrings();
    expect(await loadLanguage('en')).to.equal(true);
    expect(formStringsNamespace).to.equal('dvc-form');
    expect(getI18n().hasResourceBundle('vi', 'dvc-form')).to.equal(true);
    for (const text of flattenStrings(formStringsVi).values()) expect(text).to.equal(text.normalize('NFC'));
    expect(translate('vi', 'dvc-form:format.vnPersonalIdDigits', { label: 'Số định danh cá nhân' })).to.equal(
      'Số định danh cá nhân phải gồm 12 chữ số',
    );
    expect(translate('en', 'dvc-form:format.vnPersonalIdDigits', { label: 'personal ID number' })).to.equal(
      'Personal ID number must be 12 digits',
    );
  });
});
