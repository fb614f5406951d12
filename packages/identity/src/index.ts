export * from './citizen.js';
export {
  vnBirthProvinceCodes,
  vnBirthCountryCodeRange,
  personalIdProblem,
  isVnPersonalId,
  parsePersonalId,
  checkPersonalIdConsistency,
  checkPersonalId,
} from '@dvc/schema/personal-id.js';
export type {
  PersonalId,
  PersonalIdProblem,
  PersonalIdMismatch,
  PersonalIdIssue,
  PersonalFacts,
  Sex,
} from '@dvc/schema/personal-id.js';
export * from './problems.js';
export * from './adapters/index.js';
export { validateCitizen } from './adapters/shared.js';
export * from './prefill.js';
export { verifyPrefill, type PrefillMismatch } from './verify-prefill.js';
export { loadIdentityChecks, loadedIdentityChecks, mapClaimsLazily, validateCitizenLazily } from './lazy-checks.js';
export * from './prefill-schema.js';
export * from './identity-context.js';
export {
  registerIdentityStrings,
  describeIdentityProblem,
  identityFieldLabel,
  identityStringsNamespace,
  identityStringsVi,
  type IdentityStrings,
} from './locales/index.js';
export { DvcIdentityProvider, type IdentityErrorDetail } from './identity-provider/identity-provider.js';
export { citizenFactProblems, personalIdIssueKeys } from './citizen-facts.js';
