/**
 * Personal ID number (số định danh cá nhân, the number on the chip ID card / căn cước), after
 * Nghị định 137/2015/NĐ-CP Art. 13 and Thông tư 07/2016/TT-BCA Art. 7 as summarised in
 * `shared/reference/vn-domain.md` §2.3:
 * `PPP` place-of-birth-registration code + `G` century/sex + `YY` year of birth + 6 random digits.
 * There is NO check digit: the only structural checks are these fields.
 */

/**
 * The 63 pre-2025 province codes (old GSO 2-digit codes padded to 3 digits) used as the first 3
 * digits. Numbers never change, so codes of provinces merged in 2025 stay valid. Which code a
 * birth registered after the 2025 merger receives is not known (reference: [U]).
 */
export const vnBirthProvinceCodes: ReadonlySet<string> = new Set([
  '001',
  '002',
  '004',
  '006',
  '008',
  '010',
  '011',
  '012',
  '014',
  '015',
  '017',
  '019',
  '020',
  '022',
  '024',
  '025',
  '026',
  '027',
  '030',
  '031',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '040',
  '042',
  '044',
  '045',
  '046',
  '048',
  '049',
  '051',
  '052',
  '054',
  '056',
  '058',
  '060',
  '062',
  '064',
  '066',
  '067',
  '068',
  '070',
  '072',
  '074',
  '075',
  '077',
  '079',
  '080',
  '082',
  '083',
  '084',
  '086',
  '087',
  '089',
  '091',
  '092',
  '093',
  '094',
  '095',
  '096',
]);

/**
 * Births registered abroad carry a country code instead. The reference only gives their range,
 * 101–295, from a community dataset based on the appendix of Thông tư 07/2016/TT-BCA (marked
 * [S]: not checked against the official table), so every code of the range is accepted.
 */
export const vnBirthCountryCodeRange: readonly [number, number] = [101, 295];

export type Sex = 'male' | 'female';

export interface PersonalId {
  /** The 12 digits. */
  readonly id: string;
  /** Digits 1–3: where the birth was registered. */
  readonly placeCode: string;
  /** Whether `placeCode` is a country code (birth registered abroad). */
  readonly registeredAbroad: boolean;
  /** Digit 4 (0–9): century of birth and sex. */
  readonly centuryCode: number;
  readonly sex: Sex;
  /** First year of the century of birth: 1900 for codes 0/1, 2000 for 2/3… */
  readonly century: number;
  /** `century` + digits 5–6. */
  readonly birthYear: number;
}

/** Why a string is not a personal ID number (the message to show depends on it). */
export type PersonalIdProblem = 'digits' | 'place';

const twelveDigits = /^\d{12}$/;

function isKnownPlace(code: string): boolean {
  const number = Number(code);
  return (
    vnBirthProvinceCodes.has(code) || (number >= vnBirthCountryCodeRange[0] && number <= vnBirthCountryCodeRange[1])
  );
}

/** What is wrong with `id` as a personal ID number, or `undefined` when it is well-formed. */
export function personalIdProblem(id: string): PersonalIdProblem | undefined {
  if (!twelveDigits.test(id)) return 'digits';
  if (!isKnownPlace(id.slice(0, 3))) return 'place';
  return undefined;
}

/** Whether `id` is a well-formed personal ID number (`format: "vn-personal-id"`). */
export function isVnPersonalId(id: string): boolean {
  return personalIdProblem(id) === undefined;
}

/** The fields of a well-formed personal ID number, or `null`. */
export function parsePersonalId(id: string): PersonalId | null {
  if (!isVnPersonalId(id)) return null;
  const centuryCode = Number(id[3]);
  // Derivation from the reference: sex = digit4 % 2 ? female : male; year = (floor(digit4/2) + 19) * 100 + YY.
  const century = (Math.floor(centuryCode / 2) + 19) * 100;
  return {
    id,
    placeCode: id.slice(0, 3),
    registeredAbroad: !vnBirthProvinceCodes.has(id.slice(0, 3)),
    centuryCode,
    sex: centuryCode % 2 === 1 ? 'female' : 'male',
    century,
    birthYear: century + Number(id.slice(4, 6)),
  };
}

/** A part of the personal ID number that disagrees with the person's other data. */
export type PersonalIdMismatch = 'century' | 'sex' | 'year';

export interface PersonalFacts {
  /** Date of birth as stored: ISO `yyyy-mm-dd`, or a partial `yyyy-mm` / `yyyy`. */
  readonly birthDate?: string;
  readonly sex?: Sex;
}

/**
 * Which parts of a personal ID number disagree with the date of birth and sex given elsewhere in
 * the form: `century` (digit 4 against the century of the birth year), `year` (digits 5–6 against
 * its last two digits), `sex` (digit 4's parity). Facts that are absent are not compared; an ID
 * that is not well-formed gives `[]` (its format error is reported on its own).
 */
export function checkPersonalIdConsistency(id: string, facts: PersonalFacts): PersonalIdMismatch[] {
  const parsed = parsePersonalId(id);
  if (!parsed) return [];
  const mismatches: PersonalIdMismatch[] = [];
  const year = /^(\d{4})(?:-\d{2}){0,2}$/.exec(facts.birthDate ?? '')?.[1];
  if (year !== undefined) {
    const birthYear = Number(year);
    if (Math.floor(birthYear / 100) * 100 !== parsed.century) mismatches.push('century');
    if (birthYear % 100 !== parsed.birthYear % 100) mismatches.push('year');
  }
  if (facts.sex !== undefined && facts.sex !== parsed.sex) mismatches.push('sex');
  return mismatches;
}

/** Anything wrong with a personal ID number, alone or against the person's sex and birth date. */
export type PersonalIdIssue = PersonalIdProblem | PersonalIdMismatch;

/**
 * Every problem of `id`: its format (`digits`, `place`: then nothing else is compared) or its
 * disagreement with the sex and birth date given (`century`, `year`, `sex`).
 */
export function checkPersonalId(id: string, facts: PersonalFacts = {}): PersonalIdIssue[] {
  const problem = personalIdProblem(id);
  if (problem) return [problem];
  return checkPersonalIdConsistency(id, facts);
}
