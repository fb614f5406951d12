// The validator (`@cfworker/json-schema` and the validation layer, about 9 kB gzip) in a chunk of its own: a form
// renders without it unless its schema has conditions, and starts loading it at once (ADR 0017, fourth amendment).
// `validator-loader.ts` loads it; `@dvc/form`'s root entry imports it up front (`validator-eager.ts`).
import { registerFormats, vnFormatsWithoutPhone } from '@dvc/schema/formats-core.js';
import { registerValidationStrings } from '@dvc/core/validation-strings.js';
import { registerFormStrings } from './locales/index.js';
import { registerMessageStrings } from './locales/messages.js';

export { vnFormatMessageKey } from '@dvc/schema/format-names.js';
export { errorMessage } from './error-messages.js';
export { ErrorPresenter } from './form-error-presenter.js';

export { createSchemaValidator, standsAlone, type SchemaValidator } from '@dvc/schema/validator.js';

/** Adds the Vietnamese formats to the validator's table (`vn-phone` is added when its chunk loads). */
export function registerFormFormats(): void {
  registerFormats(vnFormatsWithoutPhone);
}

/**
 * Registers the form's error messages (the validation messages, the controls' and the Vietnamese formats' messages): they come only
 * from this validator's results, so they travel with it, not in the form's first download (ADR 0017, sixth amendment).
 */
export function registerFormMessages(): void {
  // The controls' own messages too: a date's boxes that make no date are worded as `<dvc-date-input>` words them.
  registerValidationStrings();
  registerFormStrings();
  registerMessageStrings();
}
