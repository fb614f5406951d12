import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/core';
import { vnPhoneMetadata } from './vn-phone-metadata.json.js';

/** The kinds of Vietnamese number a citizen can give as a contact number. */
export type VnPhoneType = 'mobile' | 'fixed-line';

/** Digits, spaces and the usual separators; anything else (letters, "ext.") is not a phone number here. */
const phoneCharacters = /^\+?[\d\s().-]+$/;

function parseVn(text: string): { number: PhoneNumber; type: VnPhoneType } | null {
  // "(+84) 912 345 678" is a common way to write it; the library wants the `+` first.
  const trimmed = text.trim().replace(/^\(\s*(\+\d{1,3})\s*\)/, '$1');
  if (!phoneCharacters.test(trimmed)) return null;
  const number = parsePhoneNumberFromString(trimmed, { defaultCountry: 'VN', extract: false }, vnPhoneMetadata);
  if (!number || number.country !== 'VN' || number.ext || !number.isValid()) return null;
  // The metadata is libphonenumber's "max" set for Viet Nam: it tells mobile from fixed line, and
  // numbers that are neither (toll-free 1800, premium 1900, short codes) are not contact numbers.
  const type = number.getType();
  if (type === 'MOBILE') return { number, type: 'mobile' };
  if (type === 'FIXED_LINE' || type === 'FIXED_LINE_OR_MOBILE') return { number, type: 'fixed-line' };
  return null;
}

/**
 * A Vietnamese mobile or fixed-line number, typed any usual way (`0912 345 678`,
 * `+84 912 345 678`, `(024) 3825 1234`), as E.164 (`+84912345678`), or `null`.
 */
export function parseVnPhone(text: string): string | null {
  return parseVn(text)?.number.number ?? null;
}

/** Whether `text` is a valid Vietnamese mobile or fixed-line number (`format: "vn-phone"`). */
export function isVnPhone(text: string): boolean {
  return parseVn(text) !== null;
}

/** `mobile` or `fixed-line` for a valid Vietnamese number, else `null`. */
export function vnPhoneType(text: string): VnPhoneType | null {
  return parseVn(text)?.type ?? null;
}

/**
 * The national form used on screen, `0912 345 678` (mobile) or `024 3825 1234` (fixed line),
 * of a number such as the stored E.164 `+84912345678`. Anything that is not a valid Vietnamese
 * number is returned unchanged.
 */
export function formatVnPhoneNational(phone: string): string {
  return parseVn(phone)?.number.formatNational() ?? phone;
}
