/** HTML autofill field names (WHATWG HTML, "Autofill"), for checking `x-autocomplete`. */
const fieldNames = new Set([
  'name',
  'honorific-prefix',
  'given-name',
  'additional-name',
  'family-name',
  'honorific-suffix',
  'nickname',
  'username',
  'new-password',
  'current-password',
  'one-time-code',
  'organization-title',
  'organization',
  'street-address',
  'address-line1',
  'address-line2',
  'address-line3',
  'address-level4',
  'address-level3',
  'address-level2',
  'address-level1',
  'country',
  'country-name',
  'postal-code',
  'cc-name',
  'cc-given-name',
  'cc-additional-name',
  'cc-family-name',
  'cc-number',
  'cc-exp',
  'cc-exp-month',
  'cc-exp-year',
  'cc-csc',
  'cc-type',
  'transaction-currency',
  'transaction-amount',
  'language',
  'bday',
  'bday-day',
  'bday-month',
  'bday-year',
  'sex',
  'url',
  'photo',
  'tel',
  'tel-country-code',
  'tel-national',
  'tel-area-code',
  'tel-local',
  'tel-extension',
  'email',
  'impp',
]);
const contactFields = new Set([
  'tel',
  'tel-country-code',
  'tel-national',
  'tel-area-code',
  'tel-local',
  'tel-extension',
  'email',
  'impp',
]);

/** Whether `value` is a valid autocomplete attribute value: `off`, `on`, or [section-*] [shipping|billing] [home|work|mobile|fax|pager] field [webauthn]. */
export function isValidAutocomplete(value: string): boolean {
  const tokens = value.trim().toLowerCase().split(/\s+/);
  if (tokens.length === 1 && (tokens[0] === 'off' || tokens[0] === 'on')) return true;
  if (tokens.at(-1) === 'webauthn') tokens.pop();
  const field = tokens.pop();
  if (!field || !fieldNames.has(field)) return false;
  if (tokens.length && ['home', 'work', 'mobile', 'fax', 'pager'].includes(tokens.at(-1)!)) {
    if (!contactFields.has(field)) return false;
    tokens.pop();
  }
  if (tokens.length && ['shipping', 'billing'].includes(tokens.at(-1)!)) tokens.pop();
  if (tokens.length && tokens.at(-1)!.startsWith('section-')) tokens.pop();
  return tokens.length === 0;
}

/** The autofill token a field prefilled from the citizen's OWN data must carry (WCAG 1.3.5). */
export const personalDataTokens: Readonly<Record<string, string>> = {
  fullName: 'name',
  familyName: 'family-name',
  middleName: 'additional-name',
  givenName: 'given-name',
  birthDate: 'bday',
  phone: 'tel',
  email: 'email',
};
