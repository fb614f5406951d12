import { stringsRegistration } from '@dvc/core';
import { vi, type AddressStrings } from './vi.js';

export { vi as addressStringsVi, type AddressStrings };

/** The i18next namespace of `@dvc/address`'s strings. */
export const addressStringsNamespace = 'dvc-address';

/** Adds `@dvc/address`'s strings to the kit's i18next instance: Vietnamese now, English on first need. Idempotent. */
export const registerAddressStrings: () => void = stringsRegistration({
  namespace: addressStringsNamespace,
  vi,
  later: { en: () => import('./en.js').then((module) => module.en) },
});
