/**
 * `@dvc/identity/prefill-core.js`: what a form needs before any identity is given — `x-prefill`, the
 * identity context, the citizen model's paths — without the strings, the citizen checks and the
 * adapters' loaders of `@dvc/identity/prefill.js`. `<dvc-form>` loads those with its consent view
 * when an identity arrives, so its first download leaves them out (ADR 0017, fourth amendment).
 */
export * from './citizen-model.js';
export * from './prefill.js';
export * from './identity-context.js';
export type { IdentityProblem } from './problems.js';
