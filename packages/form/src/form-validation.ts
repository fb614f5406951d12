import { registerFormats, vnFormatsWithoutPhone } from '@dvc/schema/formats-core.js';
import type { JsonSchemaObject } from '@dvc/schema';
// Not the validation entry: that one carries the metaschema, which only the schema check needs.
import { createSchemaValidator, type SchemaValidator } from '@dvc/schema/validator.js';

/** One failed keyword, located in the data. */
export interface DataError {
  /** JSON pointer into the data; for `required`, the pointer of the missing property. */
  readonly pointer: string;
  readonly keyword: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

let formatsRegistered = false;

/**
 * Validation for the renderer, on the conformance-tested validator (ADR 0002): the whole
 * document on submit, one field's own subschemas on a keystroke, `if` conditions by pointer.
 * `root` is the renderer's own copy of the schema; the host's object is never touched.
 */
export class FormValidation {
  readonly root: JsonSchemaObject;
  private prepared: SchemaValidator | undefined;

  constructor(schema: JsonSchemaObject) {
    if (!formatsRegistered) {
      // `vn-phone` is registered when its chunk loads (formats/phone-loader.ts).
      registerFormats(vnFormatsWithoutPhone);
      formatsRegistered = true;
    }
    this.root = structuredClone(schema) as JsonSchemaObject;
    // Preparing the validator (dereferencing every subschema: ~25 ms at 2,000 fields) is not needed to
    // show a form without conditions: it happens on first use, or when the page is idle (issue 12).
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => this.validator);
  }

  private get validator(): SchemaValidator {
    return (this.prepared ??= createSchemaValidator(this.root));
  }

  validate(instance: unknown): DataError[] {
    return this.validator.validate(instance).map(({ instancePointer, keyword, params }) => ({
      pointer: instancePointer,
      keyword,
      ...(params ? { params } : {}),
    }));
  }

  /** Validates the value found at `instancePointer` against the subschema at `schemaPointer`. */
  validateAt(schemaPointer: string, instance: unknown, instancePointer: string): DataError[] {
    return this.validator
      .validateAt(schemaPointer, instance, instancePointer)
      .map(({ instancePointer: pointer, keyword, params }) => ({ pointer, keyword, ...(params ? { params } : {}) }));
  }

  /** Does `instance` satisfy the subschema at `schemaPointer`? */
  test = (instance: unknown, schemaPointer: string): boolean => this.validator.isValid(instance, schemaPointer);
}
