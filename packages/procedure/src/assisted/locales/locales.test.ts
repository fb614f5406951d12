import { expect } from '@open-wc/testing';
import { loadLanguage, translate } from '@dvc/core';
import { localeParityProblems } from '../../../../../test/support/strings.js';
import { assistedStringsVi, registerAssistedStrings } from './index.js';
import { en as assistedStringsEn } from './en.js';

describe('assisted filing strings', () => {
  it('have the same keys and placeholders in Vietnamese and English, none empty', () => {
    expect(localeParityProblems(assistedStringsVi, assistedStringsEn)).to.deep.equal([]);
  });

  it('are in the dvc-procedure namespace in both languages', async () => {
    registerAssistedStrings();
    expect(await loadLanguage('en')).to.equal(true);
    expect(translate('en', 'dvc-procedure:assisted.banner.largeText')).to.equal('Large text');
    expect(translate('vi', 'dvc-procedure:assisted.banner.largeText')).to.equal('Chữ lớn');
  });
});
