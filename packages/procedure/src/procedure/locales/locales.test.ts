import { expect } from '@open-wc/testing';
import { translate } from '@dvc/core';
import { localeParityProblems } from '../../../../../test/support/strings.js';
import { journeyStringsEn, journeyStringsVi, registerJourneyStrings } from './index.js';

describe('<dvc-procedure> strings', () => {
  it('have the same keys and placeholders in Vietnamese and English, none empty', () => {
    expect(localeParityProblems(journeyStringsVi, journeyStringsEn)).to.deep.equal([]);
  });

  it('join the adapters’ strings in the dvc-procedure namespace without replacing them', () => {
    registerJourneyStrings();
    expect(translate('en', 'dvc-procedure:journey.review.submit')).to.equal('Submit application');
    expect(translate('vi', 'dvc-procedure:payment.free')).to.equal('Miễn phí');
  });
});
