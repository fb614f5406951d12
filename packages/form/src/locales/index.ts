import { addStrings } from '@dvc/core';
import { en } from './en.js';
import { vi, type FormStrings } from './vi.js';

export { vi as formStringsVi, en as formStringsEn, type FormStrings };

/** The i18next namespace of `@dvc/form`'s strings. */
export const formStringsNamespace = 'dvc-form';

/** Adds `@dvc/form`'s strings (Vietnamese and English) to the kit's i18next instance. Idempotent. */
export function registerFormStrings(): void {
  addStrings('vi', formStringsNamespace, vi);
  addStrings('en', formStringsNamespace, en);
}
