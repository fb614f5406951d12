import type { JsonSchemaObject } from '@dvc/schema';
import type { Provenance } from '@dvc/identity/prefill-core.js';
import type { FilledValue } from './prefill.js';

/**
 * What a form's rendering and submit ask of identity prefill. `PrefillState` (in the identity prefill's chunk, with
 * the `x-prefill` reading) is one; until an identity is given the form has `noPrefill`, so the schema walk for
 * `x-prefill` and the citizen model are not in the form's first download (ADR 0017, sixth amendment).
 */
export interface PrefillView {
  readonly filled: ReadonlyMap<string, FilledValue>;
  /** The locked value that covers `pointer` (the field itself or an enclosing group), if any. */
  lockFor(pointer: string): { pointer: string; filled: FilledValue } | undefined;
  /** Whether a field's own schema locks what identity data fills in (`x-prefill` with `policy: locked`). */
  locks(schema: JsonSchemaObject): boolean;
  /** `{ [pointer]: { source, from, verified, changed } }` for every filled value still in `value`. */
  provenance(value: unknown, lockedNow?: (pointer: string) => boolean): Provenance;
}

/** No identity given (yet): nothing is filled in, nothing is locked. */
export const noPrefill: PrefillView = {
  filled: new Map(),
  lockFor: () => undefined,
  locks: () => false,
  provenance: () => ({}),
};
