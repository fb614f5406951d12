/**
 * The provider-neutral citizen model: what a portal knows about a signed-in citizen, whichever
 * source it came from (VNeID user info, the national portal's profile, the chip ID card's QR).
 * Its field paths are a public contract: procedures name them in `x-prefill.from`.
 */
import { z } from './zod.js';
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
export const addressSchema = z
  .object({
    /** 2-digit province code of the 2025 system, e.g. `01` Hà Nội. */
    provinceCode: z
      .string()
      .regex(/^\d{2}$/)
      .optional(),
    /** 5-digit commune (xã / phường / đặc khu) code of the 2025 system. */
    communeCode: z
      .string()
      .regex(/^\d{5}$/)
      .optional(),
    /** House number, street, hamlet… */
    detail: z.string().optional(),
    /** The address as text in the legacy 3-level system (province / district / commune), when no codes are known. */
    legacyText: z.string().optional(),
    /** Country, for places abroad (e.g. a birth registered abroad). Vietnamese name or ISO 3166 code as the source gives it. */
    country: z.string().optional(),
  })
  .strict();

export const relativeSchema = z
  .object({
    fullName: z.string().min(1),
    personalId: z
      .string()
      .regex(/^\d{12}$/)
      .optional(),
    nationality: z.string().optional(),
  })
  .strict();

export const assuranceSchema = z
  .object({
    source: z.enum(identitySources),
    /** Level of assurance as the source states it (e.g. VNeID `IAL` / `loAs`: "2"). */
    level: z.string().optional(),
    /** When the data was retrieved (ISO 8601 date-time). */
    retrievedAt: z.string().datetime({ offset: true }),
  })
  .strict();

export const citizenSchema = z
  .object({
    personalId: z.string().regex(/^\d{12}$/),
    /** The full name as registered ("họ, chữ đệm và tên khai sinh"). Never derived by splitting. */
    fullName: z.string().min(1),
    familyName: z.string().optional(),
    middleName: z.string().optional(),
    givenName: z.string().optional(),
    /** ISO date at the precision known: `yyyy`, `yyyy-mm` or `yyyy-mm-dd`. */
    birthDate: z.string().regex(isoDateWithPrecision).optional(),
    sex: z.enum(['male', 'female']).optional(),
    /** Ethnic group code: 01–54, 55 foreigner, 56 unknown. */
    ethnicity: z
      .string()
      .regex(/^(0[1-9]|[1-4]\d|5[0-6])$/)
      .optional(),
    religion: z.string().optional(),
    nationality: z.string().optional(),
    placeOfBirthRegistration: addressSchema.optional(),
    placeOfOrigin: addressSchema.optional(),
    permanentAddress: addressSchema.optional(),
    currentAddress: addressSchema.optional(),
    /** E.164, e.g. `+84912345678`. */
    phone: z
      .string()
      .regex(/^\+\d{8,15}$/)
      .optional(),
    email: z.string().email().optional(),
    father: relativeSchema.optional(),
    mother: relativeSchema.optional(),
    spouse: relativeSchema.optional(),
    householdHead: relativeSchema.optional(),
    assurance: assuranceSchema,
  })
  .strict();

// The schemas must check exactly the model's types: a drift fails type-checking here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const modelMatches: [
  Same<z.infer<typeof citizenSchema>, Citizen>,
  Same<z.infer<typeof addressSchema>, CitizenAddress>,
  Same<z.infer<typeof relativeSchema>, CitizenRelative>,
  Same<z.infer<typeof assuranceSchema>, CitizenAssurance>,
] = [true, true, true, true];
void modelMatches;
