import { LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '@dvc/core/html.js';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { DirectiveResult } from 'lit/directive.js';
import type { FormController, FieldRecord } from './form-controller.js';
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
          const section = (event.target as HTMLElement).closest('dvc-form-object') as LitElement | null;
          section?.requestUpdate();
          section?.dispatchEvent(
            new CustomEvent('dvc-form-structure', { bubbles: true, composed: false, detail: { pointer } }),
          );
        };
        return html`<dvc-button variant="secondary" type="button" data-pointer=${pointer} @click=${add} ${keep}
          >${controller.t('form.addGroup', { label: model.label })}</dvc-button
        >`;
      }
      return html`<dvc-fieldset legend=${model.label} hint=${model.hint} data-pointer=${pointer} ${keep}>
        <dvc-form-object .controller=${controller} .located=${located} pointer=${pointer}></dvc-form-object>
      </dvc-fieldset>`;
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

/**
 * The fields of one object. Renders into the light DOM of `<dvc-form>`'s shadow root and
 * re-renders on its own when a condition of this object changes, so a keystroke elsewhere
 * never re-renders it.
 */
export class DvcFormObject extends LitElement {
  @property({ attribute: false }) controller?: FormController;
  @property({ attribute: false }) located?: Located;
  @property() pointer = '';
  /** Only fields of this step (`x-step`) are shown; used at the root by procedures. */
  @property() step = '';

  /** The view of the last render: which properties depend on which. */
  view: ObjectView | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.controller?.sections.set(this.pointer, this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.controller?.sections.get(this.pointer) === this) this.controller.sections.delete(this.pointer);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('controller') || changed.has('pointer')) this.controller?.sections.set(this.pointer, this);
  }

  protected override render(): TemplateResult | typeof nothing {
    const { controller, located } = this;
    if (!controller || !located) return nothing;
    const view = controller.view(located, this.pointer);
    this.view = view;
    controller.objectSchemas.set(this.pointer, deref(controller.validation.root, located).pointer);
    const properties = view.properties.filter((property) => !this.step || this.stepOf(property) === this.step);
    return html`${view.choices.map((choice) => this.renderChoice(choice))}${repeat(
      properties,
      (property) => property.name,
      (property) => this.renderProperty(property),
    )}`;
  }

  private stepOf(property: PropertyView): string | undefined {
    const step = property.schema['x-step'];
    return typeof step === 'string' ? step : undefined;
  }

  private renderProperty(property: PropertyView): TemplateResult | DirectiveResult | typeof nothing {
    const controller = this.controller!;
    const pointer = joinPointer(this.pointer, property.name);
    const model = controller.model(property.schema, pointer, property.name);
    const record = prepareField(controller, pointer, property.schema, property.sources, property.required, model);
    return renderField(controller, record, { schema: property.schema, pointer: property.schemaPointer });
  }

  /** A `oneOf`/`anyOf` without a discriminating property: the citizen picks the case. */
  private renderChoice(choice: BranchChoice): TemplateResult {
    const controller = this.controller!;
    const key = `${this.pointer}|${choice.schemaPointer}`;
    const labels = branchLabels(
      controller.validation.root,
      choice.branches.map((branch) => branch.schema),
      controller.language,
    );
    const options = choice.branches.map(({ index }) => ({
      value: String(index),
      label: labels[index] || controller.t('form.branch', { number: index + 1 }),
    }));
    const select = (event: CustomEvent<{ value: unknown }>): void => {
      event.stopPropagation();
      controller.choose(key, Number(event.detail.value));
      this.requestUpdate();
    };
    return html`<dvc-radios
      data-choice=${this.pointer}
      label=${controller.t('form.chooseBranch')}
      .options=${options}
      .value=${choice.selected === undefined ? '' : String(choice.selected)}
      @dvc-change=${select}
      @dvc-input=${(event: Event) => event.stopPropagation()}
    ></dvc-radios>`;
  }
}

/** After the data changed at `pointer`: the sections whose conditions read it (only those re-render). */
export function sectionsReading(controller: FormController, pointer: string): DvcFormObject[] {
  const tokens = parsePointer(pointer);
  const found: DvcFormObject[] = [];
  for (let depth = 0; depth < tokens.length; depth += 1) {
    const section = controller.sections.get(childPointer('', ...tokens.slice(0, depth))) as DvcFormObject | undefined;
    const name = tokens[depth]!;
    if (section?.view && (section.view.dependsOn.has(name) || section.view.dependsOn.has('*'))) found.push(section);
  }
  return found;
}

/** Whether a data pointer belongs to `step` (its top-level property's `x-step`). */
export function isOnStep(controller: FormController, pointer: string, step: string): boolean {
  const [top] = parsePointer(pointer);
  if (top === undefined) return true;
  const section = controller.sections.get('') as DvcFormObject | undefined;
  const property = section?.view?.properties.find((candidate) => candidate.name === top);
  return !property || property.schema['x-step'] === undefined || property.schema['x-step'] === step;
}
