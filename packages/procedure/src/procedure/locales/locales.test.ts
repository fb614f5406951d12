import { expect } from '@open-wc/testing';
import { translate } from '@dvc/core';
import { expectLocaleParity } from '../../../../../test/support/locale-parity.js';
import { journeyStringsEn, journeyStringsVi, registerJourneyStrings } from './index.js';

describe('<dvc-procedure> strings', () => {
  it('have the same keys and placeholders in Vietnamese and English, none empty', () => {
    expectLocaleParity(journeyStringsVi, journeyStringsEn);
  });

  it('join the adapters’ strings in the dvc-procedure namespace without replacing them', () => {
    registerJourneyStrings();
    expect(translate('en', 'dvc-procedure:journey.review.submit')).to.equal('Submit application');
    expect(translate('vi', 'dvc-procedure:payment.free')).to.equal('Miễn phí');
  });
});
