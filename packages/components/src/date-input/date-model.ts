import type { ValidationFailure } from '@dvc/core/validators.js';

/**
 * The pure model of the three-box date (GOV.UK date input): parsing, checking and formatting of
 * what the citizen typed. `<dvc-date-input>` and `<dvc-form>`'s date widget both use it (ADR 0019).
 */

/** What the citizen typed in each box, kept exactly as typed. */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export type DatePartName = keyof DateParts;

export const datePartNames: readonly DatePartName[] = ['day', 'month', 'year'];
export const emptyDateParts: DateParts = { day: '', month: '', year: '' };
const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateProblem {
  readonly failure: ValidationFailure;
  /** The boxes the problem is about: one when it is specific to it, otherwise all three. */
  readonly parts: readonly DatePartName[];
}

/** Full-width digits become ASCII and spaces go; what is stored stays as typed. */
function clean(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const invalid = (parts: readonly DatePartName[]): DateProblem => ({
  failure: { messageKey: 'dateInvalid', flag: 'badInput' },
  parts,
});

/** Whether all three boxes are empty (spaces count as empty). */
export function isEmptyDate(parts: DateParts): boolean {
  return datePartNames.every((name) => clean(parts[name]) === '');
}

/**
 * What is wrong with the typed parts, in the order GOV.UK checks them: incomplete, then each
 * box in day, month, year order, then whether the date exists. `null` when empty or a real date.
 */
export function dateProblem(parts: DateParts): DateProblem | null {
  const [day, month, year] = datePartNames.map((name) => clean(parts[name])) as [string, string, string];
  const missing = datePartNames.filter((name) => clean(parts[name]) === '');
  if (missing.length === datePartNames.length) return null;
  if (missing.length > 0) {
    return {
      failure: { messageKey: 'dateIncomplete', flag: 'badInput' },
      parts: missing.length === 1 ? missing : datePartNames,
    };
  }
  if (!/^\d{1,2}$/.test(day) || Number(day) < 1 || Number(day) > 31) return invalid(['day']);
  if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12) return invalid(['month']);
  if (!/^\d+$/.test(year)) return invalid(['year']);
  if (year.length !== 4) return { failure: { messageKey: 'dateYearLength', flag: 'badInput' }, parts: ['year'] };
  if (Number(year) < 1) return invalid(['year']);
  if (Number(day) > daysInMonth(Number(year), Number(month))) return invalid(datePartNames);
  return null;
}

/** `yyyy-mm-dd` for a real date, else ''. */
export function isoFromParts(parts: DateParts): string {
  if (isEmptyDate(parts) || dateProblem(parts)) return '';
  const pad = (text: string) => clean(text).padStart(2, '0');
  return `${clean(parts.year)}-${pad(parts.month)}-${pad(parts.day)}`;
}

export function partsFromIso(iso: string): DateParts {
  const match = isoPattern.exec(iso.trim());
  return match ? { year: match[1] ?? '', month: match[2] ?? '', day: match[3] ?? '' } : emptyDateParts;
}

/** A usable `min`/`max`: a real ISO date, else ''. */
export function validLimit(iso: string): string {
  return isoPattern.test(iso) && isoFromParts(partsFromIso(iso)) === iso ? iso : '';
}

/** `2025-07-01` → `01/07/2025`, as Vietnamese forms show dates; anything else as it is. */
export function displayDate(iso: string): string {
  if (!isoPattern.test(iso)) return iso;
  const { day, month, year } = partsFromIso(iso);
  return `${day}/${month}/${year}`;
}

/** Reads a saved state: JSON of the parts, an ISO date, `dd/mm/yyyy`, or form data with the parts. */
export function partsFromState(state: string | FormData): DateParts {
  if (state instanceof FormData) {
    const read = (name: DatePartName) => {
      const entry = state.get(name);
      return typeof entry === 'string' ? entry : '';
    };
    return { day: read('day'), month: read('month'), year: read('year') };
  }
  const text = state.trim();
  if (text.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'object' && parsed !== null) {
        const record = parsed as Record<string, unknown>;
        const read = (name: DatePartName) => (typeof record[name] === 'string' ? record[name] : '');
        return { day: read('day'), month: read('month'), year: read('year') };
      }
    } catch {
      return emptyDateParts;
    }
    return emptyDateParts;
  }
  const shown = /^(\d{1,2})\/(\d{1,2})\/(\d+)$/.exec(text);
  if (shown) return { day: shown[1] ?? '', month: shown[2] ?? '', year: shown[3] ?? '' };
  return partsFromIso(text);
}

/** The autofill token of one box: `bday` → `bday-day`…; a section or address prefix before it is kept. */
export function dateAutocomplete(autocomplete: string, name: DatePartName): string | undefined {
  const tokens = autocomplete.trim().toLowerCase().split(/\s+/);
  const last = tokens.at(-1);
  if (last === 'off' || last === 'on') return last;
  if (last === 'bday') return [...tokens.slice(0, -1), `bday-${name}`].join(' ');
  return undefined;
}
