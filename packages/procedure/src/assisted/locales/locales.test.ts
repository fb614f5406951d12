import { expect } from '@open-wc/testing';
import { translate } from '@dvc/core';
import { localeParityProblems } from '../../../../../test/support/strings.js';
import { assistedStringsEn, assistedStringsVi, registerAssistedStrings } from './index.js';

describe('assisted filing strings', () => {
  it('have the same keys and placeholders in Vietnamese and English, none empty', () => {
    expect(localeParityProblems(assistedStringsVi, assistedStringsEn)).to.deep.equal([]);
  });

  it('are in the dvc-procedure namespace in both languages', () => {
    registerAssistedStrings();
    expect(translate('en', 'dvc-procedure:assisted.banner.largeText')).to.equal('Large text');
    expect(translate('vi', 'dvc-procedure:assisted.banner.largeText')).to.equal('Chữ lớn');
  });
});
