/**
 * `mapClaims` and `validateCitizen` loaded on first need (`identity-checks.ts`, with zod): a lazy
 * chunk of the CDN build (ADR 0017), so no bundle downloads zod before identity data arrives.
 * A failed load is a problem like any other (`unavailable`), never an exception.
 */
import type * as IdentityChecksModule from './identity-checks.js';
import type { IdentityResult } from './problems.js';

type IdentityChecks = typeof IdentityChecksModule;

let loaded: IdentityChecks | undefined;
let loading: Promise<IdentityChecks> | undefined;

/** The checks if they have loaded already (then mapping stays synchronous), else `undefined`. */
export function loadedIdentityChecks(): IdentityChecks | undefined {
  return loaded;
}

/** Loads the checks once (and again after a failure, so an offline moment is not final). */
export function loadIdentityChecks(): Promise<IdentityChecks> {
  return (loading ??= import('./identity-checks.js').then(
    (module) => (loaded = module),
    (problem: unknown) => {
      loading = undefined;
      throw problem;
    },
  ));
}

const unavailable: IdentityResult = { ok: false, problems: [{ path: '', key: 'unavailable' }] };

/** `mapClaims`, once its module has loaded; the `unavailable` problem when it cannot load. */
export async function mapClaimsLazily(source: string, claims: unknown): Promise<IdentityResult> {
  try {
    return (await loadIdentityChecks()).mapClaims(source, claims);
  } catch {
    return unavailable;
  }
}

/** `validateCitizen`, once its module has loaded; the `unavailable` problem when it cannot load. */
export async function validateCitizenLazily(value: unknown): Promise<IdentityResult> {
  try {
    return (await loadIdentityChecks()).validateCitizen(value);
  } catch {
    return unavailable;
  }
}
