import { addStrings } from '@dvc/core';
import { en } from './en.js';
import { vi, type AddressStrings } from './vi.js';

export { vi as addressStringsVi, en as addressStringsEn, type AddressStrings };

/** The i18next namespace of `@dvc/address`'s strings. */
export const addressStringsNamespace = 'dvc-address';

/** Adds `@dvc/address`'s strings (Vietnamese and English) to the kit's i18next instance. Idempotent. */
export function registerAddressStrings(): void {
  addStrings('vi', addressStringsNamespace, vi);
  addStrings('en', addressStringsNamespace, en);
}
