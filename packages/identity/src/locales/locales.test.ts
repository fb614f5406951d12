import { expect } from '@open-wc/testing';
import { getI18n, loadLanguage, translate } from '@dvc/core';
import { identityProblemKeys } from '../problems.js';
import { identitySources } from '../citizen.js';
import { identityStringsNamespace, identityStringsVi, registerIdentityStrings } from './index.js';
import { en as identityStringsEn } from './en.js';
import { flattenStrings, localeParityProblems } from '../../../../test/support/strings.js';

describe('@dvc/identity strings', () => {
  it('have the same keys and placeholders in Vietnamese and English, none empty', () => {
    expect(localeParityProblems(identityStringsVi, identityStringsEn)).to.deep.equal([]);
  });

  it('have a message for every problem and a description for every source', () => {
    const vi = flattenStrings(identityStringsVi);
    for (const key of identityProblemKeys) expect(vi.has(`problem.${key}`), key).to.equal(true);
    for (const source of identitySources) {
      for (const group of ['verifiedFrom', 'prefilledFrom', 'source'])
        expect(vi.has(`${group}.${source}`), `${group}.${source}`).to.equal(true);
    }
  });

  it('are registered in the dvc-identity namespace, Vietnamese text in NFC, English on first need', async () => {
    registerIdentityStrings();
    expect(await loadLanguage('en')).to.equal(true);
    expect(identityStringsNamespace).to.equal('dvc-identity');
    expect(getI18n().hasResourceBundle('vi', 'dvc-identity')).to.equal(true);
    for (const text of flattenStrings(identityStringsVi).values()) expect(text).to.equal(text.normalize('NFC'));
    expect(translate('vi', 'dvc-identity:verifiedFrom.vneid')).to.equal(
      'Đã xác thực từ Cơ sở dữ liệu quốc gia về dân cư',
    );
    expect(translate('en', 'dvc-identity:verifiedFrom.vneid')).to.equal(
      'Verified from the National Population Database',
    );
    expect(translate('vi', 'dvc-identity:verified')).to.equal('Đã xác thực');
    expect(translate('vi', 'dvc-identity:prefilledFrom.vneid')).to.equal(
      'Lấy từ tài khoản định danh điện tử VNeID, bạn có thể sửa',
    );
  });
});
