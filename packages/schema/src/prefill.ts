import { isObject, joinPointer, parsePointer } from './pointer.js';
import { asSchemaObject, childPointer, deref, type Located } from './resolve.js';
import type { JsonSchema, JsonSchemaObject } from './schema-types.js';

/** A field of the schema with `x-prefill`, wherever it sits. */
export interface PrefillField<Spec> {
  /** Data pointer, e.g. `/applicant/fullName`. */
  readonly pointer: string;
  readonly schema: JsonSchemaObject;
  readonly spec: Spec;
}

/** Subschemas that describe the same object as their parent (fields may sit in any of them). */
const sameObjectKeywords = ['allOf', 'anyOf', 'oneOf'] as const;
const maxDepth = 16;

/** The raw `x-prefill` of a schema node (what it means is `@dvc/identity`'s `readPrefillSpec`). */
export function rawPrefill(schema: unknown): unknown {
  return isObject(schema) ? schema['x-prefill'] : undefined;
}

/**
 * Every field whose `x-prefill` `read` accepts, found statically (whatever the data) through
 * `properties`, local `$ref`s, `allOf`/`anyOf`/`oneOf`, `if`/`then`/`else`, `dependentSchemas`,
 * draft-07 `dependencies` and `prefixItems` (a fixed position of a list: `/members/0/fullName`),
 * so fields of conditional branches and later steps are known before they render. Items of
 * `items` are left out: which item a claim belongs to is not knowable. Which of these fields are
 * active for given data is `activeFields`' answer.
 */
export function findPrefillFields<Spec>(
  root: JsonSchemaObject,
  read: (schema: JsonSchemaObject) => Spec | undefined,
): PrefillField<Spec>[] {
  const found = new Map<string, PrefillField<Spec>>();
  const seen = new Set<JsonSchemaObject>();
  const at = (schema: JsonSchema | undefined, pointer: string): Located => ({
    schema: asSchemaObject(schema, pointer),
    pointer,
  });
  const visit = (located: Located, dataPointer: string): void => {
    const { schema, pointer } = deref(root, located);
    // Recursive schemas (a person whose parent is a person…) end here.
    if (seen.has(schema) || parsePointer(dataPointer).length > maxDepth) return;
    seen.add(schema);
    const spec = read(schema);
    if (spec !== undefined && dataPointer && !found.has(dataPointer))
      found.set(dataPointer, { pointer: dataPointer, schema, spec });
    if (isObject(schema.properties)) {
      for (const [name, child] of Object.entries(schema.properties))
        visit(at(child, childPointer(pointer, 'properties', name)), joinPointer(dataPointer, name));
    }
    for (const keyword of sameObjectKeywords) {
      const list = schema[keyword];
      if (Array.isArray(list))
        list.forEach((child, index) => visit(at(child, childPointer(pointer, keyword, index)), dataPointer));
    }
    for (const keyword of ['then', 'else'] as const)
      if (isObject(schema[keyword])) visit(at(schema[keyword], childPointer(pointer, keyword)), dataPointer);
    for (const keyword of ['dependentSchemas', 'dependencies'] as const) {
      const map = schema[keyword];
      if (!isObject(map)) continue;
      for (const [name, child] of Object.entries(map))
        if (isObject(child)) visit(at(child as JsonSchemaObject, childPointer(pointer, keyword, name)), dataPointer);
    }
    const prefix = schema['prefixItems'];
    if (Array.isArray(prefix))
      prefix.forEach((child, index) =>
        visit(at(child as JsonSchema, childPointer(pointer, 'prefixItems', index)), joinPointer(dataPointer, index)),
      );
  };
  visit({ schema: root, pointer: '' }, '');
  return [...found.values()];
}

/**
 * A field's schema with the parts it is made of merged in (local `$ref`, `allOf`), the outer
 * node winning and `properties` merged key by key: what a prefilled value must fit.
 */
export function mergedFieldSchema(root: JsonSchemaObject, schema: JsonSchemaObject): JsonSchemaObject {
  const parts: JsonSchemaObject[] = [];
  const seen = new Set<JsonSchemaObject>();
  const collect = (node: JsonSchemaObject): void => {
    if (seen.has(node)) return;
    seen.add(node);
    parts.push(node);
    if (typeof node.$ref === 'string') {
      try {
        collect(deref(root, { schema: { $ref: node.$ref }, pointer: '' }).schema);
      } catch {
        // A broken reference adds nothing; the schema check reports it.
      }
    }
    for (const part of node.allOf ?? []) if (isObject(part)) collect(part as JsonSchemaObject);
  };
  collect(schema);
  const merged: Record<string, unknown> = {};
  const properties: Record<string, unknown> = {};
  for (const part of [...parts].reverse()) {
    Object.assign(merged, part);
    if (isObject(part.properties)) Object.assign(properties, part.properties);
  }
  if (Object.keys(properties).length > 0) merged['properties'] = properties;
  return merged as JsonSchemaObject;
}
