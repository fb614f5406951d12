/**
 * Rule `closed-objects`: every object the answers hold is closed with `unevaluatedProperties:
 * false`, so a server validating with the same schema refuses undeclared fields (issue 13: 900 kB
 * of them were accepted). Checked where an object value sits — the data schema itself, each
 * property, array items, `$defs` — not inside `allOf`/`if`/`then`/… parts, which only add to the
 * object around them (and a part closed on its own would refuse the fields its siblings declare).
 */
import { isObject, joinPointer, type RawProblem } from './walk.js';

const valueChildren = ['items', 'additionalProperties', 'unevaluatedItems', 'contains'] as const;
const valueMaps = ['properties', '$defs', 'definitions', 'patternProperties'] as const;
const applicatorLists = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
const applicators = ['if', 'then', 'else', 'not'] as const;

/** Object schemas at value positions under `node`, applicator parts looked through. */
function visitValues(
  node: unknown,
  pointer: string,
  atValue: boolean,
  visit: (schema: Record<string, unknown>, pointer: string) => void,
): void {
  if (!isObject(node)) return;
  if (atValue) visit(node, pointer);
  for (const key of valueChildren) visitValues(node[key], joinPointer(pointer, key), true, visit);
  for (const key of valueMaps) {
    const map = node[key];
    if (isObject(map))
      for (const [name, child] of Object.entries(map)) visitValues(child, joinPointer(pointer, key, name), true, visit);
  }
  for (const key of applicatorLists) {
    const list = node[key];
    // prefixItems entries are values of their own; the others are parts of this one.
    if (Array.isArray(list))
      list.forEach((child, index) =>
        visitValues(child, joinPointer(pointer, key, String(index)), key === 'prefixItems', visit),
      );
  }
  for (const key of applicators) visitValues(node[key], joinPointer(pointer, key), false, visit);
  const dependent = node['dependentSchemas'];
  if (isObject(dependent))
    for (const [name, child] of Object.entries(dependent))
      visitValues(child, joinPointer(pointer, 'dependentSchemas', name), false, visit);
}

function declaresObject(schema: Record<string, unknown>): boolean {
  const type = schema['type'];
  return type === 'object' || (Array.isArray(type) && type.includes('object')) || isObject(schema['properties']);
}

export function checkClosedObjects(dataSchema: Record<string, unknown>, report: (problem: RawProblem) => void): void {
  visitValues(dataSchema, '/dataSchema', true, (schema, pointer) => {
    if (!declaresObject(schema) || schema['unevaluatedProperties'] === false) return;
    report({ rule: 'closed-objects', pointer, key: 'rules.closedObject', params: { pointer } });
  });
}
