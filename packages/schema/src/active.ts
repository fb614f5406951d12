import { objectView, type SubschemaTest } from './object-view.js';
import { isObject, joinPointer } from './pointer.js';
import { asSchemaObject, childPointer, deref, schemaType, type Located } from './resolve.js';
import type { JsonSchema, JsonSchemaObject } from './schema-types.js';

/** What the traversal needs: the schema, a subschema test (the validator) and, in a form, the citizen's branch choices. */
export interface ActiveContext {
  readonly root: JsonSchemaObject;
  readonly test: SubschemaTest;
  /** A branch the citizen picked where the data cannot tell (`oneOf` without a discriminator), by data pointer and schema pointer. */
  readonly choiceState?: (dataPointer: string, schemaPointer: string) => number | undefined;
}

/** A field that is active for the data: shown, validated and submitted. */
export interface ActiveField {
  /** JSON pointer into the data. */
  readonly pointer: string;
  /** Where the field is defined in the schema (`$ref`s followed). */
  readonly schemaPointer: string;
  /** The field's schema as the view merges it (`$ref`s followed, conditional parts laid over). */
  readonly schema: JsonSchemaObject;
  readonly value: unknown;
}

/** Recursion through absent data stops at a schema already entered on the way down (recursive `$ref`). */
const maxDepth = 64;

/**
 * The one traversal that decides, for a data instance, which fields are active: object views
 * (`allOf`, `if`/`then`/`else`, `dependentSchemas`/`dependencies`, `oneOf`/`anyOf` branches,
 * forbidden `false` properties) and array items (`items`, `prefixItems`, draft-07 array `items`
 * with `additionalItems`). Returns the data with inactive values dropped and reports each active
 * field, present or not, to `onField`. The renderer (`value`, `dvc-submit`), `verifyPrefill` and
 * the reference server all call it.
 */
export function walkActive(context: ActiveContext, data: unknown, onField?: (field: ActiveField) => void): unknown {
  const entered: string[] = [];
  const walk = (located: Located, value: unknown, pointer: string, depth: number): unknown => {
    const { schema, pointer: schemaPointer } = deref(context.root, located);
    if (depth > maxDepth || (value === undefined && entered.includes(schemaPointer))) return value;
    entered.push(schemaPointer);
    try {
      const type = schemaType(context.root, schema);
      if (type === 'object' && (isObject(value) || value === undefined))
        return walkObject({ schema, pointer: schemaPointer }, value, pointer, depth);
      if (type === 'array' && Array.isArray(value)) {
        return value.map((item, index) => {
          const itemLocated = itemSchema(schema, schemaPointer, index);
          // An item left empty is JSON null: the schema's type check then asks for it.
          if (item === undefined) return null;
          if (!itemLocated) return item;
          const itemPointer = joinPointer(pointer, index);
          const resolved = deref(context.root, itemLocated);
          onField?.({ pointer: itemPointer, schemaPointer: resolved.pointer, schema: resolved.schema, value: item });
          return walk(resolved, item, itemPointer, depth + 1);
        });
      }
      return value;
    } finally {
      entered.pop();
    }
  };
  const walkObject = (
    located: Located,
    value: Record<string, unknown> | undefined,
    pointer: string,
    depth: number,
  ): unknown => {
    const view = objectView(
      {
        root: context.root,
        test: context.test,
        choiceState: (schemaPointer) => context.choiceState?.(pointer, schemaPointer),
      },
      located,
      value,
    );
    const byName = new Map(view.properties.map((property) => [property.name, property]));
    for (const property of view.properties) {
      const childPointer = joinPointer(pointer, property.name);
      const child = value?.[property.name];
      onField?.({
        pointer: childPointer,
        schemaPointer: property.schemaPointer,
        schema: property.schema,
        value: child,
      });
      // Absent groups are still walked, so a locked field inside one is known (and checked).
      if (child === undefined && onField)
        walk({ schema: property.schema, pointer: property.schemaPointer }, undefined, childPointer, depth + 1);
    }
    if (value === undefined) return undefined;
    const result: Record<string, unknown> = {};
    for (const [name, child] of Object.entries(value)) {
      if (view.inactiveNames.has(name) || child === undefined) continue;
      const property = byName.get(name);
      setOwn(
        result,
        name,
        property
          ? walk(
              { schema: property.schema, pointer: property.schemaPointer },
              child,
              joinPointer(pointer, name),
              depth + 1,
            )
          : child,
      );
    }
    return result;
  };
  return walk({ schema: context.root, pointer: '' }, data, '', 0);
}

/** Sets an own property, also one named `__proto__` (plain assignment would change the prototype). */
function setOwn(target: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}

/** The active fields of `data`, in traversal order. */
export function activeFields(context: ActiveContext, data: unknown): ActiveField[] {
  const fields: ActiveField[] = [];
  walkActive(context, data, (field) => fields.push(field));
  return fields;
}

/** `data` with the values of inactive branches dropped: what a form submits. */
export function activeValue(context: ActiveContext, data: unknown): unknown {
  return walkActive(context, data);
}

/**
 * The schema of item `index` of an array: `prefixItems` then `items` (2020-12), or draft-07's
 * array-form `items` then `additionalItems`.
 */
export function itemSchema(schema: JsonSchemaObject, pointer: string, index: number): Located | undefined {
  const at = (entry: JsonSchema | undefined, entryPointer: string): Located | undefined =>
    entry === undefined ? undefined : { schema: asSchemaObject(entry, entryPointer), pointer: entryPointer };
  const prefix = schema['prefixItems'];
  const items = schema.items as unknown;
  if (Array.isArray(prefix)) {
    if (index < prefix.length) return at(prefix[index] as JsonSchema, childPointer(pointer, 'prefixItems', index));
    return Array.isArray(items) ? undefined : at(items as JsonSchema | undefined, childPointer(pointer, 'items'));
  }
  if (Array.isArray(items)) {
    if (index < items.length) return at(items[index] as JsonSchema, childPointer(pointer, 'items', index));
    return at(schema['additionalItems'] as JsonSchema | undefined, childPointer(pointer, 'additionalItems'));
  }
  return at(items as JsonSchema | undefined, childPointer(pointer, 'items'));
}
