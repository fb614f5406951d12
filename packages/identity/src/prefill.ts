/**
 * `x-prefill` in a JSON Schema: which citizen value a field takes and whether the citizen may
 * change it. Pure and Node-usable: `<dvc-form>` uses it to fill fields, a back end uses
 * `verifyPrefill` to check that locked values were not tampered with.
 */
import { findPrefillFields, rawPrefill } from '@dvc/schema/prefill.js';
import {
  birthDatePrecision,
  citizenPaths,
  readCitizenPath,
  type Citizen,
  type CitizenAddress,
  type CitizenPath,
  type IdentitySource,
} from './citizen-model.js';

/** A field's `x-prefill`: the citizen path it takes, whether it is locked, and an optional value map (`{"male": "nam"}`). */
export interface PrefillSpec {
  from: CitizenPath;
  policy: 'locked' | 'editable';
  map?: Record<string, string>;
}

const prefillOf = rawPrefill;

/** The node's `x-prefill`, or `undefined` when it has none or it is not valid (see `prefillSpecProblem`). */
export function readPrefillSpec(node: unknown): PrefillSpec | undefined {
  const raw = prefillOf(node);
  if (raw === undefined) return undefined;
  // Checked by hand, not with zod: this module is in `<dvc-form>`'s bundle (and the lint messages are not).
  if (prefillSpecIssue(node) !== undefined) return undefined;
  const { from, policy, map } = raw as PrefillSpec;
  return map === undefined ? { from, policy } : { from, policy, map: { ...map } };
}

/**
 * What is wrong with a node's `x-prefill`, for tools that report it in their own words: its
 * `shape` (not `{ from, policy, map? }` with string values), or a `from` that is not a citizen
 * `path`; `undefined` when it is absent or valid. The one check of a spec (`readPrefillSpec`
 * and `dvc lint` use it).
 */
export function prefillSpecIssue(node: unknown): 'shape' | 'path' | undefined {
  const raw = prefillOf(node);
  if (raw === undefined) return undefined;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return 'shape';
  const spec = raw as Record<string, unknown>;
  const map = spec['map'];
  const shapeOk =
    typeof spec['from'] === 'string' &&
    (spec['policy'] === 'locked' || spec['policy'] === 'editable') &&
    (map === undefined ||
      (map !== null &&
        typeof map === 'object' &&
        !Array.isArray(map) &&
        Object.values(map).every((value) => typeof value === 'string'))) &&
    Object.keys(spec).every((key) => key === 'from' || key === 'policy' || key === 'map');
  if (!shapeOk) return 'shape';
  return (citizenPaths as readonly string[]).includes(spec['from'] as string) ? undefined : 'path';
}

/** What is wrong with the node's `x-prefill` (English, for schema linting), or `undefined` when it is absent or valid. */
export function prefillSpecProblem(node: unknown): string | undefined {
  const raw = prefillOf(node);
  if (raw === undefined) return undefined;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return 'x-prefill must be an object { "from": <citizen path>, "policy": "locked" | "editable" }';
  const spec = raw as Record<string, unknown>;
  if (typeof spec['from'] !== 'string' || !(citizenPaths as readonly string[]).includes(spec['from'])) {
    return `x-prefill.from ${JSON.stringify(spec['from'])} is not a citizen path; use one of: ${citizenPaths.join(', ')}`;
  }
  if (spec['policy'] !== 'locked' && spec['policy'] !== 'editable')
    return `x-prefill.policy ${JSON.stringify(spec['policy'])} must be "locked" or "editable"`;
  const map = spec['map'];
  if (
    map !== undefined &&
    (map === null ||
      typeof map !== 'object' ||
      Array.isArray(map) ||
      Object.values(map).some((value) => typeof value !== 'string'))
  ) {
    return 'x-prefill.map must be an object whose values are strings';
  }
  const unknown = Object.keys(spec).filter((key) => !['from', 'policy', 'map'].includes(key));
  if (unknown.length > 0) return `x-prefill has unknown keys: ${unknown.join(', ')}`;
  return undefined;
}

export type SchemaNode = Record<string, unknown>;

export function isNode(value: unknown): value is SchemaNode {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function typesOf(fieldSchema: SchemaNode | undefined): string[] | undefined {
  const type = fieldSchema?.['type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((entry): entry is string => typeof entry === 'string');
  return undefined;
}

const addressKeys = ['provinceCode', 'communeCode', 'detail', 'legacyText', 'country'] as const;

function addressForField(
  address: CitizenAddress,
  fieldSchema: SchemaNode | undefined,
): Record<string, string> | undefined {
  const properties = isNode(fieldSchema?.['properties']) ? Object.keys(fieldSchema['properties']) : [];
  if (properties.length === 0) return Object.keys(address).length > 0 ? { ...address } : undefined;
  const value: Record<string, string> = {};
  for (const key of addressKeys) {
    const part = address[key];
    if (part !== undefined && properties.includes(key)) value[key] = part;
  }
  // Legacy text with nowhere of its own goes to the detail line, so nothing the citizen has is lost.
  if (
    address.legacyText !== undefined &&
    !properties.includes('legacyText') &&
    properties.includes('detail') &&
    value['detail'] === undefined
  ) {
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
export function prefillValue(
  citizen: Citizen,
  spec: PrefillSpec,
  fieldSchema?: Record<string, unknown>,
): unknown | undefined {
  const raw = readCitizenPath(citizen, spec.from);
  if (raw === undefined) return undefined;
  const types = typesOf(fieldSchema);
  if (typeof raw !== 'string') {
    if (types && !types.includes('object')) return undefined;
    return addressForField(raw, fieldSchema);
  }
  if (types && !types.includes('string')) return undefined;
  if (spec.from === 'birthDate' && fieldSchema?.['format'] === 'date' && birthDatePrecision(raw) !== 'day')
    return undefined;
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

/**
 * Every field of `schema` with a valid `x-prefill`, wherever it sits (`@dvc/schema`'s
 * `findPrefillFields`: properties, `$ref`, `allOf`, conditional and `oneOf` branches, `prefixItems`).
 */
export function collectPrefillTargets(schema: object): PrefillTarget[] {
  if (!isNode(schema)) return [];
  return findPrefillFields(schema, readPrefillSpec).map(({ pointer, spec }) => ({ pointer, spec }));
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
