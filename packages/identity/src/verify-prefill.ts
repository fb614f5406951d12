/**
 * `verifyPrefill`: a back end checks that locked values were not tampered with. Apart from the
 * form's prefill helpers (`prefill.ts`, in `@dvc/identity/prefill.js`) because it needs the validator
 * (`activeContext`), which `<dvc-form>`'s first download leaves out (ADR 0017, fourth amendment).
 */
import { activeContext } from '@dvc/schema/active-context.js';
import { activeFields, getAt, sameValue, type ActiveContext } from '@dvc/schema';
import { findPrefillFields, mergedFieldSchema } from '@dvc/schema/prefill.js';
import {
  isNode,
  prefillValue,
  readPrefillSpec,
  type PrefillSpec,
  type Provenance,
  type SchemaNode,
} from './prefill.js';
import type { Citizen, CitizenPath } from './citizen-model.js';

export interface PrefillMismatch {
  pointer: string;
  from: CitizenPath;
  expected: unknown;
  actual: unknown;
}

/** One traversal context (a copy of the schema and its validator) per schema object: a server verifies many submissions of one procedure. */
const contexts = new WeakMap<object, ActiveContext>();
function contextFor(schema: object): ActiveContext {
  let context = contexts.get(schema);
  if (!context) contexts.set(schema, (context = activeContext(schema)));
  return context;
}

/**
 * Checks a submission's locked values against the citizen: each must deep-equal the value the
 * form would have prefilled. With `options.schema` the locked fields come from the schema's
 * `x-prefill` (authoritative: editing or removing a provenance entry hides nothing); without it,
 * from the provenance entries marked `verified` (then an address is compared on the keys the
 * submitted object has, and `x-prefill.map` is not known: pass the schema when fields use it).
 * Fields the citizen has no value for were left editable and are not checked. Which fields are
 * locked is decided by `@dvc/schema`'s active-field traversal for the submitted data, in every
 * branch and array item. The schema is prepared once per object: pass a new object after changing it.
 */
export function verifyPrefill(
  submission: { value: unknown; provenance?: Provenance },
  citizen: Citizen,
  options: { schema?: object } = {},
): { ok: boolean; mismatches: PrefillMismatch[] } {
  const mismatches: PrefillMismatch[] = [];
  const checked = new Set<string>();
  const check = (pointer: string, spec: PrefillSpec, field: SchemaNode | undefined): void => {
    if (checked.has(pointer)) return;
    checked.add(pointer);
    const expected = prefillValue(citizen, spec, field);
    if (expected === undefined) return;
    const actual = getAt(submission.value, pointer);
    if (!sameValue(expected, actual)) mismatches.push({ pointer, from: spec.from, expected, actual });
  };
  if (options.schema !== undefined) {
    const context = contextFor(isNode(options.schema) ? options.schema : {});
    // The fields active for this data — the same traversal that decides what the form shows — in
    // every branch, conditional and array item; then locked fields of inactive branches that were
    // sent anyway (a value there is not the citizen's to choose either).
    const active = new Set<string>();
    for (const field of activeFields(context, submission.value)) {
      active.add(field.pointer);
      const schema = mergedFieldSchema(context.root, field.schema);
      const spec = readPrefillSpec(schema);
      if (spec?.policy === 'locked') check(field.pointer, spec, schema);
    }
    // A place the active branches define as a free field (someone else's name) is theirs to fill.
    for (const target of findPrefillFields(context.root, readPrefillSpec)) {
      if (
        target.spec.policy === 'locked' &&
        !active.has(target.pointer) &&
        getAt(submission.value, target.pointer) !== undefined
      )
        check(target.pointer, target.spec, mergedFieldSchema(context.root, target.schema));
    }
  } else {
    for (const [pointer, entry] of Object.entries(submission.provenance ?? {})) {
      if (!entry.verified) continue;
      const actual = getAt(submission.value, pointer);
      const shape = isNode(actual)
        ? { type: 'object', properties: Object.fromEntries(Object.keys(actual).map((key) => [key, {}])) }
        : undefined;
      check(pointer, { from: entry.from, policy: 'locked' }, shape);
    }
  }
  return { ok: mismatches.length === 0, mismatches };
}
