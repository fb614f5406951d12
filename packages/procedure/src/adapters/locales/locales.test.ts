import { expect } from '@open-wc/testing';
import { getI18n, translate } from '@dvc/core';
import { AdapterError, adapterErrorCodes } from '../errors.js';
import { adapterErrorMessage, procedureStringsEn, procedureStringsNamespace, procedureStringsVi, registerProcedureStrings } from './index.js';

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

describe('@dvc/procedure strings', () => {
  it('have the same keys and placeholders in Vietnamese and English, none empty, Vietnamese in NFC', () => {
    const vi = flatten(procedureStringsVi);
    const en = flatten(procedureStringsEn);
    expect([...en.keys()]).to.deep.equal([...vi.keys()]);
    for (const [key, text] of vi) {
      expect(text.trim(), key).not.to.equal('');
      expect(text, key).to.equal(text.normalize('NFC'));
      expect(placeholders(en.get(key) ?? ''), key).to.equal(placeholders(text));
    }
  });

  it('have a message for every adapter error code, in the dvc-procedure namespace', () => {
    registerProcedureStrings();
    expect(procedureStringsNamespace).to.equal('dvc-procedure');
    expect(getI18n().hasResourceBundle('en', 'dvc-procedure')).to.equal(true);
    for (const code of adapterErrorCodes) {
      const error = new AdapterError(code);
      const key = error.messageKey.replace('dvc-procedure:', '');
      expect(flatten(procedureStringsVi).has(key), code).to.equal(true);
      expect(adapterErrorMessage(error, 'vi')).to.equal(flatten(procedureStringsVi).get(key));
      expect(adapterErrorMessage(error, 'en')).to.equal(flatten(procedureStringsEn).get(key));
    }
    expect(translate('en', 'dvc-procedure:payment.qrLabel', { amount: '8.000 ₫' })).to.equal('QR code for a bank transfer of 8.000 ₫');
  });
});
