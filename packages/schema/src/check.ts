import { isObject, joinPointer } from './pointer.js';
import { deref, primaryType } from './resolve.js';
import { SchemaProblem, type JsonSchemaObject } from './schema-types.js';

const jsonTypes = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
const subschemaKeywords = [
  'additionalItems',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
];
const subschemaListKeywords = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const subschemaMapKeywords = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
/** Draft-07: `items` may be a list (a tuple), `dependencies` values may be lists of names. */
const listOrSchemaKeywords = ['items'];

/**
 * Checks, before anything renders, what would stop the schema from rendering: non-schema values,
 * unknown types, references that are remote, missing or circular. The first problem is reported
 * with its JSON pointer; the form shows a panel instead of a broken form.
 */
export function checkSchema(root: JsonSchemaObject): void {
  if (primaryType(root) !== 'object') throw new SchemaProblem('', 'schema.rootNotObject');
  const visited = new Set<unknown>();
  const visit = (schema: unknown, pointer: string): void => {
    if (typeof schema === 'boolean') return;
    if (!isObject(schema)) throw new SchemaProblem(pointer, 'schema.notASchema');
    if (visited.has(schema)) return;
    visited.add(schema);
    const object = schema as JsonSchemaObject;
    const types = typeof object.type === 'string' ? [object.type] : Array.isArray(object.type) ? object.type : [];
    if (object.type !== undefined && typeof object.type !== 'string' && !Array.isArray(object.type)) {
      throw new SchemaProblem(`${pointer}/type`, 'schema.invalid', { keyword: 'type' });
    }
    for (const type of types)
      if (!jsonTypes.has(String(type)))
        throw new SchemaProblem(`${pointer}/type`, 'schema.unsupportedType', { type: String(type) });
    if (
      object.required !== undefined &&
      !(Array.isArray(object.required) && object.required.every((name) => typeof name === 'string'))
    ) {
      throw new SchemaProblem(`${pointer}/required`, 'schema.invalid', { keyword: 'required' });
    }
    if (object.enum !== undefined && !Array.isArray(object.enum))
      throw new SchemaProblem(`${pointer}/enum`, 'schema.invalid', { keyword: 'enum' });
    if (object.pattern !== undefined) {
      try {
        new RegExp(String(object.pattern), 'u');
      } catch {
        throw new SchemaProblem(`${pointer}/pattern`, 'schema.invalid', { keyword: 'pattern' });
      }
    }
    if (typeof object.$ref === 'string') deref(root, { schema: object, pointer });
    for (const keyword of subschemaKeywords) if (keyword in object) visit(object[keyword], `${pointer}/${keyword}`);
    for (const keyword of subschemaListKeywords) {
      const list = object[keyword];
      if (list === undefined) continue;
      if (!Array.isArray(list)) throw new SchemaProblem(`${pointer}/${keyword}`, 'schema.invalid', { keyword });
      list.forEach((entry, index) => visit(entry, `${pointer}/${keyword}/${index}`));
    }
    for (const keyword of listOrSchemaKeywords) {
      const value = object[keyword];
      if (Array.isArray(value)) value.forEach((entry, index) => visit(entry, `${pointer}/${keyword}/${index}`));
      else if (value !== undefined) visit(value, `${pointer}/${keyword}`);
    }
    if (isObject(object['dependencies'])) {
      for (const [name, entry] of Object.entries(object['dependencies']))
        if (!Array.isArray(entry)) visit(entry, joinPointer(`${pointer}/dependencies`, name));
    }
    for (const keyword of subschemaMapKeywords) {
      const map = object[keyword];
      if (map === undefined) continue;
      if (!isObject(map)) throw new SchemaProblem(`${pointer}/${keyword}`, 'schema.invalid', { keyword });
      for (const [name, entry] of Object.entries(map)) visit(entry, joinPointer(`${pointer}/${keyword}`, name));
    }
  };
  visit(root, '');
}
