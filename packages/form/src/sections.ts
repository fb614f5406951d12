import { nothing, type TemplateResult } from 'lit';
import { html } from '@dvc/core/html.js';
import { repeat } from 'lit/directives/repeat.js';
import type { DirectiveResult } from 'lit/directive.js';
import { buttonTemplate, fieldsetTemplate, radiosTemplate } from '@dvc/components/widgets.js';
import type { FormController, FieldRecord, Section } from './form-controller.js';
import {
  branchLabels,
  childPointer,
  getAt,
  joinPointer,
  parsePointer,
  sameValue,
  deref,
  type FieldModel,
  type ObjectView,
  type PropertyView,
  type BranchChoice,
  type Located,
  type JsonSchemaObject,
} from '@dvc/schema';
import { renderWidget, rendersNatively } from './widgets.js';
import { keepElement } from './field-element.js';
import { renderArray } from './form-array-loader.js';
import { idPrefixOf } from './widget-templates.js';
import { objectSection } from './section-renderer.js';

/** Renders the control for one field. Shared by object sections and array items. */
export function renderField(
  controller: FormController,
  record: FieldRecord,
  located: Located,
): TemplateResult | DirectiveResult | typeof nothing {
  const { pointer, model } = record;
  if (rendersNatively(model.kind)) return renderWidget(controller, record);
  const keep = keepElement(record);
  const value = getAt(controller.data, pointer);
  switch (model.kind) {
    case 'hidden':
      return nothing;
    case 'object':
      // A recursive group (a person whose guardian is a person…) waits until the citizen adds it.
      if (value === undefined && controller.isRecursive(pointer, deref(controller.validation.root, located).pointer)) {
        const add = (event: Event): void => {
          controller.write(pointer, {});
          // The button's section (its parent object) re-renders alone, with the new group.
          controller.sections.get(parentPointer(pointer))?.requestUpdate();
          event.target?.dispatchEvent(
            new CustomEvent('dvc-form-structure', { bubbles: true, composed: false, detail: { pointer } }),
          );
        };
        const label = controller.t('form.addGroup', { label: model.label });
        return buttonTemplate({ variant: 'secondary', disabled: false, pointer, onClick: add }, label, keep);
      }
      // A native fieldset (the markup of <dvc-fieldset>), its fields rendered by the section alone (ADR 0023).
      return fieldsetTemplate(
        { idPrefix: idPrefixOf(controller, pointer), legend: model.label, hint: model.hint, pointer },
        objectSection(controller, located, pointer),
        keep,
      );
    case 'array':
      // A list renders in its own box from a lazy chunk (form-array.ts, ADR 0024).
      return renderArray(controller, record, located);
    default:
      // text, number, boolean, radios, select, date, textarea, checkboxes and address render natively above (widgets.ts).
      return nothing;
  }
}

/** Registers (or refreshes) the record of a field and fills its default or constant value. */
export function prepareField(
  controller: FormController,
  pointer: string,
  schema: JsonSchemaObject,
  sources: readonly string[],
  required: boolean,
  model: FieldModel,
): FieldRecord {
  const existing = controller.fields.get(pointer);
  const record: FieldRecord =
    existing && existing.model === model ? existing : { pointer, model, schema, sources, required };
  Object.assign(record, { model, schema, sources, required });
  controller.register(record);
  const current = getAt(controller.data, pointer);
  // A fixed value on screen is part of the answer (what the citizen sees is what is submitted).
  if ('const' in schema && !sameValue(current, schema.const) && !(model.kind === 'boolean' && schema.const === true))
    controller.write(pointer, structuredClone(schema.const));
  else if (current === undefined && schema.default !== undefined)
    controller.write(pointer, structuredClone(schema.default));
  // A required group is part of the answer, so the required fields inside it apply; an optional one appears when the citizen answers in it.
  else if (current === undefined && model.kind === 'object' && required) controller.write(pointer, {});
  return record;
}

function parentPointer(pointer: string): string {
  return childPointer('', ...parsePointer(pointer).slice(0, -1));
}

/** An object's fields as one part of the form that re-renders alone (a `SectionRenderer`, ADR 0023). */
export interface ObjectSection extends Section {
  readonly controller: FormController;
  readonly located: Located;
  readonly pointer: string;
  /** Only fields of this step (`x-step`) are shown; used at the root by procedures. */
  readonly step: string;
  /** The view of the last render: which properties depend on which. */
  view: ObjectView | undefined;
}

/** The fields of one object section, and the choices between its branches. */
export function objectSectionTemplate(section: ObjectSection): TemplateResult {
  const { controller, located, pointer, step } = section;
  const view = controller.view(located, pointer);
  section.view = view;
  controller.objectSchemas.set(pointer, deref(controller.validation.root, located).pointer);
  const properties = view.properties.filter((property) => !step || stepOf(property) === step);
  return html`${view.choices.map((choice) => renderChoice(section, choice))}${repeat(
    properties,
    (property) => property.name,
    (property) => renderProperty(section, property),
  )}`;
}

function stepOf(property: PropertyView): string | undefined {
  const step = property.schema['x-step'];
  return typeof step === 'string' ? step : undefined;
}

function renderProperty(
  { controller, pointer: parent }: ObjectSection,
  property: PropertyView,
): TemplateResult | DirectiveResult | typeof nothing {
  const pointer = joinPointer(parent, property.name);
  const model = controller.model(property.schema, pointer, property.name);
  const record = prepareField(controller, pointer, property.schema, property.sources, property.required, model);
  return renderField(controller, record, { schema: property.schema, pointer: property.schemaPointer });
}

const ignore = (): void => undefined;

/**
 * A `oneOf`/`anyOf` without a discriminating property: the citizen picks the case, in the form's
 * own radio group (the enum radios' markup) in a `div.dvc-widget[data-choice]` (ADR 0023).
 */
function renderChoice(section: ObjectSection, choice: BranchChoice): TemplateResult {
  const { controller, pointer } = section;
  const key = `${pointer}|${choice.schemaPointer}`;
  const labels = branchLabels(
    controller.validation.root,
    choice.branches.map((branch) => branch.schema),
    controller.language,
  );
  const options = choice.branches.map(({ index }) => ({
    value: String(index),
    label: labels[index] || controller.t('form.branch', { number: index + 1 }),
  }));
  const change = (event: Event): void => {
    controller.choose(key, Number((event.target as HTMLInputElement).value));
    section.requestUpdate();
  };
  const group = radiosTemplate(
    {
      // '#…' is never a data pointer: the choice's ids cannot meet a field's.
      idPrefix: idPrefixOf(controller, `#${key}`),
      language: controller.language,
      label: controller.t('form.chooseBranch'),
      hint: '',
      error: '',
      required: false,
      readonly: false,
      disabled: false,
      marker: 'required',
      provenance: '',
      verified: false,
      correctionHref: '',
      options,
      value: choice.selected === undefined ? '' : String(choice.selected),
      inline: false,
    },
    { click: ignore, keydown: ignore, input: ignore, change },
  );
  return html`<div class="dvc-widget" data-choice=${pointer}>${group}</div>`;
}

/** After the data changed at `pointer`: the sections whose conditions read it (only those re-render). */
export function sectionsReading(controller: FormController, pointer: string): Section[] {
  const tokens = parsePointer(pointer);
  const found: Section[] = [];
  for (let depth = 0; depth < tokens.length; depth += 1) {
    const section = controller.sections.get(childPointer('', ...tokens.slice(0, depth)));
    const name = tokens[depth]!;
    if (section?.view && (section.view.dependsOn.has(name) || section.view.dependsOn.has('*'))) found.push(section);
  }
  return found;
}

/** Whether a data pointer belongs to `step` (its top-level property's `x-step`). */
export function isOnStep(controller: FormController, pointer: string, step: string): boolean {
  const [top] = parsePointer(pointer);
  if (top === undefined) return true;
  const section = controller.sections.get('');
  const property = section?.view?.properties.find((candidate) => candidate.name === top);
  return !property || property.schema['x-step'] === undefined || property.schema['x-step'] === step;
}
