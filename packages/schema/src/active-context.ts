// Not in the package's root index: the root is in `<dvc-form>`'s first download, and esbuild puts a file in every
// bundle whose static imports reach it, so re-exporting this (which needs the validator) from the root put the
// validator there too (ADR 0017, fourth amendment). Import it from `@dvc/schema/active-context.js`.
import { loadVnPhone, usesVnPhone } from './formats/phone-loader.js';
import { registerFormats, vnFormatsWithoutPhone } from './formats/register.js';
import { createSchemaValidator } from './validation/schema-validator.js';
import type { ActiveContext } from './active.js';
import type { JsonSchemaObject } from './schema-types.js';

/**
 * A traversal context for a schema on its own (a back end, a linter): the validator decides
 * `if` conditions and which branch the data fits. The schema is copied, never modified.
 * `format: "vn-phone"` is checked once the phone module has loaded: a schema that uses it starts
 * the load (`loadVnPhone()`; a back end calls `registerVnFormats()` at start). No static import of
 * the phone module here, so no bundle that reaches this module carries libphonenumber (ADR 0017).
 */
export function activeContext(schema: object): ActiveContext {
  registerFormats(vnFormatsWithoutPhone);
  if (usesVnPhone(schema)) void loadVnPhone();
  const root = structuredClone(schema) as JsonSchemaObject;
  const validator = createSchemaValidator(root);
  return { root, test: (instance, schemaPointer) => validator.isValid(instance, schemaPointer) };
}
