/**
 * The checks of identity data that use zod: the adapters (`mapClaims`) and the citizen schema
 * (`validateCitizen`). Everything they check arrives asynchronously (claims from a sign-in, a
 * citizen from the host), so the provider and the journey load this module on first need
 * (`lazy-checks.ts`): in the CDN build it is a lazy chunk with zod, off every bundle's first download.
 */
export { mapClaims } from './adapters/index.js';
export { validateCitizen } from './adapters/shared.js';
