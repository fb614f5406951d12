/**
 * The value of `<dvc-address>`: official codes plus the detail line. A place abroad (element
 * with `allow-abroad`) has a `countryCode` other than `VN` and its place in `detail`, without
 * province or commune.
 */
export interface AddressValue {
  /** ISO 3166-1 alpha-2 code of a country other than Việt Nam; absent for an address in Việt Nam. */
  readonly countryCode?: string;
  /** Two-digit province code (QĐ 19/2025/QĐ-TTg), or ''. */
  readonly provinceCode: string;
  /** Five-digit commune code, or ''. */
  readonly communeCode: string;
  /** House number, street, hamlet… as typed (NFC). */
  readonly detail: string;
}

export const emptyAddress: AddressValue = Object.freeze({ provinceCode: '', communeCode: '', detail: '' });

/** Names of the chosen units, as shown to people. */
export interface AddressNames {
  readonly provinceName?: string;
  readonly communeName?: string;
  readonly countryName?: string;
}

/**
 * The address as one line, in the official order from the smallest unit to the largest:
 * detail, commune, province ("Số 12 phố Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội").
 * Empty parts are left out.
 */
export function formatAddress(value: Partial<AddressValue>, names: AddressNames = {}): string {
  if (value.countryCode)
    return [value.detail, names.countryName ?? value.countryCode]
      .map((part) => (part ?? '').normalize('NFC').trim())
      .filter(Boolean)
      .join(', ');
  return [value.detail, value.communeCode ? names.communeName : '', value.provinceCode ? names.provinceName : '']
    .map((part) => (part ?? '').normalize('NFC').trim())
    .filter(Boolean)
    .join(', ');
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Reads an address value from JSON text or an object. Codes that do not have the official shape
 * (2 and 5 digits) are dropped; nothing here throws.
 */
export function parseAddressValue(input: unknown): AddressValue {
  let parsed: unknown = input;
  if (typeof input === 'string') {
    if (!input.trim()) return emptyAddress;
    try {
      parsed = JSON.parse(input);
    } catch {
      return emptyAddress;
    }
  }
  if (!isRecord(parsed)) return emptyAddress;
  const text = (key: string): string => (typeof parsed[key] === 'string' ? parsed[key].normalize('NFC') : '');
  const countryCode = text('countryCode');
  if (/^[A-Z]{2}$/.test(countryCode) && countryCode !== 'VN')
    return { countryCode, provinceCode: '', communeCode: '', detail: text('detail') };
  const provinceCode = /^\d{2}$/.test(text('provinceCode')) ? text('provinceCode') : '';
  const communeCode = provinceCode && /^\d{5}$/.test(text('communeCode')) ? text('communeCode') : '';
  return { provinceCode, communeCode, detail: text('detail') };
}

/** `{"provinceCode":"01","communeCode":"00070","detail":"…"}` in that key order, or '' when empty. */
export function serializeAddressValue(value: AddressValue): string {
  if (value.countryCode) return JSON.stringify({ countryCode: value.countryCode, detail: value.detail });
  if (!value.provinceCode && !value.communeCode && !value.detail) return '';
  return JSON.stringify({ provinceCode: value.provinceCode, communeCode: value.communeCode, detail: value.detail });
}
