/** Walking the fields of a procedure's dataSchema, as `<dvc-form>` would render them. */
import { isObject, topLevelPropertyDefinitions } from '../procedure.js';
import { resolveLocalRef, type JsonSchemaObject } from '@dvc/schema';
import { joinPointer } from '../json-source.js';
import type { Severity } from './problems.js';

export { isObject, joinPointer };
export const topLevelPropertyDefinitionsOf = topLevelPropertyDefinitions;

/** A problem before it is given a position in the file. */
export interface RawProblem {
  readonly rule: string;
  readonly severity?: Severity;
  /** JSON pointer into the procedure file. */
  readonly pointer: string;
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface FieldVisit {
  /** The property name. */
  readonly name: string;
  /** JSON pointer of the property's schema in the procedure file (`/dataSchema/properties/…`). */
  readonly pointer: string;
  /** The schema as written. */
  readonly site: Record<string, unknown>;
  /** The schema with a local `$ref` resolved: the target's keywords, overridden by those written beside `$ref`. */
  readonly schema: Record<string, unknown>;
}

export interface FieldOption {
  readonly value: string;
  readonly vi: string;
  readonly en: string;
  /** Where the option is written, when it has its own place (a `oneOf` branch). */
  readonly pointer?: string;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** `schema` with a `$ref` to `#/…` of `root` resolved (several levels deep); `x-i18n` languages are merged. */
export function resolveLocal(
  schema: Record<string, unknown>,
  root: Record<string, unknown>,
  depth = 0,
): Record<string, unknown> {
  const { $ref: ref, ...site } = schema;
  if (typeof ref !== 'string' || depth > 16) return schema;
  let target: unknown;
  try {
    target = resolveLocalRef(root as JsonSchemaObject, ref, '').schema;
  } catch {
    return schema; // The metaschema check reports references that do not resolve.
  }
  if (!isObject(target)) return schema;
  const resolved = resolveLocal(target, root, depth + 1);
  const merged: Record<string, unknown> = { ...resolved, ...site };
  const targetI18n = resolved['x-i18n'];
  const siteI18n = site['x-i18n'];
  if (isObject(targetI18n) && isObject(siteI18n)) {
    const languages: Record<string, unknown> = { ...targetI18n };
    for (const [language, strings] of Object.entries(siteI18n)) {
      languages[language] =
        isObject(strings) && isObject(targetI18n[language])
          ? { ...(targetI18n[language] as object), ...strings }
          : strings;
    }
    merged['x-i18n'] = languages;
  }
  return merged;
}

function englishOf(schema: Record<string, unknown>): Record<string, unknown> {
  const i18n = schema['x-i18n'];
  return isObject(i18n) && isObject(i18n['en']) ? i18n['en'] : {};
}

/** The options of a field (enum, or `oneOf`/`anyOf` of `const` branches; for an array, of its items), or undefined. */
export function optionsOf(
  schema: Record<string, unknown>,
  root: Record<string, unknown>,
  pointer = '',
): FieldOption[] | undefined {
  if (schema['type'] === 'array' && isObject(schema['items']))
    return optionsOf(resolveLocal(schema['items'], root), root, joinPointer(pointer, 'items'));
  if (Array.isArray(schema['enum'])) {
    const labels = isObject(schema['x-enum-labels']) ? schema['x-enum-labels'] : {};
    const englishLabels = isObject(englishOf(schema)['options'])
      ? (englishOf(schema)['options'] as Record<string, unknown>)
      : {};
    return schema['enum'].map((value) => ({
      value: String(value),
      vi: text(labels[String(value)]),
      en: text(englishLabels[String(value)]),
    }));
  }
  for (const keyword of ['oneOf', 'anyOf']) {
    const branches = schema[keyword];
    if (
      Array.isArray(branches) &&
      branches.length > 0 &&
      branches.every((branch) => isObject(branch) && 'const' in branch)
    ) {
      return (branches as Record<string, unknown>[]).map((branch, index) => ({
        value: String(branch['const']),
        vi: text(branch['title']),
        en: text(englishOf(branch)['title']),
        pointer: joinPointer(pointer, keyword, index),
      }));
    }
  }
  return undefined;
}

export function isAddressField(schema: Record<string, unknown>, root: Record<string, unknown>): boolean {
  return resolveLocal(schema, root)['x-widget'] === 'address';
}

export function fieldLabel(visit: FieldVisit): string {
  return text(visit.schema['title']) || visit.name;
}

const branchKeywords = ['allOf', 'anyOf', 'oneOf'] as const;

/** Subschemas of an object that add properties: [schema, pointer relative to the object]. */
function propertyHolders(node: Record<string, unknown>): [Record<string, unknown>, string][] {
  const holders: [Record<string, unknown>, string][] = [[node, '']];
  for (const keyword of branchKeywords) {
    const branches = node[keyword];
    if (Array.isArray(branches))
      branches.forEach((branch, index) => isObject(branch) && holders.push([branch, `/${keyword}/${index}`]));
  }
  for (const keyword of ['then', 'else'])
    if (isObject(node[keyword])) holders.push([node[keyword] as Record<string, unknown>, `/${keyword}`]);
  if (isObject(node['dependentSchemas'])) {
    for (const [name, branch] of Object.entries(node['dependentSchemas']))
      if (isObject(branch)) holders.push([branch, joinPointer('/dependentSchemas', name)]);
  }
  return holders;
}

/**
 * Calls `visit` for every field of `dataSchema`: properties of objects (and of their conditional
 * branches), of array items, and of `$defs` (reached once there, not at each `$ref`). Calls
 * `onStepKeyword` for every `x-step` written in it.
 */
export function walkFields(
  dataSchema: Record<string, unknown>,
  visit: (field: FieldVisit) => void,
  onStepKeyword: (pointer: string) => void,
): void {
  const seen = new Set<unknown>();
  const visitObject = (node: Record<string, unknown>, pointer: string): void => {
    if (seen.has(node)) return;
    seen.add(node);
    for (const [holder, relative] of propertyHolders(node)) {
      if (!isObject(holder['properties'])) continue;
      for (const [name, site] of Object.entries(holder['properties'])) {
        if (!isObject(site)) continue;
        const sitePointer = joinPointer(`${pointer}${relative}/properties`, name);
        visitSchema(name, site, sitePointer);
      }
    }
  };
  const visitSchema = (name: string, site: Record<string, unknown>, pointer: string): void => {
    if ('x-step' in site) onStepKeyword(joinPointer(pointer, 'x-step'));
    visit({ name, pointer, site, schema: resolveLocal(site, dataSchema) });
    if (typeof site['$ref'] === 'string') return;
    visitObject(site, pointer);
    if (isObject(site['items'])) visitObject(site['items'], joinPointer(pointer, 'items'));
  };
  if ('x-step' in dataSchema) onStepKeyword('/dataSchema/x-step');
  visitObject(dataSchema, '/dataSchema');
  for (const keyword of ['$defs', 'definitions']) {
    const definitions = dataSchema[keyword];
    if (!isObject(definitions)) continue;
    for (const [name, definition] of Object.entries(definitions)) {
      if (!isObject(definition)) continue;
      const pointer = joinPointer(`/dataSchema/${keyword}`, name);
      if ('x-step' in definition) onStepKeyword(joinPointer(pointer, 'x-step'));
      visitObject(definition, pointer);
      if (isObject(definition['items'])) visitObject(definition['items'], joinPointer(pointer, 'items'));
    }
  }
}

/** How many questions a field asks: one per control; an address picker is one; hidden fields none. */
export function countQuestions(schema: unknown, root: Record<string, unknown>, depth = 0): number {
  if (!isObject(schema) || depth > 16) return 0;
  const resolved = resolveLocal(schema, root);
  const widget = resolved['x-widget'];
  if (widget === 'hidden') return 0;
  if (widget === 'address') return 1;
  if (resolved['type'] === 'array') {
    const items = isObject(resolved['items']) ? resolveLocal(resolved['items'], root) : undefined;
    return items && isObject(items['properties']) ? countQuestions(items, root, depth + 1) : 1;
  }
  if (resolved['type'] === 'object' || isObject(resolved['properties'])) {
    let count = 0;
    const names = new Set<string>();
    for (const [holder] of propertyHolders(resolved)) {
      if (!isObject(holder['properties'])) continue;
      for (const [name, property] of Object.entries(holder['properties'])) {
        if (names.has(name)) continue;
        names.add(name);
        count += countQuestions(property, root, depth + 1);
      }
    }
    return count;
  }
  return 1;
}
