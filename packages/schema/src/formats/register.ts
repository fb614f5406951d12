import { format } from '@cfworker/json-schema';
import { isVnPersonalId, personalIdProblem, type PersonalIdMismatch } from './personal-id.js';
import { isVnPhone } from './phone.js';
import { isVnSocialInsurance } from './social-insurance.js';
import { isVnTaxCode, taxCodeProblem } from './tax-code.js';

/** The Vietnamese `format` values and their checks. */
export const vnFormats: Readonly<Record<VnFormatName, (value: string) => boolean>> = {
  'vn-personal-id': isVnPersonalId,
  'vn-phone': isVnPhone,
  'vn-tax-code': isVnTaxCode,
  'vn-social-insurance': isVnSocialInsurance,
};

export type VnFormatName = 'vn-personal-id' | 'vn-phone' | 'vn-tax-code' | 'vn-social-insurance';

export function isVnFormatName(name: string): name is VnFormatName {
  return Object.prototype.hasOwnProperty.call(vnFormats, name);
}

/**
 * Adds the Vietnamese formats to `@cfworker/json-schema`'s format table, so
 * `{ "type": "string", "format": "vn-phone" }` is checked by every validator (when formats are
 * asserted). Idempotent; the table is the library's single, module-wide one.
 */
export function registerVnFormats(): void {
  Object.assign(format, vnFormats);
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
      return problem === 'digits' ? 'format.vnTaxCodeDigits' : problem === 'personalId' ? 'format.vnPersonalIdPlace' : 'format.vnTaxCode';
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
