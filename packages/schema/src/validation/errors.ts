import { deepCompareStrict, type OutputUnit, type Schema } from '@cfworker/json-schema';
import type { JsonObject } from './json.js';
import {
  escapePointerToken,
  isJsonObject,
  pointerTokens,
  schemaArrayKeywords,
  schemaMapKeywords,
  singleSchemaKeywords,
  valueAtPointer,
} from './schema-walk.js';

/** One reason an instance does not conform, in terms a message can be written from. */
export interface SchemaError {
  /**
   * JSON pointer (RFC 6901) of the value at fault. For `required` and `dependentRequired` it is
   * the pointer of the MISSING property (`/applicant/phone`), so the message lands on that field.
   */
  instancePointer: string;
  /**
   * The failing keyword (`required`, `minLength`, `format`, `anyOf`…). A `false` subschema is
   * reported as the keyword that holds it when that reads better (`additionalProperties`,
   * `unevaluatedProperties`, `items`, `unevaluatedItems`), else as `false`.
   */
  keyword: string;
  /** JSON pointer of the keyword along the evaluation path (through `$ref`s, e.g. `/properties/a/$ref/minLength`). */
  schemaPointer: string;
  /** What a message needs: `limit`, `missingProperty`, `pattern`, `format`, `enum`, `type`, `branches`… */
  params?: Record<string, unknown>;
}

/** A library output unit with decoded JSON pointers. */
interface Unit {
  readonly keyword: string;
  readonly instance: string;
  readonly path: string;
}

/** Keywords that only say "a subschema failed"; the subschema's own errors are the explanation. */
const wrapperKeywords: ReadonlySet<string> = new Set([
  '$ref',
  '$recursiveRef',
  '$dynamicRef',
  'allOf',
  'if',
  'then',
  'else',
  'properties',
  'patternProperties',
  'additionalProperties',
  'unevaluatedProperties',
  'dependentSchemas',
  'prefixItems',
  'items',
  'additionalItems',
  'unevaluatedItems',
  'contentSchema',
]);

/** Keywords whose error is about one limit written in the schema. */
const limitKeywords: ReadonlySet<string> = new Set([
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minContains',
  'maxContains',
]);

/** Keywords whose error needs the keyword's own value (`{ pattern: "^\\d+$" }`). */
const valueKeywords: ReadonlySet<string> = new Set(['type', 'const', 'enum', 'pattern', 'format', 'multipleOf']);

/** Keywords whose `false` subschema is better named after the keyword. */
const falsePropertyKeywords: ReadonlySet<string> = new Set(['additionalProperties', 'unevaluatedProperties']);
const falseItemKeywords: ReadonlySet<string> = new Set(['items', 'unevaluatedItems', 'additionalItems']);

function decodeLocation(location: string): string {
  const pointer = location.startsWith('#') ? location.slice(1) : location;
  try {
    return decodeURIComponent(pointer);
  } catch {
    return pointer;
  }
}

/** Whether `pointer` is `ancestor` or below it. */
function isUnder(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

function parentPointer(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

function lastToken(pointer: string): string {
  return pointerTokens(pointer).at(-1) ?? '';
}

function hasOwn(value: unknown, key: string): boolean {
  return isJsonObject(value) && Object.prototype.hasOwnProperty.call(value, key);
}

/** A location reached along an evaluation path: the value there, and the keyword that led to it. */
interface Reached {
  readonly value: unknown;
  readonly via: string;
}

/** What `normaliseErrors` needs to look things up. */
export interface ErrorContext {
  /** The schema the evaluation started from (a node of the prepared copy). */
  readonly root: Schema | boolean;
  /** The dereferenced URI table the validation used. */
  readonly lookup: Readonly<Record<string, Schema | boolean>>;
  /** The instance that was validated. */
  readonly instance: unknown;
  /** Prefixed to every `schemaPointer` (validation that started at a subschema). */
  readonly schemaBase?: string;
  /** Prefixed to every `instancePointer`. */
  readonly instanceBase?: string;
}

/**
 * Follows an evaluation path (`/properties/a/$ref/minLength`) through the schema: `$ref` jumps to
 * its target, other tokens descend into the JSON. Tracks the keyword that led to the final
 * subschema, so a `false` under `additionalProperties` can be named after it.
 */
function follow(context: ErrorContext, path: string): Reached {
  let value: unknown = context.root;
  let kind: 'schema' | 'container' | 'data' = 'schema';
  let container = '';
  let via = '';
  for (const token of pointerTokens(path)) {
    if (kind === 'schema') {
      if (!isJsonObject(value)) return { value: undefined, via };
      if (token === '$ref' && typeof value['$ref'] === 'string') {
        const schema = value as Schema;
        value = context.lookup[schema.__absolute_ref__ ?? schema.$ref ?? ''];
        via = '$ref';
        continue;
      }
      const next = value[token];
      if (
        (schemaMapKeywords.has(token) && isJsonObject(next)) ||
        (schemaArrayKeywords.has(token) && Array.isArray(next))
      ) {
        kind = 'container';
        container = token;
      } else if (singleSchemaKeywords.has(token)) {
        via = token;
      } else {
        kind = 'data';
      }
      value = next;
    } else if (kind === 'container') {
      value = valueAtPointer(value, `/${escapePointerToken(token)}`);
      kind = 'schema';
      via = container;
    } else {
      value = valueAtPointer(value, `/${escapePointerToken(token)}`);
    }
  }
  return { value, via };
}

/**
 * Turns `@cfworker/json-schema`'s flat output (run with `shortCircuit = false`) into the leaf
 * errors that explain a failure:
 * - wrapper errors (`properties`, `allOf`, `$ref`, `if`, `items`…) are dropped: their children
 *   follow them in the output and say what is wrong;
 * - `anyOf`, `oneOf` and `propertyNames` are kept as one error each, with their children's leaf
 *   errors in `params` (`branches`, one list per subschema; `errors` for a property name);
 * - the items that failed `contains` are dropped when `minContains` reports the count;
 * - `required`/`dependentRequired` point at the missing property;
 * - params come from the schema itself (never by parsing the library's English messages);
 * - the same error (place, keyword, params) reached through several subschemas is kept once.
 */
export function normaliseErrors(outputUnits: readonly OutputUnit[], context: ErrorContext): SchemaError[] {
  const units: Unit[] = outputUnits.map((unit) => {
    let path = decodeLocation(unit.keywordLocation);
    // The library names this location `dependantRequired`.
    if (unit.keyword === 'dependentRequired' && path.endsWith('/dependantRequired'))
      path = `${parentPointer(path)}/dependentRequired`;
    return { keyword: unit.keyword, instance: decodeLocation(unit.instanceLocation), path };
  });
  const dropped = new Array<boolean>(units.length).fill(false);
  // Items that failed `contains` are reported before a failing `minContains`: they are not errors.
  units.forEach((unit, index) => {
    if (unit.keyword !== 'minContains') return;
    const containsPath = `${parentPointer(unit.path)}/contains/`;
    for (let previous = index - 1; previous >= 0; previous--) {
      const candidate = units[previous]!;
      if (!candidate.path.startsWith(containsPath) || !isUnder(candidate.instance, unit.instance)) break;
      dropped[previous] = true;
    }
  });

  const schemaBase = context.schemaBase ?? '';
  const instanceBase = context.instanceBase ?? '';
  const emitted = new Map<string, number>();

  const error = (keyword: string, instance: string, path: string, params?: Record<string, unknown>): SchemaError => ({
    instancePointer: instanceBase + instance,
    keyword,
    schemaPointer: schemaBase + path,
    ...(params ? { params } : {}),
  });

  /** The n-th error of the same keyword at the same place (the library emits one per missing property). */
  const occurrence = (unit: Unit): number => {
    const key = `${unit.keyword}|${unit.instance}|${unit.path}`;
    const count = emitted.get(key) ?? 0;
    emitted.set(key, count + 1);
    return count;
  };

  const leaf = (unit: Unit): SchemaError => {
    const { keyword, instance, path } = unit;
    const parent = follow(context, parentPointer(path));
    const schema = isJsonObject(parent.value) ? parent.value : ({} as JsonObject);
    const data = valueAtPointer(context.instance, instance);
    if (keyword === 'not') {
      const negated = schema['not'];
      // `false` subschemas were rewritten to `{ "not": {} }` so the library reports where they are.
      if (negated === true || (isJsonObject(negated) && Object.keys(negated).length === 0)) {
        const at = parentPointer(path);
        if (falsePropertyKeywords.has(parent.via))
          return error(parent.via, instance, at, { property: lastToken(instance) });
        if (falseItemKeywords.has(parent.via))
          return error(parent.via, instance, at, { index: Number(lastToken(instance)) });
        return error('false', instance, at);
      }
      return error('not', instance, path);
    }
    if (keyword === 'required') {
      const required = Array.isArray(schema['required']) ? schema['required'] : [];
      const missing = required.filter((name): name is string => typeof name === 'string' && !hasOwn(data, name));
      const name = missing[occurrence(unit)] ?? missing[0];
      if (name === undefined) return error(keyword, instance, path);
      return error(keyword, `${instance}/${escapePointerToken(name)}`, path, { missingProperty: name });
    }
    if (keyword === 'dependentRequired') {
      const pairs: Array<[string, string]> = [];
      const dependencies = isJsonObject(schema['dependentRequired']) ? schema['dependentRequired'] : {};
      for (const [property, needed] of Object.entries(dependencies)) {
        if (!hasOwn(data, property) || !Array.isArray(needed)) continue;
        for (const name of needed) if (typeof name === 'string' && !hasOwn(data, name)) pairs.push([property, name]);
      }
      const pair = pairs[occurrence(unit)] ?? pairs[0];
      if (!pair) return error(keyword, instance, path);
      return error(keyword, `${instance}/${escapePointerToken(pair[1])}`, path, {
        missingProperty: pair[1],
        property: pair[0],
      });
    }
    if (limitKeywords.has(keyword)) return error(keyword, instance, path, { limit: schema[keyword] });
    if (valueKeywords.has(keyword)) return error(keyword, instance, path, { [keyword]: schema[keyword] });
    if (keyword === 'uniqueItems' && Array.isArray(data)) {
      for (let first = 0; first < data.length; first++) {
        for (let second = first + 1; second < data.length; second++) {
          if (deepCompareStrict(data[first], data[second]))
            return error(keyword, instance, path, { duplicates: [first, second] });
        }
      }
    }
    return error(keyword, instance, path);
  };

  /** The leaf errors among units[start, end), each distinct one once (`allOf` branches can repeat one). */
  const collect = (start: number, end: number): SchemaError[] => {
    const errors: SchemaError[] = [];
    const seen = new Set<string>();
    const push = (found: SchemaError): void => {
      const key = `${found.instancePointer}|${found.keyword}|${JSON.stringify(found.params ?? null)}`;
      if (seen.has(key)) return;
      seen.add(key);
      errors.push(found);
    };
    let index = start;
    while (index < end) {
      const unit = units[index]!;
      if (dropped[index]) {
        index++;
        continue;
      }
      if (unit.keyword === 'anyOf' || unit.keyword === 'oneOf' || unit.keyword === 'propertyNames') {
        let next = index + 1;
        while (
          next < end &&
          units[next]!.path.startsWith(`${unit.path}/`) &&
          isUnder(units[next]!.instance, unit.instance)
        )
          next++;
        push(
          unit.keyword === 'propertyNames'
            ? propertyNameError(unit, index + 1, next)
            : combinationError(unit, index + 1, next),
        );
        index = next;
        continue;
      }
      const hasChildren = index + 1 < end && units[index + 1]!.path.startsWith(`${unit.path}/`);
      if (!wrapperKeywords.has(unit.keyword) && !(unit.keyword === 'dependencies' && hasChildren)) push(leaf(unit));
      index++;
    }
    return errors;
  };

  const combinationError = (unit: Unit, start: number, end: number): SchemaError => {
    const subschemas = follow(context, unit.path).value;
    const count = Array.isArray(subschemas) ? subschemas.length : 0;
    const ranges: Array<[number, number]> = Array.from({ length: count }, () => [end, end]);
    for (let index = start; index < end; index++) {
      const branch = Number(pointerTokens(units[index]!.path.slice(unit.path.length))[0]);
      const range = ranges[branch];
      if (!range) continue;
      if (range[0] === end) range[0] = index;
      range[1] = index + 1;
    }
    const branches = ranges.map(([first, last]) => (first === end ? [] : collect(first, last)));
    const params: Record<string, unknown> = { branches };
    if (unit.keyword === 'oneOf') params['matches'] = branches.filter((branch) => branch.length === 0).length;
    return error(unit.keyword, unit.instance, unit.path, params);
  };

  const propertyNameError = (unit: Unit, start: number, end: number): SchemaError => {
    const child = units[start];
    const at = child ? child.instance : unit.instance;
    return error('propertyNames', at, unit.path, { property: lastToken(at), errors: collect(start, end) });
  };

  return collect(0, units.length);
}
