/** `@dvc/form/validation.js`, kept for portals that import it: the validator lives in `@dvc/schema/validation.js`. */
export * from '@dvc/schema/validation.js';
