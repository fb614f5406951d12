import { isVnPersonalId } from './personal-id.js';

/**
 * Tax code (mã số thuế), per `shared/reference/vn-domain.md` §4.2:
 * - 10 digits (organisations; individuals before 7/2025), the 10th a check digit;
 * - 13 digits for a branch or dependent unit: the 10 digits and a 3-digit suffix 001–999,
 *   usually written `0123456789-001`; the reference's pattern `^\d{10}-?\d{3}$` makes the dash
 *   optional, so both spellings are accepted (`normalizeVnTaxCode` gives the dashed one);
 * - since 1/7/2025 also the 12-digit personal ID number of individuals and households.
 */

/** Why a string is not a tax code (the message to show depends on it). */
export type TaxCodeProblem = 'shape' | 'digits' | 'personalId';

const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
const tenDigits = /^\d{10}$/;
const branch = /^(\d{10})-?(\d{3})$/;

/**
 * The check digit of the first 9 digits: `10 − (Σ weight × digit mod 11)` with weights
 * 31, 29, 23, 19, 17, 13, 7, 5, 3; `undefined` when that is 10 (such codes are never issued).
 */
export function vnTaxCodeCheckDigit(firstNine: string): number | undefined {
  if (!/^\d{9}$/.test(firstNine)) return undefined;
  const sum = weights.reduce((total, weight, index) => total + weight * Number(firstNine[index]), 0);
  const check = 10 - (sum % 11);
  return check === 10 ? undefined : check;
}

function tenDigitProblem(code: string): TaxCodeProblem | undefined {
  // Digits 3–9 all zero are not issued either.
  if (code.slice(2, 9) === '0000000') return 'digits';
  return vnTaxCodeCheckDigit(code.slice(0, 9)) === Number(code[9]) ? undefined : 'digits';
}

/** What is wrong with `code` as a tax code, or `undefined` when it is valid. */
export function taxCodeProblem(code: string): TaxCodeProblem | undefined {
  if (tenDigits.test(code)) return tenDigitProblem(code);
  const branchMatch = branch.exec(code);
  if (branchMatch) return branchMatch[2] === '000' ? 'digits' : tenDigitProblem(branchMatch[1]!);
  if (/^\d{12}$/.test(code)) return isVnPersonalId(code) ? undefined : 'personalId';
  return 'shape';
}

/** Whether `code` is a valid tax code (`format: "vn-tax-code"`). */
export function isVnTaxCode(code: string): boolean {
  return taxCodeProblem(code) === undefined;
}

/** A valid tax code in its usual spelling (`0123456789-001` for a branch), else `null`. */
export function normalizeVnTaxCode(code: string): string | null {
  const trimmed = code.trim();
  if (!isVnTaxCode(trimmed)) return null;
  const branchMatch = branch.exec(trimmed);
  return branchMatch ? `${branchMatch[1]}-${branchMatch[2]}` : trimmed;
}
