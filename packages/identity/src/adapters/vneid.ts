/**
 * VNeID-style user info (the attributes a portal receives after a VNeID sign-in; vn-domain.md §2.4):
 * `SoDinhDanh` (12 digits), `HoVaTen` (full name, never split here), `NgayThangNamSinh`
 * (`yyyymmdd`), `loAs` / `IAL` (level of assurance). Other attributes (`sub`, `TechID`, URIs…) are
 * accepted and ignored.
 */
import * as z from '../zod.js';
import type { IdentityResult } from '../problems.js';
import {
  CitizenDraft,
  cleanText,
  defaultNow,
  nameParts,
  optionalCode,
  optionalText,
  parseSourceDate,
  payloadProblems,
  type MapClaimsOptions,
} from './shared.js';

export const vneidUserInfoSchema = z.looseObject({
  sub: optionalText,
  SoDinhDanh: z.string(),
  HoVaTen: z.string(),
  NgayThangNamSinh: optionalCode,
  loAs: optionalCode,
  IAL: optionalCode,
  LoaiTaiKhoan: optionalCode,
  loginIdp: optionalText,
});

export type VneidUserInfo = z.infer<typeof vneidUserInfoSchema>;

const fieldOfPayloadKey: Record<string, string> = {
  SoDinhDanh: 'personalId',
  HoVaTen: 'fullName',
  NgayThangNamSinh: 'birthDate',
};

/** Maps VNeID user info to the citizen model. */
export function mapVneidUserInfo(claims: unknown, options: MapClaimsOptions = {}): IdentityResult {
  const input = vneidUserInfoSchema.safeParse(claims);
  if (!input.success) return { ok: false, problems: payloadProblems(input.error, fieldOfPayloadKey, claims) };
  const info = input.data;
  const draft = new CitizenDraft('vneid');
  draft.set('personalId', cleanText(info.SoDinhDanh)?.replace(/\s/g, ''), 'SoDinhDanh');
  draft.set('fullName', nameParts(info.HoVaTen).fullName, 'HoVaTen');
  if (info.NgayThangNamSinh !== null && info.NgayThangNamSinh !== undefined) {
    const text = String(info.NgayThangNamSinh).trim();
    const birthDate = parseSourceDate(text);
    if (birthDate === undefined) draft.problem('NgayThangNamSinh', 'date', 'birthDate');
    draft.set('birthDate', birthDate, 'NgayThangNamSinh');
  }
  const level = info.loAs ?? info.IAL;
  return draft.finish(level === null || level === undefined ? undefined : String(level), options.now ?? defaultNow);
}
