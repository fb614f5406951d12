import { copyJson, getAt, type JsonSchemaObject } from '@dvc/schema';
import type { SchemaValidator } from './validator-module.js';
import { loadedValidator, loadValidator, type FormValidatorModule } from './validator-loader.js';

/** One failed keyword, located in the data. */
export interface DataError {
  /** JSON pointer into the data; for `required`, the pointer of the missing property. */
  readonly pointer: string;
  readonly keyword: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/**
 * Validation for the renderer, on the conformance-tested validator (ADR 0002): the whole
 * document on submit, one field's own subschemas on a keystroke, `if` conditions by pointer.
 * `root` is the renderer's own copy of the schema; the host's object is never touched.
 * The validator is a chunk of its own under `@dvc/form/define.js` (ADR 0017, fourth amendment): until it has
 * loaded (`ready`, `whenReady()`) nothing may validate or test; `@dvc/form`'s root entry has it up front.
 */
export class FormValidation {
  readonly root: JsonSchemaObject;
  private prepared: SchemaValidator | undefined;
  /** Subschemas validated on their own (`null`: one that needs its document), until the whole is prepared. */
  private readonly alone = new Map<string, SchemaValidator | null>();

  /** `copied`: `schema` is already the renderer's own JSON copy (`<dvc-form>` made one to check it), so it is not copied again. */
  constructor(schema: JsonSchemaObject, copied = false) {
    // A JSON copy shares the schema's strings (structuredClone copied every title and description).
    this.root = copied ? schema : (copyJson(schema) as JsonSchemaObject);
    // Preparing the validator for the whole document (dereferencing every subschema: about 25 ms, a few MB
    // of short-lived objects and about 0.7 MB kept at 2,000 fields) waits until something needs the whole
    // document: a field or condition whose subschema stands alone is validated on its own (ADR 0021).
    // A document with `$ref`s is prepared when the page is idle, so its first keystroke does not wait.
    const module = loadedValidator();
    if (module) this.prepareWhenIdle(module);
    else
      this.settled = loadValidator()
        .then(
          (loaded) => this.prepareWhenIdle(loaded),
          () => undefined,
        )
        .finally(() => (this.settled = undefined));
  }

  /** While the validator's chunk is on its way: resolves (never rejects) once it has loaded or failed to load. */
  settled: Promise<void> | undefined;

  /** Whether the validator has loaded: validating or testing before then is a mistake (see `whenReady`). */
  get ready(): boolean {
    return loadedValidator() !== undefined;
  }

  /** Resolves once the validator has loaded; rejects when its chunk cannot load (tried again on the next call). */
  whenReady(): Promise<void> {
    return loadValidator().then(() => undefined);
  }

  private prepareWhenIdle(module: FormValidatorModule): void {
    if (typeof requestIdleCallback === 'function' && !module.standsAlone(this.root))
      requestIdleCallback(() => this.validator);
  }

  private get module(): FormValidatorModule {
    const module = loadedValidator();
    if (!module) throw new Error('FormValidation: the validator has not loaded yet (await whenReady())');
    return module;
  }

  private get validator(): SchemaValidator {
    if (!this.prepared) {
      this.prepared = this.module.createSchemaValidator(this.root);
      this.alone.clear();
    }
    return this.prepared;
  }

  /** The validator for the subschema at `schemaPointer` alone, when it stands alone and the whole is not prepared. */
  private validatorAlone(schemaPointer: string): SchemaValidator | null {
    if (this.prepared) return null;
    let validator = this.alone.get(schemaPointer);
    if (validator === undefined) {
      const node = getAt(this.root, schemaPointer);
      const schemaNode =
        typeof node === 'boolean' || (typeof node === 'object' && node !== null && !Array.isArray(node));
      validator = schemaNode && this.module.standsAlone(node) ? this.module.createSchemaValidator(node) : null;
      this.alone.set(schemaPointer, validator);
    }
    return validator;
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
    const alone = this.validatorAlone(schemaPointer);
    const errors = alone
      ? alone.validateAt('', instance, instancePointer)
      : this.validator.validateAt(schemaPointer, instance, instancePointer);
    return errors.map(({ instancePointer: pointer, keyword, params }) => ({
      pointer,
      keyword,
      ...(params ? { params } : {}),
    }));
  }

  /** Does `instance` satisfy the subschema at `schemaPointer`? */
  test = (instance: unknown, schemaPointer: string): boolean => {
    const alone = this.validatorAlone(schemaPointer);
    return alone ? alone.isValid(instance) : this.validator.isValid(instance, schemaPointer);
  };
}
