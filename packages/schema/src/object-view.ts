import { isObject } from './pointer.js';
import { asSchemaObject, childPointer, deref, type Located } from './resolve.js';
import type { JsonSchema, JsonSchemaObject } from './schema-types.js';

/** Does `instance` validate against the subschema at a pointer of the root document? (Injected: the validator.) */
export type SubschemaTest = (instance: unknown, schemaPointer: string) => boolean;

export interface PropertyView {
  readonly name: string;
  /** Where the property is defined in the schema (first definition). */
  readonly schemaPointer: string;
  /** The property's schema for presentation: `$ref`s followed, later definitions laid over earlier ones. */
  readonly schema: JsonSchemaObject;
  /** Where the subschemas that define the property are, for incremental validation. */
  readonly sources: readonly string[];
  readonly required: boolean;
}

/** A choice between `oneOf` / `anyOf` branches of an object that has no discriminating `const`. */
export interface BranchChoice {
  readonly schemaPointer: string;
  readonly keyword: 'oneOf' | 'anyOf';
  readonly branches: readonly { readonly index: number; readonly schema: JsonSchemaObject; readonly pointer: string }[];
  readonly selected: number | undefined;
}

/** What an object shows for its current data: conditionals evaluated, branches chosen. */
export interface ObjectView {
  readonly properties: readonly PropertyView[];
  /** Property names defined only by branches that are not active now: their values are dropped. */
  readonly inactiveNames: ReadonlySet<string>;
  /** Property names whose values can change the view; `*` means any change can. */
  readonly dependsOn: ReadonlySet<string>;
  readonly choices: readonly BranchChoice[];
}

interface Collected {
  readonly name: string;
  readonly located: Located;
  /** Where the property's own subschema is (before following `$ref`), or '' for a synthesised one. */
  readonly source: string;
}

/** Reads UI state for branch choices that the data cannot decide (no discriminator). */
export type ChoiceState = (schemaPointer: string) => number | undefined;

/** The property names and required names an `if` schema reads, or `*` when it reads more. */
function conditionKeys(schema: JsonSchemaObject, keys: Set<string>): void {
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === 'properties' && isObject(value)) Object.keys(value).forEach((key) => keys.add(key));
    else if (keyword === 'required' && Array.isArray(value)) value.forEach((key) => keys.add(String(key)));
    else if ((keyword === 'allOf' || keyword === 'anyOf' || keyword === 'oneOf') && Array.isArray(value)) {
      value.forEach((part) => isObject(part) && conditionKeys(part as JsonSchemaObject, keys));
    } else if (keyword === 'not' && isObject(value)) conditionKeys(value as JsonSchemaObject, keys);
    else if (!['title', 'description', '$comment', 'type'].includes(keyword) && !keyword.startsWith('x-'))
      keys.add('*');
  }
}

/** A property that has `const` (or a one-value `enum`) in every branch decides the branch. */
function findDiscriminator(root: JsonSchemaObject, branches: readonly Located[]): string | undefined {
  const constOf = (branch: Located, name: string): unknown => {
    const property = branch.schema.properties?.[name];
    if (!isObject(property)) return undefined;
    const schema = deref(root, { schema: property as JsonSchemaObject, pointer: '' }).schema;
    if ('const' in schema) return schema.const;
    return Array.isArray(schema.enum) && schema.enum.length === 1 ? schema.enum[0] : undefined;
  };
  const first = branches[0];
  if (!first?.schema.properties) return undefined;
  return Object.keys(first.schema.properties).find((name) =>
    branches.every((branch) => constOf(branch, name) !== undefined),
  );
}

export interface ObjectViewContext {
  readonly root: JsonSchemaObject;
  readonly test: SubschemaTest;
  readonly choiceState: ChoiceState;
}

/**
 * Evaluates an object schema against its current data: base properties, `allOf` parts,
 * `if`/`then`/`else`, `dependentRequired`, `dependentSchemas` and `oneOf`/`anyOf` branches.
 */
export function objectView(context: ObjectViewContext, start: Located, data: unknown): ObjectView {
  const { root, test } = context;
  const value = isObject(data) ? data : {};
  const collected: Collected[] = [];
  const required = new Set<string>();
  const conditionalNames = new Set<string>();
  const activeConditionalNames = new Set<string>();
  const dependsOn = new Set<string>();
  const choices: BranchChoice[] = [];
  const order: string[] = [];

  const visit = (located: Located, conditional: boolean, depth: number): void => {
    if (depth > 32) return;
    const { schema, pointer } = deref(root, located);
    if (Array.isArray(schema['x-order'])) order.push(...(schema['x-order'] as string[]));
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const propertyPointer = childPointer(pointer, 'properties', name);
      const original = asSchemaObject(property, propertyPointer);
      collected.push({
        name,
        located: deref(root, { schema: original, pointer: propertyPointer }),
        source: propertyPointer,
      });
      if (conditional) activeConditionalNames.add(name);
    }
    for (const name of schema.required ?? []) required.add(name);

    (schema.allOf ?? []).forEach((part, index) =>
      visit(
        {
          schema: asSchemaObject(part, childPointer(pointer, 'allOf', index)),
          pointer: childPointer(pointer, 'allOf', index),
        },
        conditional,
        depth + 1,
      ),
    );

    if (schema.if !== undefined) {
      const condition = asSchemaObject(schema.if, childPointer(pointer, 'if'));
      conditionKeys(condition, dependsOn);
      const branchKeyword = test(value, childPointer(pointer, 'if')) ? 'then' : 'else';
      for (const keyword of ['then', 'else'] as const) {
        if (schema[keyword] === undefined) continue;
        const branch = {
          schema: asSchemaObject(schema[keyword], childPointer(pointer, keyword)),
          pointer: childPointer(pointer, keyword),
        };
        collectNames(root, branch, conditionalNames);
        if (keyword === branchKeyword) visit(branch, true, depth + 1);
      }
    }

    for (const [trigger, names] of Object.entries(schema.dependentRequired ?? {})) {
      dependsOn.add(trigger);
      if (value[trigger] !== undefined) names.forEach((name) => required.add(name));
    }

    const dependentSchemas = Object.entries(isObject(schema.dependentSchemas) ? schema.dependentSchemas : {}).map(
      ([trigger, dependent]) => ({ trigger, dependent, keyword: 'dependentSchemas' }),
    );
    // Draft-07 `dependencies`: a list of names is `dependentRequired`, a schema is `dependentSchemas`.
    for (const [trigger, dependent] of Object.entries(isObject(schema.dependencies) ? schema.dependencies : {})) {
      if (Array.isArray(dependent)) {
        dependsOn.add(trigger);
        if (value[trigger] !== undefined) dependent.forEach((name) => required.add(String(name)));
      } else dependentSchemas.push({ trigger, dependent: dependent as JsonSchemaObject, keyword: 'dependencies' });
    }
    for (const { trigger, dependent, keyword } of dependentSchemas) {
      dependsOn.add(trigger);
      const branchPointer = childPointer(pointer, keyword, trigger);
      const branch = deref(root, {
        schema: asSchemaObject(dependent as JsonSchema, branchPointer),
        pointer: branchPointer,
      });
      collectNames(root, branch, conditionalNames);
      if (value[trigger] !== undefined) visit(branch, true, depth + 1);
    }

    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const list = schema[keyword];
      if (!Array.isArray(list)) continue;
      const branches = list.map((branch, index) =>
        deref(root, {
          schema: asSchemaObject(branch, childPointer(pointer, keyword, index)),
          pointer: childPointer(pointer, keyword, index),
        }),
      );
      // Branches that only constrain (`required`, `not`…) are validation, not a choice of kind.
      if (!branches.some((branch) => isObject(branch.schema.properties))) continue;
      branches.forEach((branch) => collectNames(root, branch, conditionalNames));
      const discriminator = findDiscriminator(root, branches);
      let selected: number | undefined;
      if (discriminator) {
        dependsOn.add(discriminator);
        // The discriminator is always shown: it is how the citizen chooses.
        required.add(discriminator);
        selected =
          value[discriminator] === undefined
            ? undefined
            : branches.findIndex((branch) =>
                test(value[discriminator], childPointer(branch.pointer, 'properties', discriminator)),
              );
        collected.push({
          name: discriminator,
          located: {
            schema: discriminatorSchema(root, branches, discriminator, schema.properties?.[discriminator]),
            pointer: childPointer(pointer, keyword),
          },
          source: '',
        });
        if (selected !== undefined && selected >= 0) {
          const branch = branches[selected]!;
          visit({ schema: withoutProperty(branch.schema, discriminator), pointer: branch.pointer }, true, depth + 1);
        }
      } else {
        dependsOn.add('*');
        const picked = context.choiceState(pointer);
        const fitting =
          picked === undefined && Object.keys(value).length
            ? branches.flatMap((branch, index) => (test(value, branch.pointer) ? [index] : []))
            : [];
        selected = picked ?? fitting[0];
        choices.push({
          schemaPointer: pointer,
          keyword,
          branches: branches.map((branch, index) => ({ index, schema: branch.schema, pointer: branch.pointer })),
          selected,
        });
        if (selected !== undefined) visit(branches[selected]!, true, depth + 1);
        // `anyOf` lets several branches hold at once: the fields of every branch the data fits stay active.
        if (keyword === 'anyOf') for (const index of fitting.slice(1)) visit(branches[index]!, true, depth + 1);
      }
    }
  };

  visit(start, false, 0);

  // Merge repeated definitions of one property (base + then, allOf parts) in order.
  const merged = new Map<string, { located: Located; sources: string[] }>();
  for (const { name, located, source } of collected) {
    const existing = merged.get(name);
    if (existing) {
      existing.located = {
        schema: { ...existing.located.schema, ...located.schema },
        pointer: existing.located.pointer,
      };
      if (source) existing.sources.push(source);
    } else {
      merged.set(name, { located, sources: source ? [source] : [] });
    }
  }
  // `false` (or `not: {}`) in the active branches forbids the property: it is hidden and its value dropped.
  const forbidden = new Set([...merged].filter(([, entry]) => isForbidden(entry.located.schema)).map(([name]) => name));
  for (const name of forbidden) merged.delete(name);
  const names = [...merged.keys()];
  const ordered = [...new Set([...order.filter((name) => merged.has(name)), ...names])];
  const inactiveNames = new Set([
    ...[...conditionalNames].filter((name) => !merged.has(name) && !activeConditionalNames.has(name)),
    ...forbidden,
  ]);
  return {
    properties: ordered.map((name) => {
      const entry = merged.get(name)!;
      return {
        name,
        schemaPointer: entry.located.pointer,
        schema: entry.located.schema,
        sources: entry.sources,
        required: required.has(name),
      };
    }),
    inactiveNames,
    dependsOn,
    choices,
  };
}

function collectNames(root: JsonSchemaObject, located: Located, into: Set<string>): void {
  for (const name of Object.keys(located.schema.properties ?? {})) into.add(name);
  for (const part of located.schema.allOf ?? [])
    if (isObject(part))
      collectNames(root, deref(root, { schema: part as JsonSchemaObject, pointer: located.pointer }), into);
}

/** `false` and `{ "not": {} }` accept nothing: a property defined so is forbidden. */
export function isForbidden(schema: JsonSchemaObject): boolean {
  return isObject(schema.not) && Object.keys(schema.not).length === 0;
}

function withoutProperty(schema: JsonSchemaObject, name: string): JsonSchemaObject {
  const { [name]: _removed, ...properties } = schema.properties ?? {};
  return { ...schema, properties };
}

/** A labelled-options field synthesised from the branches' `const` values and titles. */
function discriminatorSchema(
  root: JsonSchemaObject,
  branches: readonly Located[],
  name: string,
  base: unknown,
): JsonSchemaObject {
  const baseSchema = isObject(base) ? deref(root, { schema: base as JsonSchemaObject, pointer: '' }).schema : {};
  const options = branches.map((branch) => {
    const property = deref(root, { schema: asSchemaObject(branch.schema.properties?.[name], ''), pointer: '' }).schema;
    const constant = 'const' in property ? property.const : property.enum?.[0];
    return {
      const: constant,
      title: branch.schema.title ?? property.title ?? String(constant),
      ...(isObject(branch.schema['x-i18n']) || isObject(property['x-i18n'])
        ? { 'x-i18n': branch.schema['x-i18n'] ?? property['x-i18n'] }
        : {}),
    };
  });
  const firstProperty = asSchemaObject(branches[0]?.schema.properties?.[name], '');
  return {
    ...(firstProperty.title === undefined ? {} : { title: firstProperty.title }),
    ...baseSchema,
    oneOf: options,
    'x-widget': baseSchema['x-widget'] ?? 'radios',
    'x-discriminator': true,
  };
}
