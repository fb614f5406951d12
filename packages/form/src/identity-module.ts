// Identity prefill's consent view, its logic and `@dvc/identity`'s strings and citizen checks, in a chunk of its own:
// `<dvc-form>` loads it when an identity is given (identity-slot.ts; ADR 0017, fourth amendment).
export { IdentityPrefill } from './identity-consent.js';
export { registerIdentityStrings } from '@dvc/identity/prefill-strings.js';
export { registerConsentStrings } from './locales/consent.js';
