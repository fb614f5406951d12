import { expect } from '@open-wc/testing';
import { loadLanguage, translate } from '@dvc/core';
import {
  checkPersonalIdConsistency,
  isVnFormatName,
  personalIdMismatchMessageKey,
  vnFormatMessageKey,
} from '@dvc/schema/formats.js';
import { registerFormStrings } from './locales/index.js';

// The formats (in @dvc/schema) name message keys; the strings are the form's.
describe('Vietnamese format messages', () => {
  // Outside an element, English is loaded before use (ADR 0020).
  before(async () => {
    registerFormStrings();
    expect(await loadLanguage('en')).to.equal(true);
  });

  it('names the message for each failure, in Vietnamese and English', () => {
    registerFormStrings();
    expect(isVnFormatName('vn-phone')).to.equal(true);
    expect(isVnFormatName('email')).to.equal(false);
    expect(vnFormatMessageKey('email', 'x')).to.equal(undefined);
    const message = (language: string, format: string, value: string, label: string): string =>
      translate(language, `dvc-form:${vnFormatMessageKey(format, value) ?? ''}`, { label });
    expect(message('vi', 'vn-personal-id', '12345', 'Số định danh cá nhân')).to.equal(
      'Số định danh cá nhân phải gồm 12 chữ số',
    );
    expect(message('en', 'vn-personal-id', '12345', 'Personal ID number')).to.equal(
      'Personal ID number must be 12 digits',
    );
    expect(message('vi', 'vn-personal-id', '003203012345', 'Số định danh cá nhân')).to.match(
      /^Số định danh cá nhân không đúng: 3 chữ số đầu/,
    );
    expect(message('en', 'vn-phone', '123', 'phone number')).to.equal(
      'Enter phone number in the correct format, like 0912 345 678 or +84 912 345 678',
    );
    expect(message('vi', 'vn-phone', '123', 'Số điện thoại')).to.equal(
      'Nhập số điện thoại đúng định dạng, ví dụ 0912 345 678 hoặc +84 912 345 678',
    );
    expect(message('en', 'vn-tax-code', '3123456783', 'Tax code')).to.equal(
      'Tax code is not a valid tax code: check the digits',
    );
    expect(message('en', 'vn-tax-code', '12', 'tax code')).to.match(/^Tax code must be 10 digits, 13 digits/);
    expect(message('vi', 'vn-social-insurance', '1', 'Mã số BHXH')).to.equal('Mã số BHXH phải gồm 10 chữ số');
  });

  it('names the message for each personal ID mismatch', () => {
    registerFormStrings();
    const mismatches = checkPersonalIdConsistency('079203001234', { birthDate: '1985-12-31', sex: 'female' });
    const messages = mismatches.map((mismatch) =>
      translate('vi', `dvc-form:${personalIdMismatchMessageKey(mismatch)}`, { label: 'Số định danh cá nhân' }),
    );
    expect(messages).to.deep.equal([
      'Số định danh cá nhân không khớp với năm sinh đã khai',
      'Số định danh cá nhân không khớp với năm sinh đã khai',
      'Số định danh cá nhân không khớp với giới tính đã khai',
    ]);
    expect(
      translate('en', `dvc-form:${personalIdMismatchMessageKey('sex')}`, { label: 'personal ID number' }),
    ).to.equal('Personal ID number does not match the sex you gave');
  });
});
