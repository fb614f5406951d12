import type * as ValidatorModule from './validator-module.js';
import { loadAskedLanguages } from '@dvc/core/i18n.js';
import { onceLoader } from './chunk-loader.js';

/** The validator's chunk: what `FormValidation` validates and tests conditions with. */
export type FormValidatorModule = typeof ValidatorModule;

let loaded: FormValidatorModule | undefined;

/** Makes the validator available at once (`@dvc/form`'s root entry does, so its synchronous API keeps working). */
export function provideValidator(module: FormValidatorModule): void {
  if (loaded) return;
  module.registerFormFormats();
  module.registerFormMessages();
  loaded = module;
}

const loadChunk = onceLoader(() =>
  import('./validator-module.js').then(async (module) => {
    provideValidator(module);
    // Its messages in the languages the page asked for already (English on first need): no message made in the
    // Vietnamese fallback while they load.
    await loadAskedLanguages();
    return module;
  }),
);

/** Loads the validator's chunk once per page; a failed load is tried again on the next call. */
export function loadValidator(): Promise<FormValidatorModule> {
  return loaded ? Promise.resolve(loaded) : loadChunk();
}

/** The validator once loaded, else `undefined`. */
export function loadedValidator(): FormValidatorModule | undefined {
  return loaded;
}

/**
 * Whether a schema needs the validator to render: `if` conditions and `oneOf`/`anyOf` branches are decided by
 * testing the data (`objectView`). On the schema's JSON text; a property named `if` only makes the form wait.
 */
export function needsValidatorToRender(schemaText: string): boolean {
  return !loaded && /"(?:if|oneOf|anyOf)":/.test(schemaText);
}
