import { dereference, validate, type OutputUnit, type Schema } from '@cfworker/json-schema';
import type { JsonSchemaObject } from './schema/schema-types.js';

/** One failed keyword, located in the data. */
export interface DataError {
  /** JSON pointer into the data; for `required`, the pointer of the missing property. */
  readonly pointer: string;
  readonly keyword: string;
}

/** Applicator keywords only report that a subschema failed; the subschema's own error says why. */
const applicators = new Set([
  'properties', 'patternProperties', 'additionalProperties', 'unevaluatedProperties', 'items', 'prefixItems', 'additionalItems',
  'unevaluatedItems', 'contains', 'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', '$ref', '$recursiveRef', 'dependentSchemas',
  'dependencies', 'propertyNames',
]);

function toPointer(instanceLocation: string): string {
  return instanceLocation === '#' ? '' : decodeURIComponent(instanceLocation.replace(/^#/, ''));
}

function quotedLast(text: string): string | undefined {
  return [...text.matchAll(/"([^"]*)"/g)].at(-1)?.[1];
}

/** Turns the library's output into the errors that explain a failure, one per keyword and place. */
export function explain(units: readonly OutputUnit[]): DataError[] {
  const errors: DataError[] = [];
  const seen = new Set<string>();
  const add = (pointer: string, keyword: string): void => {
    const key = `${pointer}|${keyword}`;
    if (!seen.has(key)) {
      seen.add(key);
      errors.push({ pointer, keyword });
    }
  };
  for (const unit of units) {
    const pointer = toPointer(unit.instanceLocation);
    if (unit.keyword === 'required' || unit.keyword === 'dependentRequired') {
      const missing = quotedLast(unit.error);
      add(missing === undefined ? pointer : `${pointer}/${missing.replace(/~/g, '~0').replace(/\//g, '~1')}`, 'required');
    } else if (!applicators.has(unit.keyword)) {
      add(pointer, unit.keyword);
    }
  }
  // oneOf/anyOf with no explaining leaf (e.g. matched two branches) still needs a message.
  if (errors.length === 0 && units.length > 0) add(toPointer(units[0]!.instanceLocation), units[0]!.keyword);
  return errors;
}

/**
 * Validation for the renderer: the whole document on submit, one field's own subschemas on a
 * keystroke (incremental), and `if` conditions. The schema is copied once: the library annotates
 * the objects it dereferences, and the host's schema object must stay untouched.
 */
export class FormValidation {
  readonly root: JsonSchemaObject;
  private readonly lookup: ReturnType<typeof dereference>;

  constructor(schema: JsonSchemaObject) {
    this.root = structuredClone(schema) as JsonSchemaObject;
    this.lookup = dereference(this.root as Schema);
  }

  validate(instance: unknown): DataError[] {
    const result = validate(instance, this.root as Schema, '2020-12', this.lookup, false);
    return result.valid ? [] : explain(result.errors);
  }

  /** Validates `instance`, found at `pointer`, against a subschema of this document. */
  validateSubschema(instance: unknown, subschema: JsonSchemaObject, pointer: string): DataError[] {
    const result = validate(instance, subschema as Schema, '2020-12', this.lookup, false);
    return result.valid ? [] : explain(result.errors).map((error) => ({ ...error, pointer: pointer + error.pointer }));
  }

  test = (instance: unknown, subschema: JsonSchemaObject): boolean => validate(instance, subschema as Schema, '2020-12', this.lookup, true).valid;
}
