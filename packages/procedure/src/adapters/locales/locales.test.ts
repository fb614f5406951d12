import { expect } from '@open-wc/testing';
import { getI18n, loadLanguage, translate } from '@dvc/core';
import { AdapterError, adapterErrorCodes } from '../errors.js';
import {
  adapterErrorMessage,
  procedureStringsNamespace,
  procedureStringsVi,
  registerProcedureStrings,
} from './index.js';
import { en as procedureStringsEn } from './en.js';
import { flattenStrings, localeParityProblems } from '../../../../../test/support/strings.js';

describe('@dvc/procedure strings', () => {
  it('have the same keys and placeholders in Vietnamese and English, none empty, Vietnamese in NFC', () => {
    expect(localeParityProblems(procedureStringsVi, procedureStringsEn)).to.deep.equal([]);
  });

  it('have a message for every adapter error code, in the dvc-procedure namespace', async () => {
    registerProcedureStrings();
    expect(await loadLanguage('en')).to.equal(true);
    expect(procedureStringsNamespace).to.equal('dvc-procedure');
    expect(getI18n().hasResourceBundle('en', 'dvc-procedure')).to.equal(true);
    for (const code of adapterErrorCodes) {
      const error = new AdapterError(code);
      const key = error.messageKey.replace('dvc-procedure:', '');
      expect(flattenStrings(procedureStringsVi).has(key), code).to.equal(true);
      expect(adapterErrorMessage(error, 'vi')).to.equal(flattenStrings(procedureStringsVi).get(key));
      expect(adapterErrorMessage(error, 'en')).to.equal(flattenStrings(procedureStringsEn).get(key));
    }
    expect(translate('en', 'dvc-procedure:payment.qrLabel', { amount: '8.000 ₫' })).to.equal(
      'QR code for a bank transfer of 8.000 ₫',
    );
  });
});
