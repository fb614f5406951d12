/**
 * The citizen model's shape and its public paths, without zod: what `<dvc-form>` needs to fill
 * fields, kept apart so the form's bundle never carries the validation library. The zod schemas
 * that check data entering the kit are in `citizen.ts` and must produce exactly these types.
 */

/** An address on the 2-level system (province + commune, QĐ 19/2025/QĐ-TTg) or, when that is all there is, legacy text. */
export interface CitizenAddress {
  /** 2-digit province code of the 2025 system, e.g. `01` Hà Nội. */
  provinceCode?: string | undefined;
  /** 5-digit commune (xã / phường / đặc khu) code of the 2025 system. */
  communeCode?: string | undefined;
  /** House number, street, hamlet… */
  detail?: string | undefined;
  /** The address as text in the legacy 3-level system (province / district / commune), when no codes are known. */
  legacyText?: string | undefined;
  /** Country, for places abroad (e.g. a birth registered abroad). */
  country?: string | undefined;
}

export interface CitizenRelative {
  fullName: string;
  personalId?: string | undefined;
  nationality?: string | undefined;
}

/** Where the identity data came from. `vneid`, `portal-profile` and `cccd-qr` have adapters; `manual` is typed by the citizen. */
export const identitySources = ['vneid', 'portal-profile', 'cccd-qr', 'manual'] as const;
export type IdentitySource = (typeof identitySources)[number];

export interface CitizenAssurance {
  source: IdentitySource;
  /** Level of assurance as the source states it (e.g. VNeID `IAL` / `loAs`: "2"). */
  level?: string | undefined;
  /** When the data was retrieved (ISO 8601 date-time). */
  retrievedAt: string;
}

export interface Citizen {
  personalId: string;
  /** The full name as registered ("họ, chữ đệm và tên khai sinh"). Never derived by splitting. */
  fullName: string;
  familyName?: string | undefined;
  middleName?: string | undefined;
  givenName?: string | undefined;
  /** ISO date at the precision known: `yyyy`, `yyyy-mm` or `yyyy-mm-dd`. */
  birthDate?: string | undefined;
  sex?: 'male' | 'female' | undefined;
  /** Ethnic group code: 01–54, 55 foreigner, 56 unknown. */
  ethnicity?: string | undefined;
  religion?: string | undefined;
  nationality?: string | undefined;
  placeOfBirthRegistration?: CitizenAddress | undefined;
  placeOfOrigin?: CitizenAddress | undefined;
  permanentAddress?: CitizenAddress | undefined;
  currentAddress?: CitizenAddress | undefined;
  /** E.164, e.g. `+84912345678`. */
  phone?: string | undefined;
  email?: string | undefined;
  father?: CitizenRelative | undefined;
  mother?: CitizenRelative | undefined;
  spouse?: CitizenRelative | undefined;
  householdHead?: CitizenRelative | undefined;
  assurance: CitizenAssurance;
}

export type BirthDatePrecision = 'year' | 'month' | 'day';

/** The paths `x-prefill.from` may name: a public contract. */
export const citizenPaths = [
  'personalId',
  'fullName',
  'familyName',
  'middleName',
  'givenName',
  'birthDate',
  'sex',
  'ethnicity',
  'religion',
  'nationality',
  'placeOfBirthRegistration',
  'placeOfOrigin',
  'permanentAddress',
  'currentAddress',
  'phone',
  'email',
  ...(['father', 'mother', 'spouse', 'householdHead'] as const).flatMap((relative) => [
    `${relative}.fullName`,
    `${relative}.personalId`,
    `${relative}.nationality`,
  ]),
] as const;

export type CitizenPath = (typeof citizenPaths)[number];

export function isCitizenPath(path: string): path is CitizenPath {
  return (citizenPaths as readonly string[]).includes(path);
}

/** A value the citizen model holds at a path: text, or an address object. */
export type CitizenValue = string | CitizenAddress;

/** The value at `path`, or `undefined` when the citizen model has none (empty strings count as none). */
export function readCitizenPath(citizen: Citizen, path: CitizenPath): CitizenValue | undefined {
  let current: unknown = citizen;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  if (typeof current === 'string') return current.trim() === '' ? undefined : current;
  if (current !== null && typeof current === 'object') return current as CitizenAddress;
  return undefined;
}

/** The precision of an ISO birth date held by the model. */
export function birthDatePrecision(isoDate: string): BirthDatePrecision {
  return isoDate.length === 4 ? 'year' : isoDate.length === 7 ? 'month' : 'day';
}
