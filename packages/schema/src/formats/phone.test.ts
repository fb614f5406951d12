import { expect } from '@open-wc/testing';
import { formatVnPhoneNational, isVnPhone, parseVnPhone, vnPhoneType } from './index.js';
import { vnPhoneMetadata } from './vn-phone-metadata.json.js';
import maxMetadata from 'libphonenumber-js/metadata.max.json';

describe('vn-phone', () => {
  it('parses the usual ways of writing a mobile number to E.164', () => {
    for (const text of [
      '0912345678',
      '0912 345 678',
      '0912.345.678',
      '+84 912 345 678',
      '+84912345678',
      '84912345678',
      '(+84) 912-345-678',
      ' 0912345678 ',
    ]) {
      expect(parseVnPhone(text), text).to.equal('+84912345678');
    }
  });

  it('accepts mobile and fixed-line numbers and tells them apart', () => {
    const cases: Array<[string, string, string]> = [
      ['0352345678', '+84352345678', 'mobile'],
      ['0522345678', '+84522345678', 'mobile'],
      ['0872345678', '+84872345678', 'mobile'],
      ['0993345678', '+84993345678', 'mobile'],
      ['024 3825 1234', '+842438251234', 'fixed-line'],
      ['(028) 3825 1234', '+842838251234', 'fixed-line'],
      ['0203 3825 123', '+842033825123', 'fixed-line'],
    ];
    for (const [text, e164, type] of cases) {
      expect(parseVnPhone(text), text).to.equal(e164);
      expect(vnPhoneType(text), text).to.equal(type);
      expect(isVnPhone(text), text).to.equal(true);
    }
  });

  it('rejects numbers that are not valid Vietnamese contact numbers', () => {
    for (const text of [
      '',
      '091234567', // too short
      '09123456789', // too long
      '0552345678', // 055x is not allocated
      '0992345678', // 0992 is not allocated
      '0123456789', // old 11-digit prefix, no longer valid
      '1800 1234', // toll-free
      '1900 1234', // premium rate
      '+1 202 555 0123', // another country
      '0912345678 ext 5',
      'gọi 0912345678',
    ]) {
      expect(parseVnPhone(text), text).to.equal(null);
      expect(isVnPhone(text), text).to.equal(false);
      expect(vnPhoneType(text), text).to.equal(null);
    }
  });

  it('formats a stored number the national way', () => {
    expect(formatVnPhoneNational('+84912345678')).to.equal('0912 345 678');
    expect(formatVnPhoneNational('+842438251234')).to.equal('024 3825 1234');
    expect(formatVnPhoneNational('+842033825123')).to.equal('0203 3825 123');
    expect(formatVnPhoneNational('not a number')).to.equal('not a number');
  });

  it('carries only Viet Nam, exactly as libphonenumber-js ships it (regenerate with packages/schema/scripts/generate-data.mjs)', () => {
    expect(Object.keys(vnPhoneMetadata.countries)).to.deep.equal(['VN']);
    expect(vnPhoneMetadata.country_calling_codes).to.deep.equal({ 84: ['VN'] });
    expect(vnPhoneMetadata.version).to.equal(maxMetadata.version);
    expect(vnPhoneMetadata.countries['VN']).to.deep.equal(maxMetadata.countries['VN']);
    expect(JSON.stringify(vnPhoneMetadata).length).to.be.lessThan(2000);
  });
});
