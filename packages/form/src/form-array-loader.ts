import { nothing } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import type { Located } from '@dvc/schema';
import type { FieldRecord, FormController } from './form-controller.js';
import { onceLoader } from './chunk-loader.js';
import type * as ArrayModule from './form-array.js';

let loaded: typeof ArrayModule | undefined;

/**
 * Lists of groups (`form-array.ts`, ADR 0024) in a chunk of their own: most forms have no list, so the CDN's first
 * download leaves them out (ADR 0017, third amendment). `define.ts` starts loading it at once; a form whose schema
 * has a list waits for it before its first render (`prepareSchema`).
 */
export const loadFormArray = onceLoader(async () => {
  loaded = await import('./form-array.js');
});

/** Whether a schema (its JSON text) may render a list of groups and its chunk has not loaded yet. */
export function needsFormArray(schemaText: string): boolean {
  return !loaded && schemaText.includes('"array"');
}

/** The list of an array field; nothing until its chunk has loaded (a form with a list waits for it first). */
export function renderArray(
  controller: FormController,
  record: FieldRecord,
  located: Located,
): DirectiveResult | typeof nothing {
  return loaded ? loaded.arrayField(controller, record, located) : nothing;
}
