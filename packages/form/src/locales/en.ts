import type { FormStrings } from './vi.js';

/** Strings of `@dvc/form` (namespace `dvc-form`), English. Typed against Vietnamese so a missing key fails the type-check. */
export const en: FormStrings = {
  format: {
    vnPersonalIdDigits: '{{Label}} must be 12 digits',
    vnPersonalIdPlace:
      '{{Label}} is not right: the first 3 digits must be the code of the province, city or country where the birth was registered',
    vnPersonalIdSex: '{{Label}} does not match the sex you gave',
    vnPersonalIdBirthYear: '{{Label}} does not match the year of birth you gave',
    vnPhone: 'Enter {{label}} in the correct format, like 0912 345 678 or +84 912 345 678',
    vnTaxCode: '{{Label}} must be 10 digits, 13 digits (like 0123456789-001) or a 12-digit personal ID number',
    vnTaxCodeDigits: '{{Label}} is not a valid tax code: check the digits',
    vnSocialInsurance: '{{Label}} must be 10 digits',
  },
};
