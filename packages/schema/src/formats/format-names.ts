// The Vietnamese formats by name and their messages, without the validator library: `<dvc-form>` words a format
// error with these before the validator has loaded, and its first download must not reach the library (ADR 0017).
import { isVnPersonalId, personalIdProblem, type PersonalIdMismatch } from './personal-id.js';
import { isVnSocialInsurance } from './social-insurance.js';
import { isVnTaxCode, taxCodeProblem } from './tax-code.js';

/** The Vietnamese formats that need no library; the phone check (libphonenumber) loads on first need in `<dvc-form>`. */
export const vnFormatsWithoutPhone: Readonly<Record<Exclude<VnFormatName, 'vn-phone'>, (value: string) => boolean>> = {
  'vn-personal-id': isVnPersonalId,
  'vn-tax-code': isVnTaxCode,
  'vn-social-insurance': isVnSocialInsurance,
};

export type VnFormatName = 'vn-personal-id' | 'vn-phone' | 'vn-tax-code' | 'vn-social-insurance';

export function isVnFormatName(name: string): name is VnFormatName {
  return name === 'vn-phone' || Object.prototype.hasOwnProperty.call(vnFormatsWithoutPhone, name);
}

/**
 * The string key (namespace `dvc-form`) of the message for a value that fails a Vietnamese
 * format, chosen by what is wrong with it; `undefined` for other formats.
 */
export function vnFormatMessageKey(name: string, value: string): string | undefined {
  switch (name) {
    case 'vn-personal-id':
      return personalIdProblem(value) === 'place' ? 'format.vnPersonalIdPlace' : 'format.vnPersonalIdDigits';
    case 'vn-phone':
      return 'format.vnPhone';
    case 'vn-tax-code': {
      const problem = taxCodeProblem(value);
      return problem === 'digits'
        ? 'format.vnTaxCodeDigits'
        : problem === 'personalId'
          ? 'format.vnPersonalIdPlace'
          : 'format.vnTaxCode';
    }
    case 'vn-social-insurance':
      return 'format.vnSocialInsurance';
    default:
      return undefined;
  }
}

/** The string key (namespace `dvc-form`) of the message for a `checkPersonalIdConsistency` mismatch. */
export function personalIdMismatchMessageKey(mismatch: PersonalIdMismatch): string {
  return mismatch === 'sex' ? 'format.vnPersonalIdSex' : 'format.vnPersonalIdBirthYear';
}
