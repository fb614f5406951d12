/**
 * Provenance as the server sees it, recomputed from the procedure's schema (`x-prefill`) and the
 * citizen the session and prefill token name. What the browser sends is kept beside it as
 * advisory and never trusted: only the server marks a value `verified`.
 */
import { collectPrefillTargets, prefillValue, type Citizen, type Provenance } from '@dvc/identity';
import { getAt } from '@dvc/schema';
import { canonicalJson } from './canonical.js';
import type { ClaimSourceName } from './demo-identity.js';

/**
 * One entry per prefilled field present in `value`: `verified` for locked fields (the caller has
 * already checked them with `verifyPrefill`), `changed` when an editable field differs from what
 * the citizen's record gives. Without a verified citizen there is no provenance.
 */
export function serverProvenance(
  schema: object,
  value: unknown,
  citizen: Citizen | undefined,
  source: ClaimSourceName | undefined,
): Provenance {
  if (!citizen || !source) return {};
  const provenance: Provenance = {};
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
    const locked = spec.policy === 'locked';
    provenance[pointer] = {
      source,
      from: spec.from,
      verified: locked,
      changed: !locked && canonicalJson(expected) !== canonicalJson(actual),
    };
  }
  return provenance;
}
