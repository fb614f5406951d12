import { expect } from '@open-wc/testing';
import { getI18n, supportedLanguages, translate } from './i18n.js';

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

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();

describe('i18n parity', () => {
  it('has every key of every namespace in Vietnamese and English, none empty, same placeholders', () => {
    const i18n = getI18n();
    const namespaces = Object.keys(i18n.store.data['vi'] ?? {});
    expect(namespaces).to.include('dvc');
    const problems: string[] = [];
    for (const namespace of namespaces) {
      const byLanguage = supportedLanguages.map((language) => flatten((i18n.getResourceBundle(language, namespace) ?? {}) as Tree));
      const allKeys = new Set(byLanguage.flatMap((strings) => [...strings.keys()]));
      for (const key of allKeys) {
        const texts = byLanguage.map((strings) => strings.get(key));
        supportedLanguages.forEach((language, index) => {
          const text = texts[index];
          if (text === undefined) problems.push(`${namespace}:${key} missing in ${language}`);
          else if (text.trim() === '') problems.push(`${namespace}:${key} empty in ${language}`);
        });
        const [first, ...rest] = texts.map((text) => placeholders(text ?? '').join(','));
        if (rest.some((other) => other !== first)) problems.push(`${namespace}:${key} placeholders differ`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('translates in the requested language and falls back to Vietnamese', () => {
    expect(translate('vi', 'errorSummary.title')).to.equal('Có lỗi cần sửa');
    expect(translate('en', 'errorSummary.title')).to.equal('There is a problem');
    expect(translate('vi', 'validation.valueMissing', { label: 'Họ và tên' })).to.equal('Nhập họ và tên');
    expect(translate('en', 'validation.tooShort', { label: 'full name', count: 2 })).to.equal('Full name must be 2 characters or more');
    expect(translate('vi', 'validation.valueMissing', { label: 'CCCD' })).to.equal('Nhập CCCD');
  });

  it('never interprets markup in interpolated values', () => {
    expect(translate('vi', 'validation.valueMissing', { label: '<b>tên</b>' })).to.equal('Nhập <b>tên</b>');
  });
});
