import { expect } from '@open-wc/testing';
import { loadLanguage, translate } from '@dvc/core';
import { localeParityProblems } from '../../../../../test/support/strings.js';
import { registerSignatureStrings, signatureStringsVi } from './index.js';
import { en as signatureStringsEn } from './en.js';

describe('signature strings', () => {
  it('have the same keys and placeholders in Vietnamese and English, none empty', () => {
    expect(localeParityProblems(signatureStringsVi, signatureStringsEn)).to.deep.equal([]);
  });

  it('are in the dvc-procedure namespace in both languages', async () => {
    registerSignatureStrings();
    expect(await loadLanguage('en')).to.equal(true);
    expect(translate('en', 'dvc-procedure:signature.timeLeft', { time: '0:59' })).to.equal(
      '0:59 left to confirm on the phone.',
    );
    expect(translate('vi', 'dvc-procedure:signature.timeLeft', { time: '0:59' })).to.equal(
      'Còn 0:59 để xác nhận trên điện thoại.',
    );
  });
});
