/**
 * `x-prefill` in a JSON Schema: which citizen value a field takes and whether the citizen may
 * change it. Pure and Node-usable: `<dvc-form>` uses it to fill fields, a back end uses
 * `verifyPrefill` to check that locked values were not tampered with.
 */
import { birthDatePrecision, citizenPaths, readCitizenPath, type Citizen, type CitizenAddress, type CitizenPath, type IdentitySource } from './citizen-model.js';

/** A field's `x-prefill`: the citizen path it takes, whether it is locked, and an optional value map (`{"male": "nam"}`). */
export interface PrefillSpec {
  from: CitizenPath;
  policy: 'locked' | 'editable';
  map?: Record<string, string>;
}

function prefillOf(node: unknown): unknown {
  return node !== null && typeof node === 'object' ? (node as Record<string, unknown>)['x-prefill'] : undefined;
}

/** The node's `x-prefill`, or `undefined` when it has none or it is not valid (see `prefillSpecProblem`). */
export function readPrefillSpec(node: unknown): PrefillSpec | undefined {
  const raw = prefillOf(node);
  if (raw === undefined) return undefined;
  // Checked by hand, not with zod: this module is in `<dvc-form>`'s bundle (and the lint messages are not).
  if (!isPrefillSpec(raw)) return undefined;
  const { from, policy, map } = raw as PrefillSpec;
  return map === undefined ? { from, policy } : { from, policy, map: { ...map } };
}

function isPrefillSpec(raw: unknown): raw is PrefillSpec {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return false;
  const spec = raw as Record<string, unknown>;
  const map = spec['map'];
  return (
    typeof spec['from'] === 'string' &&
    (citizenPaths as readonly string[]).includes(spec['from']) &&
    (spec['policy'] === 'locked' || spec['policy'] === 'editable') &&
    (map === undefined || (map !== null && typeof map === 'object' && !Array.isArray(map) && Object.values(map).every((value) => typeof value === 'string'))) &&
    Object.keys(spec).every((key) => key === 'from' || key === 'policy' || key === 'map')
  );
}

/** What is wrong with the node's `x-prefill` (English, for schema linting), or `undefined` when it is absent or valid. */
export function prefillSpecProblem(node: unknown): string | undefined {
  const raw = prefillOf(node);
  if (raw === undefined) return undefined;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return 'x-prefill must be an object { "from": <citizen path>, "policy": "locked" | "editable" }';
  const spec = raw as Record<string, unknown>;
  if (typeof spec['from'] !== 'string' || !(citizenPaths as readonly string[]).includes(spec['from'])) {
    return `x-prefill.from ${JSON.stringify(spec['from'])} is not a citizen path; use one of: ${citizenPaths.join(', ')}`;
  }
  if (spec['policy'] !== 'locked' && spec['policy'] !== 'editable') return `x-prefill.policy ${JSON.stringify(spec['policy'])} must be "locked" or "editable"`;
  const map = spec['map'];
  if (map !== undefined && (map === null || typeof map !== 'object' || Array.isArray(map) || Object.values(map).some((value) => typeof value !== 'string'))) {
    return 'x-prefill.map must be an object whose values are strings';
  }
  const unknown = Object.keys(spec).filter((key) => !['from', 'policy', 'map'].includes(key));
  if (unknown.length > 0) return `x-prefill has unknown keys: ${unknown.join(', ')}`;
  return undefined;
}

type SchemaNode = Record<string, unknown>;

function isNode(value: unknown): value is SchemaNode {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function typesOf(fieldSchema: SchemaNode | undefined): string[] | undefined {
  const type = fieldSchema?.['type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((entry): entry is string => typeof entry === 'string');
  return undefined;
}

const addressKeys = ['provinceCode', 'communeCode', 'detail', 'legacyText', 'country'] as const;

function addressForField(address: CitizenAddress, fieldSchema: SchemaNode | undefined): Record<string, string> | undefined {
  const properties = isNode(fieldSchema?.['properties']) ? Object.keys(fieldSchema['properties']) : [];
  if (properties.length === 0) return Object.keys(address).length > 0 ? { ...address } : undefined;
  const value: Record<string, string> = {};
  for (const key of addressKeys) {
    const part = address[key];
    if (part !== undefined && properties.includes(key)) value[key] = part;
  }
  // Legacy text with nowhere of its own goes to the detail line, so nothing the citizen has is lost.
  if (address.legacyText !== undefined && !properties.includes('legacyText') && properties.includes('detail') && value['detail'] === undefined) {
    value['detail'] = address.legacyText;
  }
  return Object.keys(value).length > 0 ? value : undefined;
}

/**
 * The citizen's value for a field, converted for it, or `undefined` ("leave the field editable
 * and empty") when the citizen has none or the field cannot hold it: text through `spec.map`
 * and only when it fits the field's `enum`; a birth date only at the precision a `format: date`
 * field needs; an address as the keys the field's object schema declares (all of them when it
 * declares none), legacy text in `legacyText` or else `detail`; never an address in a text field.
 */
export function prefillValue(citizen: Citizen, spec: PrefillSpec, fieldSchema?: Record<string, unknown>): unknown | undefined {
  const raw = readCitizenPath(citizen, spec.from);
  if (raw === undefined) return undefined;
  const types = typesOf(fieldSchema);
  if (typeof raw !== 'string') {
    if (types && !types.includes('object')) return undefined;
    return addressForField(raw, fieldSchema);
  }
  if (types && !types.includes('string')) return undefined;
  if (spec.from === 'birthDate' && fieldSchema?.['format'] === 'date' && birthDatePrecision(raw) !== 'day') return undefined;
  const value = spec.map && Object.hasOwn(spec.map, raw) ? spec.map[raw] : raw;
  const allowed = fieldSchema?.['enum'];
  if (Array.isArray(allowed) && !allowed.includes(value)) return undefined;
  if (fieldSchema && Object.hasOwn(fieldSchema, 'const') && fieldSchema['const'] !== value) return undefined;
  return value;
}

/** A field with `x-prefill`: where its value is in the form's DATA, and its spec. */
export interface PrefillTarget {
  pointer: string;
  spec: PrefillSpec;
}

interface ResolvedTarget extends PrefillTarget {
  /** The field's schema, with its local `$ref` and `allOf` parts merged in. */
  field: SchemaNode;
}

function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function resolveLocalRef(root: SchemaNode, ref: string): SchemaNode | undefined {
  if (!ref.startsWith('#')) return undefined;
  let current: unknown = root;
  for (const segment of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isNode(current)) return undefined;
    current = current[key];
  }
  return isNode(current) ? current : undefined;
}

/** The node with the parts it is made of (local `$ref`, `allOf`), outermost first. */
function partsOf(root: SchemaNode, node: SchemaNode, seen: Set<SchemaNode>): SchemaNode[] {
  if (seen.has(node)) return [];
  const inner = new Set(seen).add(node);
  const parts = [node];
  const ref = node['$ref'];
  if (typeof ref === 'string') {
    const target = resolveLocalRef(root, ref);
    if (target) parts.push(...partsOf(root, target, inner));
  }
  const allOf = node['allOf'];
  if (Array.isArray(allOf)) for (const entry of allOf) if (isNode(entry)) parts.push(...partsOf(root, entry, inner));
  return parts;
}

/** The parts merged, the outer node winning; `properties` merged key by key. */
function mergeParts(parts: SchemaNode[]): SchemaNode {
  const merged: SchemaNode = {};
  const properties: SchemaNode = {};
  for (const part of [...parts].reverse()) {
    Object.assign(merged, part);
    if (isNode(part['properties'])) Object.assign(properties, part['properties']);
  }
  if (Object.keys(properties).length > 0) merged['properties'] = properties;
  return merged;
}

function collectResolved(root: SchemaNode): ResolvedTarget[] {
  const targets = new Map<string, ResolvedTarget>();
  const walk = (node: SchemaNode, pointer: string, seen: Set<SchemaNode>): void => {
    if (seen.has(node)) return;
    const inner = new Set(seen).add(node);
    const parts = partsOf(root, node, new Set());
    const spec = parts.map(readPrefillSpec).find((found) => found !== undefined);
    if (spec && !targets.has(pointer)) targets.set(pointer, { pointer, spec, field: mergeParts(parts) });
    for (const part of parts) {
      const properties = part['properties'];
      if (!isNode(properties)) continue;
      for (const [name, child] of Object.entries(properties)) {
        if (isNode(child)) walk(child, `${pointer}/${escapePointerSegment(name)}`, inner);
      }
    }
  };
  walk(root, '', new Set());
  return [...targets.values()];
}

/**
 * Every field of `schema` with a valid `x-prefill`, found through `properties`, local `$ref` /
 * `$defs` and `allOf` (not inside array items: a list's entries are not the citizen's own data).
 */
export function collectPrefillTargets(schema: object): PrefillTarget[] {
  if (!isNode(schema)) return [];
  return collectResolved(schema).map(({ pointer, spec }) => ({ pointer, spec }));
}

/** How one submitted value was prefilled. */
export interface ProvenanceEntry {
  source: IdentitySource;
  from: CitizenPath;
  /** Locked and verified at source: the citizen could not change it. */
  verified: boolean;
  /** The citizen changed the prefilled value (editable fields). */
  changed: boolean;
}

/** Provenance of a submission, by JSON Pointer into its data. */
export type Provenance = Record<string, ProvenanceEntry>;

export interface PrefillMismatch {
  pointer: string;
  from: CitizenPath;
  expected: unknown;
  actual: unknown;
}

/** The value at a JSON Pointer, or `undefined`. */
function readPointer(value: unknown, pointer: string): unknown {
  if (pointer === '') return value;
  let current: unknown = value;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function deepEqual(left: unknown, right: unknown): boolean {
  if (Object.is(left, right)) return true;
  if (left === null || right === null || typeof left !== 'object' || typeof right !== 'object') return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  const leftKeys = Object.keys(left);
  const rightKeys = Object.keys(right);
  if (leftKeys.length !== rightKeys.length) return false;
  return leftKeys.every((key) => Object.hasOwn(right, key) && deepEqual((left as SchemaNode)[key], (right as SchemaNode)[key]));
}

/**
 * Checks a submission's locked values against the citizen: each must deep-equal the value the
 * form would have prefilled. With `options.schema` the locked fields come from the schema's
 * `x-prefill` (authoritative: editing or removing a provenance entry hides nothing); without it,
 * from the provenance entries marked `verified` (then an address is compared on the keys the
 * submitted object has, and `x-prefill.map` is not known: pass the schema when fields use it).
 * Fields the citizen has no value for were left editable and are not checked.
 */
export function verifyPrefill(
  submission: { value: unknown; provenance?: Provenance },
  citizen: Citizen,
  options: { schema?: object } = {},
): { ok: boolean; mismatches: PrefillMismatch[] } {
  const mismatches: PrefillMismatch[] = [];
  const check = (pointer: string, spec: PrefillSpec, field: SchemaNode | undefined): void => {
    const expected = prefillValue(citizen, spec, field);
    if (expected === undefined) return;
    const actual = readPointer(submission.value, pointer);
    if (!deepEqual(expected, actual)) mismatches.push({ pointer, from: spec.from, expected, actual });
  };
  if (options.schema !== undefined) {
    const root = isNode(options.schema) ? options.schema : {};
    for (const target of collectResolved(root)) if (target.spec.policy === 'locked') check(target.pointer, target.spec, target.field);
  } else {
    for (const [pointer, entry] of Object.entries(submission.provenance ?? {})) {
      if (!entry.verified) continue;
      const actual = readPointer(submission.value, pointer);
      const shape = isNode(actual) ? { type: 'object', properties: Object.fromEntries(Object.keys(actual).map((key) => [key, {}])) } : undefined;
      check(pointer, { from: entry.from, policy: 'locked' }, shape);
    }
  }
  return { ok: mismatches.length === 0, mismatches };
}
