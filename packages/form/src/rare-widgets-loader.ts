import { nothing, type TemplateResult } from 'lit';
import type { FieldFrame } from '@dvc/core/field-template.js';
import { onceLoader } from './chunk-loader.js';
import type { FieldRecord, FormController } from './form-controller.js';
import type * as RareWidgets from './rare-widgets.js';

let loaded: typeof RareWidgets | undefined;

/**
 * The textarea and the checkboxes are a lazy chunk (ADR 0017, seventh amendment): only a schema that may have one
 * waits for it before the form's first render.
 */
export const loadRareWidgets = onceLoader(() =>
  import('./rare-widgets.js').then((module) => {
    loaded = module;
  }),
);

/**
 * Whether a schema may render a textarea (`x-widget`, or a `maxLength` over 250) or checkboxes (an array) and the
 * chunk is not loaded yet. Cheap and generous: one serialisation; a false "yes" only loads the chunk early.
 */
export function needsRareWidgets(schema: unknown): boolean {
  return (
    !loaded && /"x-widget":"(?:textarea|checkboxes)"|"maxLength":\d{3}|"array"/.test(JSON.stringify(schema ?? null))
  );
}

/** A textarea or checkboxes field: from the chunk, or (a kind the schema did not show) once the chunk has loaded. */
export function rareWidget(
  controller: FormController,
  record: FieldRecord,
  frame: FieldFrame,
  refresh: () => void,
): TemplateResult | typeof nothing {
  if (loaded) return loaded.rareWidgetTemplate(controller, record, frame, refresh);
  // Loading failures show where the schema waits for the chunk (prepareSchema: "part of the form could not be loaded").
  void loadRareWidgets().then(refresh, () => undefined);
  return nothing;
}
