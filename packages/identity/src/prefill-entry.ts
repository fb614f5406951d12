/**
 * `@dvc/identity/prefill.js`: what a form needs to fill fields from identity data — the model's
 * paths, `x-prefill`, the context, the strings — without zod, so `<dvc-form>`'s bundle stays
 * small. Adapters, zod schemas and the provider element are in the main entry.
 */
export * from './citizen-model.js';
export * from './prefill.js';
export { loadIdentityChecks, loadedIdentityChecks, mapClaimsLazily, validateCitizenLazily } from './lazy-checks.js';
export * from './identity-context.js';
export * from './problems.js';
export { citizenFactProblems } from './citizen-facts.js';
export {
  checkPersonalId,
  parsePersonalId,
  personalIdProblem,
  isVnPersonalId,
  checkPersonalIdConsistency,
  vnBirthProvinceCodes,
  vnBirthCountryCodeRange,
} from '@dvc/schema/personal-id.js';
export type {
  PersonalId,
  PersonalIdProblem,
  PersonalIdMismatch,
  PersonalIdIssue,
  PersonalFacts,
  Sex,
} from '@dvc/schema/personal-id.js';
export { registerIdentityStrings, describeIdentityProblem, identityStringsNamespace } from './locales/index.js';
