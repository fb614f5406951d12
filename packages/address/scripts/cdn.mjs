// For scripts/build-cdn.mjs: the address bundle is separate from dvc.js, and its data is copied
// next to it, so the main bundle never carries the 3,321 communes.
//
//   import { addressCdnEntries, copyAddressData } from '../packages/address/scripts/cdn.mjs';
//   Object.assign(cdnEntries, addressCdnEntries);   // before the esbuild loop
//   copyAddressData(outDir);                        // after it: dist/cdn/address-data/
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Bundle name → modules, in the shape of build-cdn.mjs's `cdnEntries` (paths from the repository root). */
export const addressCdnEntries = { 'dvc-address': ['packages/address/src/cdn.ts'] };

/** Copies packages/address/data to `<outDir>/address-data/`, where the bundle looks by default. */
export function copyAddressData(outDir) {
  cpSync(fileURLToPath(new URL('../data/', import.meta.url)), `${outDir}/address-data`, { recursive: true });
}
