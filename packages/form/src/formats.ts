/** `@dvc/form/formats.js`, kept for portals that import it: the formats live in `@dvc/schema/formats.js`. */
export * from '@dvc/schema/formats.js';
