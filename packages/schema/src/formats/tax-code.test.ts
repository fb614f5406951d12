import { expect } from '@open-wc/testing';
import { isVnSocialInsurance, isVnTaxCode, normalizeVnTaxCode, taxCodeProblem, vnTaxCodeCheckDigit } from './index.js';

// Synthetic codes whose check digit was computed with the algorithm; 0100233488 is the reference's worked example.
describe('vn-tax-code', () => {
  it('computes the check digit with weights 31, 29, 23, 19, 17, 13, 7, 5, 3', () => {
    expect(vnTaxCodeCheckDigit('010023348')).to.equal(8);
    expect(vnTaxCodeCheckDigit('312345678')).to.equal(2);
    expect(vnTaxCodeCheckDigit('030000000')).to.equal(0);
    // Σ mod 11 = 0 would need a check digit of 10: such codes are never issued.
    expect(vnTaxCodeCheckDigit('987654321')).to.equal(undefined);
    expect(vnTaxCodeCheckDigit('12345678')).to.equal(undefined);
  });

  it('accepts 10 digits with the right check digit', () => {
    for (const code of ['0100233488', '3123456782', '4200000011', '3705551234'])
      expect(isVnTaxCode(code), code).to.equal(true);
  });

  it('rejects a wrong check digit, a code needing check digit 10, and digits 3–9 all zero', () => {
    for (const code of ['0100233487', '3123456783', '9876543210', '9876543219', '0300000000']) {
      expect(isVnTaxCode(code), code).to.equal(false);
      expect(taxCodeProblem(code), code).to.equal('digits');
    }
  });

  it('accepts a branch code of 13 digits, with or without the dash, but not suffix 000', () => {
    expect(isVnTaxCode('3123456782-001')).to.equal(true);
    expect(isVnTaxCode('3123456782001')).to.equal(true);
    expect(isVnTaxCode('3123456782-999')).to.equal(true);
    expect(taxCodeProblem('3123456782-000')).to.equal('digits');
    expect(taxCodeProblem('3123456783-001')).to.equal('digits');
    expect(normalizeVnTaxCode('3123456782001')).to.equal('3123456782-001');
    expect(normalizeVnTaxCode(' 3123456782 ')).to.equal('3123456782');
    expect(normalizeVnTaxCode('3123456783')).to.equal(null);
  });

  it('accepts a 12-digit personal ID number (the tax code of individuals since 1/7/2025)', () => {
    expect(isVnTaxCode('001203012345')).to.equal(true);
    expect(taxCodeProblem('003203012345')).to.equal('personalId');
  });

  it('rejects other shapes', () => {
    for (const code of [
      '',
      '312345678',
      '31234567821',
      '3123456782-01',
      '3123456782 001',
      '3123456782_001',
      'MST3123456782',
    ]) {
      expect(taxCodeProblem(code), code).to.equal('shape');
    }
  });
});

describe('vn-social-insurance', () => {
  it('is 10 digits', () => {
    expect(isVnSocialInsurance('0123456789')).to.equal(true);
    expect(isVnSocialInsurance('7912345678')).to.equal(true);
    for (const number of ['', '012345678', '01234567890', '01234 56789', 'DN40123456'])
      expect(isVnSocialInsurance(number), number).to.equal(false);
  });
});
