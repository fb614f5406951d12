/**
 * `@dvc/identity/prefill-strings.js`: what a form loads with its consent view once an identity is given — the
 * strings and the citizen checks of `@dvc/identity/prefill.js`, without the rest of it (ADR 0017, fourth amendment).
 */
export { citizenFactProblems } from './citizen-facts.js';
export { registerIdentityStrings, describeIdentityProblem } from './locales/index.js';
