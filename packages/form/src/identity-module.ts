// Identity prefill's consent view, its logic and `@dvc/identity`'s strings and citizen checks, in a chunk of its own:
// `<dvc-form>` loads it when an identity is given (identity-slot.ts; ADR 0017, fourth amendment).
// The consent view's buttons: the form's first download has no <dvc-button> (ADR 0023).
import '@dvc/components/button/define.js';
export { IdentityPrefill } from './identity-consent.js';
export { registerIdentityStrings } from '@dvc/identity/prefill-strings.js';
export { registerConsentStrings } from './locales/consent.js';
