/**
 * Reading the chip ID card's QR text for assisted filing: the one parser is `@dvc/identity`'s
 * `cccd-qr` adapter; this only turns its problems into sentences and the citizen into what the
 * officer compares with the card.
 */
import { describeIdentityProblem, mapCccdQr, type Citizen, type IdentityProblem } from '@dvc/identity';

export type CardReading =
  | { readonly ok: true; readonly citizen: Citizen; readonly text: string }
  | { readonly ok: false; readonly problems: readonly IdentityProblem[] };

/** The QR text as a citizen, or every problem that keeps it from being one. */
export function readCardQr(text: string): CardReading {
  const trimmed = text.trim();
  const result = mapCccdQr(trimmed);
  if (result.ok) return { ok: true, citizen: result.citizen, text: trimmed };
  return { ok: false, problems: result.problems };
}

/** The problems as one sentence in `language` (computed when shown, so a language switch follows). */
export function describeCardProblems(problems: readonly IdentityProblem[], language: string): string {
  return problems.map((problem) => describeIdentityProblem(problem, language)).join('; ');
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
