export {
  vnBirthProvinceCodes,
  vnBirthCountryCodeRange,
  personalIdProblem,
  isVnPersonalId,
  parsePersonalId,
  checkPersonalIdConsistency,
  checkPersonalId,
  type PersonalIdIssue,
  type PersonalId,
  type PersonalIdProblem,
  type PersonalIdMismatch,
  type PersonalFacts,
  type Sex,
} from './personal-id.js';
export { parseVnPhone, isVnPhone, vnPhoneType, formatVnPhoneNational, type VnPhoneType } from './phone.js';
export {
  vnTaxCodeCheckDigit,
  taxCodeProblem,
  isVnTaxCode,
  normalizeVnTaxCode,
  type TaxCodeProblem,
} from './tax-code.js';
export { isVnSocialInsurance } from './social-insurance.js';
export {
  vnFormatsWithoutPhone,
  isVnFormatName,
  registerFormats,
  vnFormatMessageKey,
  personalIdMismatchMessageKey,
  type VnFormatName,
} from './register.js';
export { vnFormats, registerVnFormats } from './all.js';
