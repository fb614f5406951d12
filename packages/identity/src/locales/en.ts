import type { IdentityStrings } from './vi.js';

/** Strings of `@dvc/identity` (namespace `dvc-identity`), English. */
export const en: IdentityStrings = {
  verified: 'Verified',
  verifiedFrom: {
    vneid: 'Verified from the National Population Database',
    'portal-profile': 'Verified from your National Public Service Portal account',
    'cccd-qr': 'Read from the QR code on your ID card',
    manual: 'Entered by you',
  },
  prefilledFrom: {
    vneid: 'Taken from your VNeID electronic identity account; you can change it',
    'portal-profile': 'Taken from your National Public Service Portal account; you can change it',
    'cccd-qr': 'Taken from the QR code on your ID card; you can change it',
    manual: 'You entered this earlier; you can change it',
  },
  source: {
    vneid: 'VNeID electronic identity account',
    'portal-profile': 'National Public Service Portal account',
    'cccd-qr': 'ID card QR code',
    manual: 'information you entered',
  },
  correction: 'Is this wrong? Ask for a correction',
  unusable: 'The identity data received could not be used; please fill in your details yourself.',
  field: {
    personalId: 'Personal ID number',
    fullName: 'Full name',
    familyName: 'Family name',
    middleName: 'Middle name',
    givenName: 'Given name',
    birthDate: 'Date of birth',
    sex: 'Sex',
    ethnicity: 'Ethnic group',
    religion: 'Religion',
    nationality: 'Nationality',
    placeOfBirthRegistration: 'Place of birth registration',
    placeOfOrigin: 'Place of origin',
    permanentAddress: 'Permanent residence',
    currentAddress: 'Current residence',
    phone: 'Phone number',
    email: 'Email address',
    issueDate: 'Date of issue',
    other: 'Field “{{path}}”',
    father: {
      fullName: 'Father’s full name',
      personalId: 'Father’s personal ID number',
      nationality: 'Father’s nationality',
    },
    mother: {
      fullName: 'Mother’s full name',
      personalId: 'Mother’s personal ID number',
      nationality: 'Mother’s nationality',
    },
    spouse: {
      fullName: 'Spouse’s full name',
      personalId: 'Spouse’s personal ID number',
      nationality: 'Spouse’s nationality',
    },
    householdHead: {
      fullName: 'Household head’s full name',
      personalId: 'Household head’s personal ID number',
      nationality: 'Household head’s nationality',
    },
  },
  problem: {
    payload: 'The identity data received does not have the expected structure',
    source: 'Identity data source “{{source}}” is not supported',
    qrFields:
      'This QR code is not from an ID card: it needs at least {{expected}} fields separated by “|”, and has {{count}}',
    required: 'The identity data has no {{label}}',
    invalid: '{{Label}} in the identity data is not valid',
    date: '{{Label}} in the identity data is not a valid date',
    sex: '{{Label}} in the identity data is neither male nor female',
    ethnicity: '{{Label}} in the identity data is not an ethnic group code (01–56)',
    phone: '{{Label}} in the identity data is not a valid phone number',
    email: '{{Label}} in the identity data is not a valid email address',
    personalIdDigits: '{{Label}} in the identity data must be 12 digits',
    personalIdPlace:
      '{{Label}} in the identity data is wrong: its first 3 digits are not the code of a province, city or country where a birth is registered',
    personalIdSex: '{{Label}} does not match the sex in the identity data',
    personalIdCentury: '{{Label}} does not match the century of the year of birth in the identity data',
    personalIdYear: '{{Label}} does not match the year of birth in the identity data',
    unavailable:
      'The identity data could not be checked: the page could not load a part it needs. Reload the page to try again',
  },
};
