import { localized, optionsOf } from './field-model.js';
import { isObject } from './pointer.js';
import { asSchemaObject, childPointer, deref, schemaType, type Located } from './resolve.js';
import { SchemaProblem, type JsonSchema, type JsonSchemaObject } from './schema-types.js';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Property names a branch defines, through its `$ref` and `allOf` parts. */
function propertyNames(
  root: JsonSchemaObject,
  schema: JsonSchemaObject,
  into: Map<string, JsonSchemaObject>,
  required: Set<string>,
  depth = 0,
): void {
  if (depth > 8) return;
  const resolved = deref(root, { schema, pointer: '' }).schema;
  for (const [name, property] of Object.entries(isObject(resolved.properties) ? resolved.properties : {})) {
    if (!into.has(name))
      into.set(
        name,
        isObject(property) ? deref(root, { schema: property as JsonSchemaObject, pointer: '' }).schema : {},
      );
  }
  for (const name of Array.isArray(resolved.required) ? resolved.required : []) required.add(String(name));
  for (const part of resolved.allOf ?? [])
    if (isObject(part)) propertyNames(root, part as JsonSchemaObject, into, required, depth + 1);
}

/**
 * Labels for the branches of a choice of kind (`oneOf`/`anyOf` of objects): the branch's title,
 * else what distinguishes it from the others — the title of a property only it requires, else
 * of the properties only it has, else its description. `''` where nothing does (the renderer
 * then names it "Case N" in words): never a bare number, never the same label twice.
 */
export function branchLabels(
  root: JsonSchemaObject,
  branches: readonly JsonSchemaObject[],
  language: string,
): string[] {
  const shapes = branches.map((branch) => {
    const properties = new Map<string, JsonSchemaObject>();
    const required = new Set<string>();
    propertyNames(root, branch, properties, required);
    return { properties, required };
  });
  const titleOf = (schema: JsonSchemaObject, name: string): string =>
    localized(schema, language).title || text(schema.title) || name;
  const labels = branches.map((branch, index) => {
    const own = localized(branch, language).title || text(branch.title);
    if (own) return own;
    const { properties, required } = shapes[index]!;
    const others = shapes.filter((_shape, other) => other !== index);
    const onlyRequired = [...required].filter((name) => others.every((shape) => !shape.required.has(name)));
    if (onlyRequired.length > 0)
      return onlyRequired
        .slice(0, 2)
        .map((name) => titleOf(properties.get(name) ?? {}, name))
        .join(', ');
    const onlyHere = [...properties.keys()].filter((name) => others.every((shape) => !shape.properties.has(name)));
    if (onlyHere.length > 0)
      return onlyHere
        .slice(0, 2)
        .map((name) => titleOf(properties.get(name)!, name))
        .join(', ');
    return localized(branch, language).description || text(branch.description);
  });
  return labels.map((label, index) =>
    label && labels.indexOf(label) === index && labels.lastIndexOf(label) === index ? label : '',
  );
}

/**
 * Shapes of fields `<dvc-form>` cannot render, with their pointers: a field of several types
 * (`["string", "number"]`), a `oneOf`/`anyOf` mixing objects with other values or types. The
 * renderer refuses such a schema (`dvc-schema-error`) rather than show a text box that would
 * submit a string; `dvc lint` lists them all. Same model functions the renderer uses.
 */
export function unrenderableShapes(root: JsonSchemaObject): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  const at = (schema: JsonSchema | undefined, pointer: string): Located => ({
    schema: asSchemaObject(schema, pointer),
    pointer,
  });
  /** `field`: this node is something a citizen answers (a property or an item), not a part of one. */
  const visit = (located: Located, field: boolean): void => {
    let resolved: Located;
    try {
      resolved = deref(root, located);
    } catch {
      return; // Broken references are `checkSchema`'s to report.
    }
    const { schema, pointer } = resolved;
    const key = `${pointer}|${field}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (field) {
      const problem = fieldShapeProblem(root, schema, located.pointer);
      if (problem) problems.push(problem);
    }
    for (const [name, child] of Object.entries(isObject(schema.properties) ? schema.properties : {}))
      visit(at(child, childPointer(pointer, 'properties', name)), true);
    for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
      const list = schema[keyword];
      if (Array.isArray(list))
        list.forEach((child, index) => visit(at(child, childPointer(pointer, keyword, index)), false));
    }
    for (const keyword of ['then', 'else'] as const)
      if (schema[keyword] !== undefined)
        visit(at(schema[keyword] as JsonSchema, childPointer(pointer, keyword)), false);
    for (const keyword of ['dependentSchemas', 'dependencies'] as const) {
      const map = schema[keyword];
      if (isObject(map))
        for (const [name, child] of Object.entries(map))
          if (!Array.isArray(child)) visit(at(child as JsonSchema, childPointer(pointer, keyword, name)), false);
    }
    if (schemaType(root, schema) === 'array' && !optionsOf(schema, 'vi', root)) {
      const prefix = schema['prefixItems'];
      if (Array.isArray(prefix))
        prefix.forEach((child, index) =>
          visit(at(child as JsonSchema, childPointer(pointer, 'prefixItems', index)), true),
        );
      if (Array.isArray(schema.items))
        (schema.items as JsonSchema[]).forEach((child, index) =>
          visit(at(child, childPointer(pointer, 'items', index)), true),
        );
      else if (schema.items !== undefined) visit(at(schema.items, childPointer(pointer, 'items')), true);
    }
  };
  visit({ schema: root, pointer: '' }, false);
  return problems;
}

/** Why one field's schema cannot be rendered, or undefined. */
export function fieldShapeProblem(
  root: JsonSchemaObject,
  schema: JsonSchemaObject,
  pointer: string,
): SchemaProblem | undefined {
  if (optionsOf(schema, 'vi', root)) return undefined;
  const { type } = schema;
  if (Array.isArray(type) && type.filter((entry) => entry !== 'null').length > 1)
    return new SchemaProblem(childPointer(pointer, 'type'), 'schema.multipleTypes', { types: type.join(', ') });
  if (type !== undefined) return undefined;
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const list = schema[keyword];
    if (!Array.isArray(list) || list.length === 0) continue;
    const types = list.map((branch) =>
      isObject(branch)
        ? schemaType(root, deref(root, { schema: branch as JsonSchemaObject, pointer: '' }).schema)
        : undefined,
    );
    // Branches that only constrain (no type of their own) are validation of the same value.
    const typed = types.filter((entry) => entry !== undefined);
    if (new Set(typed).size > 1)
      return new SchemaProblem(childPointer(pointer, keyword), 'schema.mixedChoice', { keyword });
  }
  return undefined;
}
