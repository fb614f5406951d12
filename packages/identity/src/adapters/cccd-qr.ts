/**
 * The QR code on the chip ID card (CCCD 2021 model; vn-domain.md §2.2): pipe-separated
 * `SoCCCD|SoCMND|HoVaTen|NgaySinh|GioiTinh|DiaChi|NgayCap`, dates `ddmmyyyy`, sex `Nam` / `Nữ`.
 * The address is the permanent residence as printed (text of whichever system was current).
 * Extra trailing fields (newer cards) are ignored.
 */
import * as z from '../zod.js';
import type { IdentityResult } from '../problems.js';
import { CitizenDraft, cleanText, defaultNow, isoDate, mapAddress, parseSex, type MapClaimsOptions } from './shared.js';

/** The fields of the card's QR text, in order. */
export const cccdQrFields = ['SoCCCD', 'SoCMND', 'HoVaTen', 'NgaySinh', 'GioiTinh', 'DiaChi', 'NgayCap'] as const;

export const cccdQrSchema = z.string().check(z.trim(), z.minLength(1));

const fieldOfQrField: Record<string, string> = {
  SoCCCD: 'personalId',
  HoVaTen: 'fullName',
  NgaySinh: 'birthDate',
  GioiTinh: 'sex',
  DiaChi: 'permanentAddress',
};

/** `ddmmyyyy` → ISO date, or `undefined`. */
function parseQrDate(text: string): string | undefined {
  const match = /^(\d{2})(\d{2})(\d{4})$/.exec(text);
  return match ? isoDate(match[3]!, match[2]!, match[1]!) : undefined;
}

/** Maps the chip ID card's QR text to the citizen model. */
export function mapCccdQr(claims: unknown, options: MapClaimsOptions = {}): IdentityResult {
  const input = cccdQrSchema.safeParse(claims);
  if (!input.success) return { ok: false, problems: [{ path: '', key: 'payload' }] };
  const parts = input.data.split('|');
  if (parts.length < cccdQrFields.length) {
    return {
      ok: false,
      problems: [{ path: '', key: 'qrFields', params: { expected: cccdQrFields.length, count: parts.length } }],
    };
  }
  const field = Object.fromEntries(cccdQrFields.map((name, index) => [name, cleanText(parts[index]) ?? ''])) as Record<
    (typeof cccdQrFields)[number],
    string
  >;
  const draft = new CitizenDraft('cccd-qr');
  draft.set('personalId', field.SoCCCD === '' ? undefined : field.SoCCCD, 'SoCCCD');
  draft.set('fullName', field.HoVaTen === '' ? undefined : field.HoVaTen, 'HoVaTen');
  if (field.NgaySinh !== '') {
    const birthDate = parseQrDate(field.NgaySinh);
    if (birthDate === undefined) draft.problem('NgaySinh', 'date', fieldOfQrField['NgaySinh']);
    draft.set('birthDate', birthDate, 'NgaySinh');
  }
  if (field.GioiTinh !== '') {
    const sex = parseSex(field.GioiTinh);
    if (sex === undefined) draft.problem('GioiTinh', 'sex', 'sex');
    draft.set('sex', sex, 'GioiTinh');
  }
  draft.set('permanentAddress', mapAddress(field.DiaChi), 'DiaChi');
  if (field.NgayCap !== '' && parseQrDate(field.NgayCap) === undefined) draft.problem('NgayCap', 'date', 'issueDate');
  return draft.finish(undefined, options.now ?? defaultNow);
}
