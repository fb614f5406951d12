/**
 * The provider-neutral citizen model: what a portal knows about a signed-in citizen, whichever
 * source it came from (VNeID user info, the national portal's profile, the chip ID card's QR).
 * Its field paths are a public contract: procedures name them in `x-prefill.from`.
 */
import * as z from './zod.js';
import {
  identitySources,
  type Citizen,
  type CitizenAddress,
  type CitizenAssurance,
  type CitizenRelative,
} from './citizen-model.js';

export * from './citizen-model.js';

/** ISO 8601 calendar date at the precision the source knows: `yyyy`, `yyyy-mm` or `yyyy-mm-dd`. */
const isoDateWithPrecision = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** An address on the 2-level system (province + commune, QĐ 19/2025/QĐ-TTg) or, when that is all there is, legacy text. */
export const addressSchema = z.strictObject({
  /** 2-digit province code of the 2025 system, e.g. `01` Hà Nội. */
  provinceCode: z.optional(z.string().check(z.regex(/^\d{2}$/))),
  /** 5-digit commune (xã / phường / đặc khu) code of the 2025 system. */
  communeCode: z.optional(z.string().check(z.regex(/^\d{5}$/))),
  /** House number, street, hamlet… */
  detail: z.optional(z.string()),
  /** The address as text in the legacy 3-level system (province / district / commune), when no codes are known. */
  legacyText: z.optional(z.string()),
  /** Country, for places abroad (e.g. a birth registered abroad). Vietnamese name or ISO 3166 code as the source gives it. */
  country: z.optional(z.string()),
});

export const relativeSchema = z.strictObject({
  fullName: z.string().check(z.minLength(1)),
  personalId: z.optional(z.string().check(z.regex(/^\d{12}$/))),
  nationality: z.optional(z.string()),
});

export const assuranceSchema = z.strictObject({
  source: z.enum(identitySources),
  /** Level of assurance as the source states it (e.g. VNeID `IAL` / `loAs`: "2"). */
  level: z.optional(z.string()),
  /** When the data was retrieved (ISO 8601 date-time). */
  retrievedAt: z.iso.datetime({ offset: true }),
});

export const citizenSchema = z.strictObject({
  personalId: z.string().check(z.regex(/^\d{12}$/)),
  /** The full name as registered ("họ, chữ đệm và tên khai sinh"). Never derived by splitting. */
  fullName: z.string().check(z.minLength(1)),
  familyName: z.optional(z.string()),
  middleName: z.optional(z.string()),
  givenName: z.optional(z.string()),
  /** ISO date at the precision known: `yyyy`, `yyyy-mm` or `yyyy-mm-dd`. */
  birthDate: z.optional(z.string().check(z.regex(isoDateWithPrecision))),
  sex: z.optional(z.enum(['male', 'female'])),
  /** Ethnic group code: 01–54, 55 foreigner, 56 unknown. */
  ethnicity: z.optional(z.string().check(z.regex(/^(0[1-9]|[1-4]\d|5[0-6])$/))),
  religion: z.optional(z.string()),
  nationality: z.optional(z.string()),
  placeOfBirthRegistration: z.optional(addressSchema),
  placeOfOrigin: z.optional(addressSchema),
  permanentAddress: z.optional(addressSchema),
  currentAddress: z.optional(addressSchema),
  /** E.164, e.g. `+84912345678`. */
  phone: z.optional(z.string().check(z.regex(/^\+\d{8,15}$/))),
  email: z.optional(z.email()),
  father: z.optional(relativeSchema),
  mother: z.optional(relativeSchema),
  spouse: z.optional(relativeSchema),
  householdHead: z.optional(relativeSchema),
  assurance: assuranceSchema,
});

// The schemas must check exactly the model's types: a drift fails type-checking here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const modelMatches: [
  Same<z.infer<typeof citizenSchema>, Citizen>,
  Same<z.infer<typeof addressSchema>, CitizenAddress>,
  Same<z.infer<typeof relativeSchema>, CitizenRelative>,
  Same<z.infer<typeof assuranceSchema>, CitizenAssurance>,
] = [true, true, true, true];
void modelMatches;
