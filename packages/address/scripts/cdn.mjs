// For scripts/build-cdn.mjs: the address data is copied next to the bundles (dist/cdn/address-data/)
// and loaded per province, so no bundle carries the 3,321 communes.
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Copies packages/address/data to `<outDir>/address-data/`, where the bundle looks by default. */
export function copyAddressData(outDir) {
  cpSync(fileURLToPath(new URL('../data/', import.meta.url)), `${outDir}/address-data`, { recursive: true });
}
