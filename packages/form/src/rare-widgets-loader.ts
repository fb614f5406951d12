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
 * Whether a schema may render a textarea (`x-widget`, or a `maxLength` over 250, as `fieldModel` decides) or checkboxes
 * (an array). A "yes" makes the form wait for the chunk, so the test follows `fieldModel`'s rule exactly: a `maxLength`
 * of 100 is a text field and waits for nothing. On the schema's JSON text.
 */
export function mayRenderRareWidgets(schemaText: string): boolean {
  return /"x-widget":"(?:textarea|checkboxes)"|"maxLength":(?:25[1-9]|2[6-9]\d|[3-9]\d\d|[1-9]\d{3,})|"array"/.test(
    schemaText,
  );
}

/** Whether the form must wait for the chunk before rendering a schema (its JSON text). */
export function needsRareWidgets(schemaText: string): boolean {
  return !loaded && mayRenderRareWidgets(schemaText);
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
