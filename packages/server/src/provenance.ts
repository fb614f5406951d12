/**
 * Provenance as the server sees it, recomputed from the procedure's schema (`x-prefill`) and the
 * citizen the session and prefill token name. What the browser sends is kept beside it as
 * advisory and never trusted: only the server marks a value `verified`.
 */
import { collectPrefillTargets, prefillValue, type Citizen, type ProvenanceEntry } from '@dvc/identity';
import { activeFields, getAt, type ActiveContext } from '@dvc/schema';
import { activeContext } from '@dvc/schema/active-context.js';
import { canonicalJson } from './canonical.js';
import type { ClaimSourceName } from './demo-identity.js';

/** An answer typed in assisted filing (no record gave it): it says who entered it. */
export interface TypedEntry {
  readonly source: 'manual';
  readonly verified: false;
  readonly changed: false;
  readonly assistedBy: string;
}

/** A provenance entry as stored: with the officer who filed it, when an officer did (assisted filing). */
export type ServerProvenanceEntry = (ProvenanceEntry & { assistedBy?: string }) | TypedEntry;

/** One traversal context per schema (the validator inside is compiled once). */
const contexts = new WeakMap<object, ActiveContext>();

export interface ProvenanceOptions {
  /**
   * Whether the citizen's data came from the national database (the session's sign-in), so locked
   * values the caller checked are `verified`. Data read from a card's QR text is not: `false`.
   */
  readonly verifiable?: boolean;
  /** The officer who filed beside the citizen: stamped on every entry. */
  readonly assistedBy?: string;
}

/**
 * One entry per prefilled field present in `value`: `verified` for locked fields (the caller has
 * already checked them with `verifyPrefill`), `changed` when a field differs from what the
 * citizen's record gives. Without a citizen there is no provenance. In assisted filing
 * (`assistedBy`) every other answer gets a `manual` entry too, so each answer names the officer.
 */
export function serverProvenance(
  schema: object,
  value: unknown,
  citizen: Citizen | undefined,
  source: ClaimSourceName | undefined,
  options: ProvenanceOptions = {},
): Record<string, ServerProvenanceEntry> {
  if (!citizen || !source) return {};
  const verifiable = options.verifiable ?? true;
  const provenance: Record<string, ServerProvenanceEntry> = {};
  for (const { pointer, spec } of collectPrefillTargets(schema)) {
    const actual = getAt(value, pointer);
    if (actual === undefined) continue;
    // Compared on the keys the answer has, as verifyPrefill does without a field schema.
    const shape =
      actual !== null && typeof actual === 'object'
        ? { type: 'object', properties: Object.fromEntries(Object.keys(actual).map((key) => [key, {}])) }
        : undefined;
    const expected = prefillValue(citizen, spec, shape);
    if (expected === undefined) continue;
    const verified = verifiable && spec.policy === 'locked';
    provenance[pointer] = {
      source,
      from: spec.from,
      verified,
      changed: !verified && canonicalJson(expected) !== canonicalJson(actual),
      ...(options.assistedBy === undefined ? {} : { assistedBy: options.assistedBy }),
    };
  }
  if (options.assistedBy !== undefined) stampTypedAnswers(schema, value, provenance, options.assistedBy);
  return provenance;
}

/**
 * In assisted filing every answer says who entered it: each answered field of the active branches
 * that no record prefilled (and that is not inside a prefilled value) gets a `manual` entry with
 * the officer. Only values (not the objects and lists that hold them) are answers.
 */
function stampTypedAnswers(
  schema: object,
  value: unknown,
  provenance: Record<string, ServerProvenanceEntry>,
  assistedBy: string,
): void {
  let context = contexts.get(schema);
  if (!context) contexts.set(schema, (context = activeContext(schema)));
  const prefilled = Object.keys(provenance);
  for (const field of activeFields(context, value)) {
    if (field.value === undefined || (field.value !== null && typeof field.value === 'object')) continue;
    if (prefilled.some((pointer) => field.pointer === pointer || field.pointer.startsWith(`${pointer}/`))) continue;
    provenance[field.pointer] = { source: 'manual', verified: false, changed: false, assistedBy };
  }
}
