/**
 * The national public-service portal's profile (user info of its SSO; vn-domain.md §2.4, record
 * shape of §2.1). Names are a string or split `{ Ho, ChuDem, Ten }`; addresses coded objects
 * `{ MaTinhThanh, MaQuanHuyen, MaPhuongXa, ChiTiet, QuocGia }` or legacy text; `GioiTinh` is the
 * population database's code (1 Nam, 2 Nữ, 0 not recorded); `DanToc` an ethnicity code.
 */
import * as z from '../zod.js';
import type { IdentityResult } from '../problems.js';
import {
  addressPayloadSchema,
  CitizenDraft,
  cleanCode,
  cleanText,
  defaultNow,
  mapAddress,
  nameParts,
  nameSchema,
  optionalCode,
  optionalText,
  parseSex,
  parseSourceDate,
  payloadProblems,
  toE164,
  type MapClaimsOptions,
} from './shared.js';

const relativePayloadSchema = z.nullish(
  z.looseObject({
    HoVaTen: z.nullish(nameSchema),
    SoDinhDanh: optionalText,
    SoCMND: optionalText,
    QuocTich: optionalText,
    QuanHe: optionalText,
  }),
);

export const portalProfileSchema = z.looseObject({
  SoDinhDanh: z.string(),
  HoVaTen: nameSchema,
  NgayThangNamSinh: optionalCode,
  NamSinh: optionalCode,
  GioiTinh: optionalCode,
  DanToc: optionalCode,
  TonGiao: optionalText,
  QuocTich: optionalText,
  NoiDangKyKhaiSinh: addressPayloadSchema,
  QueQuan: addressPayloadSchema,
  ThuongTru: addressPayloadSchema,
  NoiOHienNay: addressPayloadSchema,
  SoDienThoai: optionalText,
  ThuDienTu: optionalText,
  Cha: relativePayloadSchema,
  Me: relativePayloadSchema,
  VoChong: relativePayloadSchema,
  ChuHo: relativePayloadSchema,
  loAs: optionalCode,
});

export type PortalProfile = z.infer<typeof portalProfileSchema>;

const relatives = [
  ['Cha', 'father'],
  ['Me', 'mother'],
  ['VoChong', 'spouse'],
  ['ChuHo', 'householdHead'],
] as const;

const addresses = [
  ['NoiDangKyKhaiSinh', 'placeOfBirthRegistration'],
  ['QueQuan', 'placeOfOrigin'],
  ['ThuongTru', 'permanentAddress'],
  ['NoiOHienNay', 'currentAddress'],
] as const;

const fieldOfPayloadKey: Record<string, string> = {
  SoDinhDanh: 'personalId',
  HoVaTen: 'fullName',
  NgayThangNamSinh: 'birthDate',
  NamSinh: 'birthDate',
  GioiTinh: 'sex',
  DanToc: 'ethnicity',
  TonGiao: 'religion',
  QuocTich: 'nationality',
  SoDienThoai: 'phone',
  ThuDienTu: 'email',
  ...Object.fromEntries(addresses),
  ...Object.fromEntries(
    relatives.flatMap(([key, path]) => [
      [key, `${path}.fullName`],
      [`${key}.HoVaTen`, `${path}.fullName`],
      [`${key}.SoDinhDanh`, `${path}.personalId`],
      [`${key}.QuocTich`, `${path}.nationality`],
    ]),
  ),
};

/** Maps a national-portal profile to the citizen model. */
export function mapPortalProfile(claims: unknown, options: MapClaimsOptions = {}): IdentityResult {
  const input = portalProfileSchema.safeParse(claims);
  if (!input.success) return { ok: false, problems: payloadProblems(input.error, fieldOfPayloadKey, claims) };
  const profile = input.data;
  const draft = new CitizenDraft('portal-profile');
  draft.set('personalId', cleanText(profile.SoDinhDanh)?.replace(/\s/g, ''), 'SoDinhDanh');
  const name = nameParts(profile.HoVaTen);
  draft.set('fullName', name.fullName, 'HoVaTen');
  draft.set('familyName', name.familyName, 'HoVaTen.Ho');
  draft.set('middleName', name.middleName, 'HoVaTen.ChuDem');
  draft.set('givenName', name.givenName, 'HoVaTen.Ten');
  mapBirthDate(draft, profile);
  const sexCode = cleanText(
    profile.GioiTinh === null || profile.GioiTinh === undefined ? undefined : String(profile.GioiTinh),
  );
  if (sexCode !== undefined && sexCode !== '0') {
    const sex = parseSex(sexCode);
    if (sex === undefined) draft.problem('GioiTinh', 'sex', 'sex');
    draft.set('sex', sex, 'GioiTinh');
  }
  draft.set('ethnicity', cleanCode(profile.DanToc, 2), 'DanToc');
  draft.set('religion', cleanText(profile.TonGiao), 'TonGiao');
  draft.set('nationality', cleanText(profile.QuocTich), 'QuocTich');
  for (const [key, path] of addresses) draft.set(path, mapAddress(profile[key]), key);
  const phoneText = cleanText(profile.SoDienThoai);
  if (phoneText !== undefined) {
    const phone = toE164(phoneText);
    if (phone === undefined) draft.problem('SoDienThoai', 'phone', 'phone');
    draft.set('phone', phone, 'SoDienThoai');
  }
  draft.set('email', cleanText(profile.ThuDienTu), 'ThuDienTu');
  for (const [key, path] of relatives) mapRelative(draft, profile[key], key, path);
  const level = profile.loAs;
  return draft.finish(level === null || level === undefined ? undefined : String(level), options.now ?? defaultNow);
}

function mapBirthDate(draft: CitizenDraft, profile: PortalProfile): void {
  const [payloadKey, raw] =
    profile.NgayThangNamSinh !== null && profile.NgayThangNamSinh !== undefined
      ? ['NgayThangNamSinh', profile.NgayThangNamSinh]
      : ['NamSinh', profile.NamSinh];
  if (raw === null || raw === undefined || String(raw).trim() === '') return;
  const birthDate = parseSourceDate(String(raw).trim());
  if (birthDate === undefined) draft.problem(payloadKey, 'date', 'birthDate');
  draft.set('birthDate', birthDate, payloadKey);
}

function mapRelative(
  draft: CitizenDraft,
  relative: z.infer<typeof relativePayloadSchema>,
  key: string,
  path: string,
): void {
  if (relative === null || relative === undefined) return;
  const fullName = nameParts(relative.HoVaTen).fullName;
  const personalId = cleanText(relative.SoDinhDanh)?.replace(/\s/g, '');
  const nationality = cleanText(relative.QuocTich);
  // An empty relative record (all fields blank) is how sources say "none".
  if (fullName === undefined && personalId === undefined && nationality === undefined) return;
  draft.set(`${path}.fullName`, fullName, `${key}.HoVaTen`);
  draft.set(`${path}.personalId`, personalId, `${key}.SoDinhDanh`);
  draft.set(`${path}.nationality`, nationality, `${key}.QuocTich`);
}
