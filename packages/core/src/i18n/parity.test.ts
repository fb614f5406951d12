import { expect } from '@open-wc/testing';
import { getI18n, loadLanguage, supportedLanguages, translate } from './i18n.js';
import { registerValidationStrings } from '../validation-strings.js';
import { flattenStrings, localeParityProblems, placeholdersOf } from '../../../../test/support/strings.js';

describe('i18n parity', () => {
  // The controls' validation messages register with the modules that show them (ADR 0017, sixth amendment).
  before(() => registerValidationStrings());

  it('has every key of every namespace in Vietnamese and English, none empty, same placeholders', async () => {
    expect(await loadLanguage('en')).to.equal(true);
    const i18n = getI18n();
    const namespaces = Object.keys(i18n.store.data['vi'] ?? {});
    expect(namespaces).to.include('dvc');
    const problems: string[] = [];
    for (const namespace of namespaces) {
      const byLanguage = supportedLanguages.map((language) =>
        flattenStrings(i18n.getResourceBundle(language, namespace) ?? {}),
      );
      const allKeys = new Set(byLanguage.flatMap((strings) => [...strings.keys()]));
      for (const key of allKeys) {
        const texts = byLanguage.map((strings) => strings.get(key));
        supportedLanguages.forEach((language, index) => {
          const text = texts[index];
          if (text === undefined) problems.push(`${namespace}:${key} missing in ${language}`);
          else if (text.trim() === '') problems.push(`${namespace}:${key} empty in ${language}`);
        });
        const [first, ...rest] = texts.map((text) => placeholdersOf(text ?? ''));
        if (rest.some((other) => other !== first)) problems.push(`${namespace}:${key} placeholders differ`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('the shared parity check finds a missing key, an empty string, different placeholders and non-NFC text', () => {
    const decomposed = 'Tie\u0302\u0301ng Vie\u0323\u0302t';
    expect(
      localeParityProblems(
        { a: 'Có {{n}} kết quả', b: '', c: decomposed },
        { a: '{{count}} results', b: 'B', c: 'Vietnamese', d: 'extra' },
      ),
    ).to.deep.equal(['a: placeholders differ', 'b: empty', 'c: Vietnamese not in NFC', 'd: missing in vi']);
  });

  it('translates in the requested language and falls back to Vietnamese', async () => {
    await loadLanguage('en');
    expect(translate('vi', 'errorSummary.title')).to.equal('Có lỗi cần sửa');
    expect(translate('en', 'errorSummary.title')).to.equal('There is a problem');
    expect(translate('vi', 'validation.valueMissing', { label: 'Họ và tên' })).to.equal('Nhập họ và tên');
    expect(translate('en', 'validation.tooShort', { label: 'full name', count: 2 })).to.equal(
      'Full name must be 2 characters or more',
    );
    expect(translate('vi', 'validation.valueMissing', { label: 'CCCD' })).to.equal('Nhập CCCD');
  });

  it('never interprets markup in interpolated values', () => {
    expect(translate('vi', 'validation.valueMissing', { label: '<b>tên</b>' })).to.equal('Nhập <b>tên</b>');
  });
});
