/**
 * Reading the chip ID card's QR text for assisted filing: the one parser is `@dvc/identity`'s
 * `cccd-qr` adapter; this only turns its problems into sentences and the citizen into what the
 * officer compares with the card.
 */
import { describeIdentityProblem, mapCccdQr, type Citizen } from '@dvc/identity';

export type CardReading =
  | { readonly ok: true; readonly citizen: Citizen; readonly text: string }
  | { readonly ok: false; readonly reasons: readonly string[] };

/** The QR text as a citizen, or every reason it is not one, in `language`. */
export function readCardQr(text: string, language: string): CardReading {
  const trimmed = text.trim();
  const result = mapCccdQr(trimmed);
  if (result.ok) return { ok: true, citizen: result.citizen, text: trimmed };
  return { ok: false, reasons: result.problems.map((problem) => describeIdentityProblem(problem, language)) };
}

/** An ISO date (or a year / year-month when that is all the record has) as dd/mm/yyyy. */
export function displayDate(iso: string | undefined): string {
  if (iso === undefined) return '';
  const [year, month, day] = iso.split('-');
  return [day, month, year].filter((part) => part !== undefined).join('/');
}

/** The permanent address as printed (QR text gives the legacy text line). */
export function displayAddress(citizen: Citizen): string {
  const address = citizen.permanentAddress;
  if (!address) return '';
  return address.legacyText ?? address.detail ?? '';
}
