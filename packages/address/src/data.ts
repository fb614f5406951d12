/** A province-level unit (34 from 1 July 2025, QĐ 19/2025/QĐ-TTg). */
export interface Province {
  /** Two-digit official code, e.g. `01`. */
  readonly code: string;
  /** Full name with the unit type: "Thành phố Hà Nội", "Tỉnh Cao Bằng". */
  readonly name: string;
  readonly type: 'tinh' | 'thanh-pho';
}

/** A commune-level unit (3,321: xã, phường, đặc khu). */
export interface Commune {
  /** Five-digit official code, e.g. `00004`. */
  readonly code: string;
  /** Full name with the unit type: "Phường Ba Đình", "Xã Ba Vì", "Đặc khu Phú Quốc". */
  readonly name: string;
  readonly type: 'phuong' | 'xa' | 'dac-khu';
}

/** A country other than Việt Nam, for a place abroad (ISO 3166-1 alpha-2, from `i18n-iso-countries`). */
export interface Country {
  /** Two capital letters, e.g. `JP`. */
  readonly code: string;
  /** Official names in Vietnamese and English: "Nhật Bản", "Japan". */
  readonly vi: string;
  readonly en: string;
  /** Other names people use ("Mỹ", "USA"): searched, never shown. */
  readonly aliases: readonly string[];
}

/** An old province's mapping file in `legacy/index.json`. */
export interface LegacyProvinceEntry {
  readonly slug: string;
  /** The old province's name, e.g. "Tỉnh Hà Tây"-era names such as "Tỉnh Bắc Giang". */
  readonly name: string;
  /** Lowest and highest old commune code in the file, to find the file of an old code. */
  readonly firstCode: string;
  readonly lastCode: string;
}

/** `[old commune code or "", old commune name, old district name, new province code, new commune code]`. */
export type LegacyRow = readonly [string, string, string, string, string];

/**
 * Fetches one file of the address data, given its path relative to the data folder:
 * `provinces.json`, `communes/01.json`, `legacy/index.json`, `legacy/ha-noi.json`. Rejects when
 * the file cannot be had. A host can pass its own, e.g. to read from its API or a bundle.
 */
export type AddressDataLoader = (path: string) => Promise<unknown>;

let configuredDataUrl: URL | undefined;

/**
 * Where a CDN bundle that loads the address only as a lazy chunk (`dvc-form.js`) says its
 * `address-data/` folder is: a URL string it sets before anything runs (scripts/cdn-layout.mjs), so
 * the bundle's first download carries no address code (ADR 0025).
 */
export const bundleDataUrlKey = Symbol.for('dvc-kit.address-data-url');

/**
 * Where the data lives when an element has no `data-url`: the folder given to
 * `setDefaultDataUrl`, else the one a CDN bundle named, else `data/` of this package, next to
 * `src/` and `dist/`.
 */
export function defaultDataUrl(): URL {
  const fromBundle = (globalThis as Record<symbol, unknown>)[bundleDataUrlKey];
  if (configuredDataUrl) return configuredDataUrl;
  if (typeof fromBundle === 'string') return new URL(fromBundle);
  // Resolved at run time from this module's URL; bundlers must not try to inline the folder.
  return new URL(/* @vite-ignore */ '../data/', import.meta.url);
}

/**
 * Sets the data folder for every `<dvc-address>` and `mapLegacyAddress` call on the page that is
 * not given its own (the CDN bundle points it next to itself). `undefined` restores the default.
 */
export function setDefaultDataUrl(url: string | URL | undefined): void {
  configuredDataUrl =
    url === undefined ? undefined : new URL(url, typeof document === 'undefined' ? undefined : document.baseURI);
}

const fetchLoaders = new Map<string, AddressDataLoader>();

/**
 * A loader that fetches `path` relative to `dataUrl` (absolute, or relative to the page). One
 * loader per folder, so every element on the page shares its cache and each file loads once.
 */
export function fetchLoader(dataUrl: string | URL = defaultDataUrl()): AddressDataLoader {
  const base = new URL(dataUrl, typeof document === 'undefined' ? undefined : document.baseURI).href;
  let loader = fetchLoaders.get(base);
  if (!loader) {
    loader = async (path) => {
      const response = await fetch(new URL(path, base));
      if (!response.ok) throw new Error(`${response.status} ${response.statusText} for ${path}`);
      return (await response.json()) as unknown;
    };
    fetchLoaders.set(base, loader);
  }
  return loader;
}

/** Raised when a data file has an unexpected shape; the caller shows the load error. */
export class AddressDataError extends Error {
  override readonly name = 'AddressDataError';
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string';

function parseUnits<TUnit extends Province | Commune>(
  value: unknown,
  path: string,
  codeLength: number,
  types: readonly string[],
): TUnit[] {
  if (!Array.isArray(value)) throw new AddressDataError(`${path}: expected an array`);
  return value.map((item: unknown, index) => {
    if (!isRecord(item) || !isString(item['code']) || !isString(item['name']) || !isString(item['type'])) {
      throw new AddressDataError(`${path}/${index}: expected { code, name, type }`);
    }
    if (item['code'].length !== codeLength || !types.includes(item['type']))
      throw new AddressDataError(`${path}/${index}: unexpected code or type`);
    return { code: item['code'], name: item['name'].normalize('NFC'), type: item['type'] } as TUnit;
  });
}

const caches = new WeakMap<AddressDataLoader, Map<string, Promise<unknown>>>();

/** Loads and checks one file once per loader; a failed load is forgotten so a retry fetches again. */
function load<TValue>(loader: AddressDataLoader, path: string, parse: (value: unknown) => TValue): Promise<TValue> {
  let cache = caches.get(loader);
  if (!cache) caches.set(loader, (cache = new Map()));
  let pending = cache.get(path) as Promise<TValue> | undefined;
  if (!pending) {
    pending = loader(path).then(parse);
    cache.set(path, pending);
    pending.catch(() => cache.delete(path));
  }
  return pending;
}

export function loadProvinces(loader: AddressDataLoader): Promise<Province[]> {
  return load(loader, 'provinces.json', (value) =>
    parseUnits<Province>(value, 'provinces.json', 2, ['tinh', 'thanh-pho']),
  );
}

export function loadCommunes(loader: AddressDataLoader, provinceCode: string): Promise<Commune[]> {
  if (!/^\d{2}$/.test(provinceCode))
    return Promise.reject(new AddressDataError(`Not a province code: ${provinceCode}`));
  const path = `communes/${provinceCode}.json`;
  return load(loader, path, (value) => parseUnits<Commune>(value, path, 5, ['phuong', 'xa', 'dac-khu']));
}

export function loadCountries(loader: AddressDataLoader): Promise<Country[]> {
  return load(loader, 'countries.json', (value) => {
    if (!Array.isArray(value)) throw new AddressDataError('countries.json: expected an array');
    return value.map((item: unknown, index) => {
      if (
        !isRecord(item) ||
        !isString(item['code']) ||
        !/^[A-Z]{2}$/.test(item['code']) ||
        !isString(item['vi']) ||
        !isString(item['en']) ||
        !Array.isArray(item['aliases']) ||
        !item['aliases'].every(isString)
      ) {
        throw new AddressDataError(`countries.json/${index}: expected { code, vi, en, aliases }`);
      }
      return { code: item['code'], vi: item['vi'], en: item['en'], aliases: item['aliases'] as string[] };
    });
  });
}

export function loadLegacyIndex(loader: AddressDataLoader): Promise<LegacyProvinceEntry[]> {
  return load(loader, 'legacy/index.json', (value) => {
    if (!Array.isArray(value)) throw new AddressDataError('legacy/index.json: expected an array');
    return value.map((item: unknown, index) => {
      if (
        !isRecord(item) ||
        !isString(item['slug']) ||
        !isString(item['name']) ||
        !isString(item['firstCode']) ||
        !isString(item['lastCode'])
      ) {
        throw new AddressDataError(`legacy/index.json/${index}: expected { slug, name, firstCode, lastCode }`);
      }
      if (!/^[a-z0-9-]+$/.test(item['slug'])) throw new AddressDataError(`legacy/index.json/${index}: bad slug`);
      return { slug: item['slug'], name: item['name'], firstCode: item['firstCode'], lastCode: item['lastCode'] };
    });
  });
}

export function loadLegacyRows(loader: AddressDataLoader, slug: string): Promise<LegacyRow[]> {
  const path = `legacy/${slug}.json`;
  return load(loader, path, (value) => {
    if (!Array.isArray(value)) throw new AddressDataError(`${path}: expected an array`);
    return value.map((row: unknown, index) => {
      if (!Array.isArray(row) || row.length !== 5 || !row.every(isString))
        throw new AddressDataError(`${path}/${index}: expected 5 strings`);
      return row as unknown as LegacyRow;
    });
  });
}
