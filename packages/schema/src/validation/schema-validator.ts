import { dereference, initialBaseURI, validate, type Schema } from '@cfworker/json-schema';
import type { JsonObject, JsonValue } from './json.js';
import { normaliseErrors, type SchemaError } from './errors.js';
import { metaschemaId, metaschemaLookup } from './metaschema.js';
import {
  copyJson,
  forEachSchema,
  isJsonObject,
  isSchemaNode,
  mapSchema,
  needsJsonCopy,
  subschemaEntries,
  valueAtPointer,
} from './schema-walk.js';

export interface SchemaValidatorOptions {
  /**
   * Whether `format` is an assertion (the default: a form wants `"format": "email"` or
   * `"vn-phone"` enforced) or only an annotation, as the specification's default vocabulary and
   * the official test suite have it. Unknown formats are always ignored.
   */
  readonly assertFormats?: boolean;
}

export interface SchemaValidator {
  /** Every reason `instance` does not conform; `[]` when it does. */
  validate(instance: unknown): SchemaError[];
  /**
   * Validates `instance` against the subschema at `schemaPointer` (a JSON pointer into the
   * schema document, e.g. `/properties/applicant/properties/phone`) on its own, for incremental
   * validation of one field. `instancePointer` (where `instance` sits in the whole data) prefixes
   * the pointers of the errors.
   */
  validateAt(schemaPointer: string, instance: unknown, instancePointer?: string): SchemaError[];
  /** Whether `instance` conforms to the subschema at `schemaPointer` (the root by default); stops at the first error. */
  isValid(instance: unknown, schemaPointer?: string): boolean;
}

type Lookup = Record<string, Schema | boolean>;

/**
 * The validator's own copy of a schema. The library annotates the objects it dereferences, so
 * the host's schema is never handed to it. In the copy:
 * - `false` subschemas become the equivalent `{ "not": {} }`, because the library reports a
 *   `false` at the instance's location instead of the schema's;
 * - with `assertFormats: false`, `format` is removed from schema objects (only there: a
 *   property NAMED "format" under `properties`, or a `const` holding one, is untouched).
 */
function prepareSchema(schema: unknown, assertFormats: boolean): Schema | boolean {
  const prepared = mapSchema(schema, (node): JsonValue => {
    if (node === false) return { not: {} };
    if (typeof node === 'object' && !assertFormats && 'format' in node) delete node['format'];
    return node;
  });
  if (!isSchemaNode(prepared)) throw new TypeError('A JSON Schema is an object or a boolean');
  return prepared as Schema | boolean;
}

/**
 * Registers every `$anchor` (and `$dynamicAnchor`, which is also a plain anchor for `$ref`) under
 * the base URI of the schema resource it belongs to. The library also registers an embedded
 * resource's anchors under the enclosing resource's URI, where they can overwrite an anchor of
 * the same name ("order of evaluation: $id and $anchor and $ref" in the official suite).
 */
function registerAnchors(root: Schema | boolean, lookup: Lookup): void {
  const visit = (node: unknown, base: URL): void => {
    if (!isJsonObject(node)) return;
    let here = base;
    const id = node['$id'];
    if (typeof id === 'string') {
      const url = new URL(id, base.href);
      if (url.hash.length <= 1) {
        url.hash = '';
        here = url;
      }
    }
    for (const keyword of ['$dynamicAnchor', '$anchor']) {
      const anchor = node[keyword];
      if (typeof anchor === 'string') lookup[new URL(`#${anchor}`, here.href).href] = node as Schema;
    }
    for (const entry of subschemaEntries(node)) visit(entry.node, here);
  };
  visit(root, initialBaseURI);
}

interface Prepared {
  readonly root: Schema | boolean;
  readonly lookup: Lookup;
}

function prepare(schema: unknown, assertFormats: boolean): Prepared {
  const root = prepareSchema(schema, assertFormats);
  const lookup: Lookup = Object.assign(Object.create(null) as Lookup, metaschemaLookup());
  dereference(root, lookup);
  registerAnchors(root, lookup);
  return { root, lookup };
}

function asInstance(instance: unknown): unknown {
  return needsJsonCopy(instance) ? copyJson(instance) : instance;
}

/**
 * A conforming JSON Schema draft 2020-12 validator for one schema, built on
 * `@cfworker/json-schema` (an interpreter: no `eval`/`new Function`, so it runs under a strict
 * Content-Security-Policy). The draft 2020-12 metaschema is preloaded, so a schema may `$ref`
 * it; no other document is ever fetched. `$dynamicRef` is not supported by the library (it is
 * ignored). May throw on a schema that `validateAgainstMetaschema` rejects (an unresolvable
 * `$ref`, a pattern that is not a valid regular expression): check schemas from outside first.
 */
export function createSchemaValidator(schema: unknown, options: SchemaValidatorOptions = {}): SchemaValidator {
  const { root, lookup } = prepare(schema, options.assertFormats ?? true);
  const subschemaAt = (pointer: string): Schema | boolean => {
    const node = pointer === '' ? root : valueAtPointer(root, pointer);
    if (!isSchemaNode(node)) throw new RangeError(`No subschema at ${JSON.stringify(pointer)}`);
    return node as Schema | boolean;
  };
  const run = (node: Schema | boolean, instance: unknown, schemaBase: string, instanceBase: string): SchemaError[] => {
    const data = asInstance(instance);
    const result = validate(data, node, '2020-12', lookup, false);
    return result.valid
      ? []
      : normaliseErrors(result.errors, { root: node, lookup, instance: data, schemaBase, instanceBase });
  };
  return {
    validate: (instance) => run(root, instance, '', ''),
    validateAt: (schemaPointer, instance, instancePointer = '') =>
      run(subschemaAt(schemaPointer), instance, schemaPointer, instancePointer),
    isValid: (instance, schemaPointer = '') =>
      validate(asInstance(instance), subschemaAt(schemaPointer), '2020-12', lookup, true).valid,
  };
}

/** Keywords that make a schema depend on, or be reachable from, other parts of its document. */
const linkKeywords = new Set(['$ref', '$dynamicRef', '$recursiveRef', '$id', 'id', '$anchor', '$dynamicAnchor']);

/**
 * Whether `schema` can be validated on its own, apart from its document: nothing in it refers to
 * another schema or gives itself a URI. Such a subschema gives the same errors alone as in place
 * (the form validates a field this way without preparing the whole document; ADR 0021). Only text
 * under those keywords counts (a property named `id` holds a schema object, not an id); a `const`
 * holding `{ "$ref": "…" }` counts too, and `false` is always the safe answer.
 */
export function standsAlone(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.every(standsAlone);
  if (typeof schema !== 'object' || schema === null) return true;
  for (const key in schema) {
    const value = (schema as JsonObject)[key];
    if ((typeof value === 'string' && linkKeywords.has(key)) || !standsAlone(value)) return false;
  }
  return true;
}

let metaschemaValidator: SchemaValidator | undefined;

/**
 * Checks that `schema` is a well-formed JSON Schema draft 2020-12 document, for `dvc-schema-error`:
 * - against the metaschema (formats asserted: `pattern` must be a regular expression, `$ref` a
 *   URI reference…); `instancePointer` is then the place IN THE SCHEMA that is wrong;
 * - every `$ref` resolves inside the document or to the metaschema (keyword `$ref`,
 *   `params.ref`), and no two subschemas claim the same URI (keyword `$id`).
 * Returns `[]` for a usable schema.
 */
export function validateAgainstMetaschema(schema: unknown): SchemaError[] {
  metaschemaValidator ??= createSchemaValidator({ $ref: metaschemaId }, { assertFormats: true });
  let errors: SchemaError[];
  try {
    errors = metaschemaValidator.validate(withTupleItemsUpgraded(schema));
  } catch (problem) {
    // Not JSON at all (undefined, a function…).
    return [
      {
        instancePointer: '',
        keyword: 'type',
        schemaPointer: '',
        params: { type: ['object', 'boolean'], message: String(problem) },
      },
    ];
  }
  if (errors.length > 0) return errors;
  // Without `$ref`, `$id` or anchors nothing can be unresolved or claimed twice: no second preparation.
  if (standsAlone(schema)) return [];
  let prepared: Prepared;
  try {
    prepared = prepare(schema, true);
  } catch (problem) {
    return [
      {
        instancePointer: '',
        keyword: '$id',
        schemaPointer: '',
        params: { message: problem instanceof Error ? problem.message : String(problem) },
      },
    ];
  }
  const unresolved: SchemaError[] = [];
  forEachSchema(prepared.root, (node, visit) => {
    if (typeof node === 'boolean' || typeof node['$ref'] !== 'string') return;
    const target = (node as Schema).__absolute_ref__ ?? node['$ref'];
    if (prepared.lookup[target] === undefined) {
      unresolved.push({
        instancePointer: `${visit.pointer}/$ref`,
        keyword: '$ref',
        schemaPointer: '',
        params: { ref: node['$ref'] },
      });
    }
  });
  return unresolved;
}

/**
 * Draft-07's array-form `items` (a tuple) with `additionalItems`, which the kit accepts and the
 * validator applies, written as their 2020-12 equivalent (`prefixItems`, `items`) for the
 * metaschema check only. A problem inside is reported at `…/prefixItems/…` of the tuple.
 */
function withTupleItemsUpgraded(schema: unknown): unknown {
  let found = false;
  forEachSchema(schema, (node) => {
    if (typeof node === 'object' && Array.isArray(node['items'])) found = true;
  });
  if (!found) return schema;
  return mapSchema(schema, (node) => {
    if (typeof node !== 'object' || !Array.isArray(node['items'])) return node;
    const { items, additionalItems, ...rest } = node;
    return {
      ...rest,
      prefixItems: items,
      ...(additionalItems === undefined ? {} : { items: additionalItems }),
    } as JsonObject;
  });
}

/**
 * Keywords present in `schema` that the validator does not apply (today `$dynamicRef`, which the
 * library ignores), with their pointers, so a linter or the renderer can refuse or warn.
 */
export function unsupportedKeywords(schema: unknown): SchemaError[] {
  const found: SchemaError[] = [];
  forEachSchema(schema, (node, visit) => {
    if (typeof node === 'object' && '$dynamicRef' in node) {
      found.push({
        instancePointer: `${visit.pointer}/$dynamicRef`,
        keyword: '$dynamicRef',
        schemaPointer: '',
        params: { ref: (node as JsonObject)['$dynamicRef'] },
      });
    }
  });
  return found;
}
