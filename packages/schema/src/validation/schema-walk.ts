import type { JsonObject, JsonValue } from './json.js';
import { copyJson, isJsonObject, setOwn } from './json-copy.js';

export { copyJson, isJsonObject, needsJsonCopy, setOwn } from './json-copy.js';

/**
 * Where subschemas sit inside a schema object (JSON Schema 2020-12 core and applicator
 * vocabularies, plus the older `definitions`, `dependencies`, `additionalItems` and array-form
 * `items` that the validator still applies). Knowing this tells a keyword of a schema object
 * (`{"format": "email"}`) from a property that is merely NAMED like one
 * (`{"properties": {"format": {…}}}`), and data (`const`, `enum`, `default`, `examples`) from
 * schemas.
 */
export const singleSchemaKeywords: ReadonlySet<string> = new Set([
  'items',
  'contains',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'additionalItems',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'contentSchema',
]);
export const schemaArrayKeywords: ReadonlySet<string> = new Set(['prefixItems', 'allOf', 'anyOf', 'oneOf', 'items']);
export const schemaMapKeywords: ReadonlySet<string> = new Set([
  '$defs',
  'definitions',
  'properties',
  'patternProperties',
  'dependentSchemas',
  'dependencies',
]);

/** A schema position: an object or boolean schema. */
export type SchemaNode = JsonObject | boolean;

export function isSchemaNode(value: unknown): value is SchemaNode {
  return typeof value === 'boolean' || isJsonObject(value);
}

/** RFC 6901 escaping of one reference token. */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The reference tokens of a JSON pointer (`''` → `[]`). */
export function pointerTokens(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointerToken);
}

/** The value a JSON pointer designates in `document`, or `undefined`. */
export function valueAtPointer(document: unknown, pointer: string): unknown {
  let value = document;
  for (const token of pointerTokens(pointer)) {
    if (Array.isArray(value)) value = /^(0|[1-9]\d*)$/.test(token) ? value[Number(token)] : undefined;
    else if (isJsonObject(value)) value = Object.prototype.hasOwnProperty.call(value, token) ? value[token] : undefined;
    else return undefined;
  }
  return value;
}

/** What a visitor is told about one subschema. */
export interface SchemaVisit {
  /** JSON pointer of the subschema in the document. */
  readonly pointer: string;
  /** The keyword whose value holds this subschema (`properties`, `items`…), `''` for the root. */
  readonly parentKeyword: string;
}

/**
 * Rebuilds a schema document bottom-up: `transform` gets each schema position (after its own
 * subschemas were rebuilt) and returns its replacement. Non-schema values (`const`, `enum`,
 * `default`, unknown keywords) are deep-copied untouched, so the result shares nothing with the
 * input.
 */
export function mapSchema(schema: unknown, transform: (node: SchemaNode, visit: SchemaVisit) => JsonValue): JsonValue {
  const visitNode = (node: unknown, visit: SchemaVisit): JsonValue => {
    if (!isJsonObject(node)) return isSchemaNode(node) ? transform(node, visit) : copyJson(node);
    const copy: JsonObject = {};
    for (const [keyword, value] of Object.entries(node)) {
      const at = `${visit.pointer}/${escapePointerToken(keyword)}`;
      if (singleSchemaKeywords.has(keyword) && isSchemaNode(value)) {
        setOwn(copy, keyword, visitNode(value, { pointer: at, parentKeyword: keyword }));
      } else if (schemaArrayKeywords.has(keyword) && Array.isArray(value)) {
        setOwn(
          copy,
          keyword,
          value.map((item, index) =>
            isSchemaNode(item)
              ? visitNode(item, { pointer: `${at}/${index}`, parentKeyword: keyword })
              : copyJson(item),
          ),
        );
      } else if (schemaMapKeywords.has(keyword) && isJsonObject(value)) {
        const map: JsonObject = {};
        for (const [name, item] of Object.entries(value)) {
          setOwn(
            map,
            name,
            isSchemaNode(item)
              ? visitNode(item, { pointer: `${at}/${escapePointerToken(name)}`, parentKeyword: keyword })
              : copyJson(item),
          );
        }
        setOwn(copy, keyword, map);
      } else {
        setOwn(copy, keyword, copyJson(value));
      }
    }
    return transform(copy, visit);
  };
  return visitNode(schema, { pointer: '', parentKeyword: '' });
}

/** One subschema directly inside a schema object. */
export interface SubschemaEntry {
  readonly node: SchemaNode;
  /** The keyword holding it. */
  readonly keyword: string;
  /** Its JSON pointer relative to the parent schema object (`/properties/name`). */
  readonly pointer: string;
}

/** The subschemas directly inside a schema object, in document order. */
export function subschemaEntries(node: JsonObject): SubschemaEntry[] {
  const entries: SubschemaEntry[] = [];
  for (const [keyword, value] of Object.entries(node)) {
    const at = `/${escapePointerToken(keyword)}`;
    if (singleSchemaKeywords.has(keyword) && isSchemaNode(value)) entries.push({ node: value, keyword, pointer: at });
    else if (schemaArrayKeywords.has(keyword) && Array.isArray(value)) {
      value.forEach((item, index) => {
        if (isSchemaNode(item)) entries.push({ node: item, keyword, pointer: `${at}/${index}` });
      });
    } else if (schemaMapKeywords.has(keyword) && isJsonObject(value)) {
      for (const [name, item] of Object.entries(value)) {
        if (isSchemaNode(item)) entries.push({ node: item, keyword, pointer: `${at}/${escapePointerToken(name)}` });
      }
    }
  }
  return entries;
}

/** Calls `visitor` for every schema position of a document, parents first. */
export function forEachSchema(schema: unknown, visitor: (node: SchemaNode, visit: SchemaVisit) => void): void {
  const visitNode = (node: SchemaNode, visit: SchemaVisit): void => {
    visitor(node, visit);
    if (typeof node === 'boolean') return;
    for (const entry of subschemaEntries(node))
      visitNode(entry.node, { pointer: visit.pointer + entry.pointer, parentKeyword: entry.keyword });
  };
  if (isSchemaNode(schema)) visitNode(schema, { pointer: '', parentKeyword: '' });
}
