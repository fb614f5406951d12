import { parsePointer, isObject, escapePointerToken } from './pointer.js';
import { SchemaProblem, type JsonSchema, type JsonSchemaObject } from './schema-types.js';

/** A subschema and where it sits in the root document. */
export interface Located {
  readonly schema: JsonSchemaObject;
  readonly pointer: string;
}

const trueSchema: JsonSchemaObject = Object.freeze({});

/** Looks up a local `$ref` (`#/…`) in the root document. */
export function resolveLocalRef(root: JsonSchemaObject, ref: string, at: string): Located {
  if (!ref.startsWith('#')) {
    // Remote documents would mean network requests the host did not configure.
    throw new SchemaProblem(at, 'schema.remoteRef', { ref });
  }
  if (ref !== '#' && !ref.startsWith('#/')) throw new SchemaProblem(at, 'schema.unsupportedRef', { ref });
  let current: unknown = root;
  for (const token of parsePointer(ref)) {
    current = Array.isArray(current) ? current[Number(token)] : isObject(current) ? current[token] : undefined;
    if (current === undefined) throw new SchemaProblem(at, 'schema.missingRef', { ref });
  }
  if (current === true) return { schema: trueSchema, pointer: ref.slice(1) };
  if (!isObject(current)) throw new SchemaProblem(at, 'schema.invalidRef', { ref });
  return { schema: current as JsonSchemaObject, pointer: ref.slice(1) };
}

/**
 * Follows `$ref` chains. With siblings beside `$ref` (allowed in 2020-12) the result is the
 * referenced schema with the siblings laid over it, for presentation; validation always uses
 * the original document.
 */
export function deref(root: JsonSchemaObject, located: Located): Located {
  let { schema, pointer } = located;
  const seen = new Set<string>();
  while (typeof schema.$ref === 'string') {
    if (seen.has(pointer)) throw new SchemaProblem(pointer, 'schema.circularRef', { ref: schema.$ref });
    seen.add(pointer);
    const target = resolveLocalRef(root, schema.$ref, `${pointer}/$ref`);
    const { $ref: _ref, ...siblings } = schema;
    schema = Object.keys(siblings).length ? { ...target.schema, ...siblings } : target.schema;
    pointer = target.pointer;
  }
  return { schema, pointer };
}

/** Normalises a boolean or object subschema found at `pointer`. */
export function asSchemaObject(schema: JsonSchema | undefined, pointer: string): JsonSchemaObject {
  if (schema === undefined || schema === true) return trueSchema;
  if (schema === false) return Object.freeze({ not: {} });
  if (!isObject(schema)) throw new SchemaProblem(pointer, 'schema.notASchema');
  return schema as JsonSchemaObject;
}

export function childPointer(pointer: string, ...tokens: (string | number)[]): string {
  return tokens.reduce<string>((path, token) => `${path}/${escapePointerToken(token)}`, pointer);
}

/** The single non-null type a schema declares, if any (`["string", "null"]` counts as string). */
export function primaryType(schema: JsonSchemaObject): string | undefined {
  const { type } = schema;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) {
    const concrete = type.filter((entry) => entry !== 'null');
    return concrete.length === 1 ? (concrete[0] as string) : undefined;
  }
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  if (schema.enum?.every((value) => typeof value === 'string')) return 'string';
  if (typeof schema.const === 'string') return 'string';
  return undefined;
}

/**
 * `primaryType`, also for schemas that say it only through their parts: a property that is a
 * `oneOf`/`anyOf` of objects (often `$ref`s with no `type` beside them) is an object, one made
 * of `allOf` parts takes theirs, draft-07 array-form `items` and `prefixItems` make an array.
 */
export function schemaType(root: JsonSchemaObject, schema: JsonSchemaObject, depth = 0): string | undefined {
  const own = primaryType(schema);
  if (own !== undefined || depth > 8) return own;
  if (Array.isArray(schema['prefixItems']) || Array.isArray(schema.items)) return 'array';
  const partTypes = (list: unknown): (string | undefined)[] =>
    Array.isArray(list)
      ? list.map((part) =>
          isObject(part)
            ? schemaType(root, deref(root, { schema: part as JsonSchemaObject, pointer: '' }).schema, depth + 1)
            : undefined,
        )
      : [];
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const types = partTypes(schema[keyword]);
    if (types.length > 0 && types.every((type) => type !== undefined && type === types[0])) return types[0];
  }
  const allOf = partTypes(schema.allOf).filter((type) => type !== undefined);
  if (allOf.length > 0 && allOf.every((type) => type === allOf[0])) return allOf[0];
  if (isObject(schema.if) || isObject(schema.dependentSchemas) || isObject(schema['dependencies'])) {
    const branches = partTypes([
      schema.then,
      schema.else,
      ...Object.values(isObject(schema.dependentSchemas) ? schema.dependentSchemas : {}),
    ]).filter((type) => type !== undefined);
    if (branches.length > 0 && branches.every((type) => type === branches[0])) return branches[0];
  }
  return undefined;
}
