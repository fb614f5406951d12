/**
 * Personal ID number rules live in `@dvc/identity` (the citizen model and its adapters check IDs
 * too); the form's `vn-personal-id` format re-exports them.
 */
export {
  vnBirthProvinceCodes,
  vnBirthCountryCodeRange,
  personalIdProblem,
  isVnPersonalId,
  parsePersonalId,
  checkPersonalIdConsistency,
  type PersonalId,
  type PersonalIdProblem,
  type PersonalIdMismatch,
  type PersonalFacts,
  type Sex,
} from '@dvc/identity/prefill.js';
