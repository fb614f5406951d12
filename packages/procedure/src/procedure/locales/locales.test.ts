import { expect } from '@open-wc/testing';
import { loadLanguage, translate } from '@dvc/core';
import { flattenStrings, localeParityProblems } from '../../../../../test/support/strings.js';
import { journeyStringsVi, registerJourneyStrings } from './index.js';
import { en as journeyStringsEn } from './en.js';
import { simpleEn, simpleVi } from './simple.js';

describe('<dvc-procedure> strings', () => {
  it('have the same keys and placeholders in Vietnamese and English, none empty', () => {
    expect(localeParityProblems(journeyStringsVi, journeyStringsEn)).to.deep.equal([]);
  });

  it('have their simpler versions (`_simple`) in both languages, each beside a string that exists', () => {
    expect(localeParityProblems(simpleVi, simpleEn)).to.deep.equal([]);
    const keys = [...flattenStrings(simpleVi).keys()];
    expect(keys).to.have.length.above(0);
    const known = flattenStrings(journeyStringsVi);
    expect(keys.filter((key) => !key.endsWith('_simple') || !known.has(key.slice(0, -'_simple'.length)))).to.deep.equal(
      [],
    );
  });

  it('join the adapters’ strings in the dvc-procedure namespace without replacing them', async () => {
    registerJourneyStrings();
    expect(await loadLanguage('en')).to.equal(true);
    expect(translate('en', 'dvc-procedure:journey.review.submit')).to.equal('Submit application');
    expect(translate('vi', 'dvc-procedure:payment.free')).to.equal('Miễn phí');
  });
});
