import { getAt, joinPointer, parsePointer, sameValue, type JsonSchemaObject } from '@dvc/schema';
import {
  findPrefillFields as findSchemaPrefillFields,
  type PrefillField as SchemaPrefillField,
} from '@dvc/schema/prefill.js';
import type { PrefillView } from './prefill-view.js';
import {
  prefillValue,
  readPrefillSpec,
  type IdentitySource,
  type IdentityState,
  type PrefillSpec,
  type Provenance,
} from '@dvc/identity/prefill-core.js';

/** A field of the schema that identity data can answer (`x-prefill`). */
export type PrefillField = SchemaPrefillField<PrefillSpec>;

/** A value the form filled in from identity data. */
export interface FilledValue {
  readonly value: unknown;
  readonly source: IdentitySource;
  readonly locked: boolean;
}

/** Every field with `x-prefill` (`@dvc/schema`'s discovery, with the identity model's reading of the spec). */
export function findPrefillFields(root: JsonSchemaObject): PrefillField[] {
  return findSchemaPrefillFields(root, readPrefillSpec);
}

/**
 * The identity half of a form: which fields identity data can answer, what was filled in, and
 * where each value came from. Locked values are verified at source and stay read-only;
 * editable ones are a starting point the citizen may change.
 */
export class PrefillState implements PrefillView {
  readonly fields: readonly PrefillField[];
  readonly filled = new Map<string, FilledValue>();

  constructor(root: JsonSchemaObject) {
    this.fields = findPrefillFields(root);
  }

  /** The fields this identity can answer, with the values it would give. */
  answerable(identity: IdentityState | undefined): { field: PrefillField; value: unknown }[] {
    if (!identity) return [];
    return this.fields.flatMap((field) => {
      const value = prefillValue(identity.citizen, field.spec, field.schema);
      return value === undefined ? [] : [{ field, value }];
    });
  }

  /**
   * Fills the data from `identity` (or clears what an earlier identity filled when it is gone).
   * Locked values always follow the identity; an editable value the citizen already changed is
   * kept. Returns the new data.
   */
  apply(
    data: unknown,
    identity: IdentityState | undefined,
    write: (data: unknown, pointer: string, value: unknown) => unknown,
  ): unknown {
    const answers = new Map(this.answerable(identity).map(({ field, value }) => [field.pointer, { field, value }]));
    let next = data;
    for (const [pointer, filled] of [...this.filled]) {
      if (answers.has(pointer)) continue;
      // The identity no longer answers this field: its value was someone's verified data, so it goes too, unless the citizen changed it.
      if (filled.locked || sameValue(getAt(next, pointer), filled.value)) next = write(next, pointer, undefined);
      this.filled.delete(pointer);
    }
    const source = identity?.citizen.assurance.source;
    for (const { field, value } of answers.values()) {
      const locked = field.spec.policy === 'locked';
      const before = this.filled.get(field.pointer);
      const current = getAt(next, field.pointer);
      const untouched =
        current === undefined || current === '' || (before !== undefined && sameValue(current, before.value));
      if (locked || untouched) next = write(next, field.pointer, structuredClone(value));
      if (locked || untouched || before) this.filled.set(field.pointer, { value, source: source!, locked });
    }
    return next;
  }

  /** Clears everything filled so far (the citizen chose to type everything). */
  clear(data: unknown, write: (data: unknown, pointer: string, value: unknown) => unknown): unknown {
    return this.apply(data, undefined, write);
  }

  locks(schema: JsonSchemaObject): boolean {
    return readPrefillSpec(schema)?.policy === 'locked';
  }

  /** The locked value that covers `pointer` (the field itself or an enclosing group), if any. */
  lockFor(pointer: string): { pointer: string; filled: FilledValue } | undefined {
    const tokens = parsePointer(pointer);
    for (let depth = tokens.length; depth > 0; depth -= 1) {
      const candidate = tokens.slice(0, depth).reduce((joined, token) => joinPointer(joined, token), '');
      const filled = this.filled.get(candidate);
      if (filled?.locked) return { pointer: candidate, filled };
    }
    return undefined;
  }

  /** `{ [pointer]: { source, from, verified, changed } }` for every filled value still in `value`. */
  provenance(value: unknown, lockedNow: (pointer: string) => boolean = () => true): Provenance {
    const result: Provenance = {};
    for (const [pointer, filled] of this.filled) {
      const current = getAt(value, pointer);
      if (current === undefined && !filled.locked) continue;
      const field = this.fields.find((candidate) => candidate.pointer === pointer)!;
      result[pointer] = {
        source: filled.source,
        from: field.spec.from,
        verified: filled.locked && lockedNow(pointer),
        changed: !sameValue(current, filled.value),
      };
    }
    return result;
  }
}

export { sameValue };
