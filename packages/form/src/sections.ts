import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import type { FormController, FieldRecord } from './form-controller.js';
import {
  branchLabels,
  getAt,
  itemSchema,
  joinPointer,
  sameValue,
  schemaType,
  deref,
  type FieldModel,
  type ObjectView,
  type PropertyView,
  type BranchChoice,
  type Located,
  type JsonSchemaObject,
} from '@dvc/schema';
import { renderWidget, rendersNatively } from './widgets.js';

/** The string a control shows for a data value. */
function asText(value: unknown): string {
  // A text box shows text: a structured value (a schema that says nothing of its type) is never serialised into it.
  return value === undefined || value === null || typeof value === 'object' ? '' : String(value);
}

function isAddressValue(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A prefilled address known only as old 3-level text is shown as a hint beside the picker. */
function legacyTextOf(value: unknown): string {
  return isAddressValue(value) && typeof value['legacyText'] === 'string' ? value['legacyText'] : '';
}

/** An address schema that declares `countryCode` accepts a place abroad (docs/schema-vocabulary.md). */
function acceptsPlaceAbroad(schema: JsonSchemaObject): boolean {
  const properties = schema.properties;
  return typeof properties === 'object' && properties !== null && 'countryCode' in properties;
}

/** Renders the control for one field. Shared by object sections and array items. */
export function renderField(
  controller: FormController,
  record: FieldRecord,
  located: Located,
): TemplateResult | typeof nothing {
  const { pointer, model } = record;
  const keep = ref((element) => {
    if (element instanceof HTMLElement) record.element = element;
  });
  if (rendersNatively(model.kind)) return renderWidget(controller, record, keep);
  const value = getAt(controller.data, pointer);
  const common = { label: model.label, hint: model.hint, error: controller.errorFor(pointer) };
  const prefill = controller.prefillFacts(pointer);
  const readonly = model.readonly || prefill.readonly;
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
      return html`<dvc-form-array
        .controller=${controller}
        .located=${located}
        .model=${model}
        pointer=${pointer}
        data-pointer=${pointer}
        ${keep}
      ></dvc-form-array>`;
    case 'textarea':
      return html`<dvc-textarea
        data-pointer=${pointer}
        name=${pointer}
        label=${common.label}
        hint=${common.hint}
        .error=${common.error}
        .value=${asText(value)}
        ?required=${record.required}
        ?readonly=${readonly}
        .provenance=${prefill.provenance}
        .verified=${prefill.verified}
        .correctionHref=${prefill.correctionHref}
        maxlength=${ifDefined(record.schema.maxLength)}
        autocomplete=${ifDefined(model.autocomplete || undefined)}
        ${keep}
      ></dvc-textarea>`;
    case 'select':
      return html`<dvc-select
        data-pointer=${pointer}
        name=${pointer}
        label=${common.label}
        hint=${common.hint}
        .error=${common.error}
        .options=${model.options}
        .value=${asText(value)}
        ?required=${record.required}
        ?readonly=${readonly}
        .provenance=${prefill.provenance}
        .verified=${prefill.verified}
        .correctionHref=${prefill.correctionHref}
        autocomplete=${ifDefined(model.autocomplete || undefined)}
        ${keep}
      ></dvc-select>`;
    case 'checkboxes':
      return html`<dvc-checkboxes
        data-pointer=${pointer}
        name=${pointer}
        label=${common.label}
        hint=${common.hint}
        .error=${common.error}
        .options=${model.options}
        .value=${Array.isArray(value) ? value.map(String) : []}
        ?required=${record.required}
        ?readonly=${readonly}
        .provenance=${prefill.provenance}
        .verified=${prefill.verified}
        .correctionHref=${prefill.correctionHref}
        ${keep}
      ></dvc-checkboxes>`;
    case 'address':
      return html`<dvc-address
        data-pointer=${pointer}
        name=${pointer}
        label=${common.label}
        hint=${common.hint}
        .error=${common.error}
        .value=${isAddressValue(value) ? value : null}
        ?required=${record.required}
        ?readonly=${readonly}
        .provenance=${prefill.provenance}
        .verified=${prefill.verified}
        .correctionHref=${prefill.correctionHref}
        .legacyText=${legacyTextOf(value)}
        ?allow-abroad=${acceptsPlaceAbroad(record.schema)}
        ${keep}
      ></dvc-address>`;
    case 'date':
      return html`<dvc-date-input
        data-pointer=${pointer}
        name=${pointer}
        label=${common.label}
        hint=${common.hint}
        .error=${common.error}
        .value=${asText(value)}
        ?required=${record.required}
        ?readonly=${readonly}
        .provenance=${prefill.provenance}
        .verified=${prefill.verified}
        .correctionHref=${prefill.correctionHref}
        autocomplete=${ifDefined(model.autocomplete || undefined)}
        ${keep}
      ></dvc-date-input>`;
    default:
      // text, number, boolean and radios render natively above (widgets.ts).
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

  private renderProperty(property: PropertyView): TemplateResult | typeof nothing {
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

/**
 * A repeatable group: items with remove buttons, an add button, and a polite announcement of
 * what changed. Focus moves to the new item, or after a removal to the item that took its place.
 */
export class DvcFormArray extends LitElement {
  @property({ attribute: false }) controller?: FormController;
  @property({ attribute: false }) located?: Located;
  @property({ attribute: false }) model?: FieldModel;
  @property() pointer = '';
  @state() private announcement = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Focus goes to the first control, or to the add button of an empty list. */
  override focus(options?: FocusOptions): void {
    const target = this.querySelector<HTMLElement>('[data-pointer]:not(dvc-fieldset), dvc-button');
    (target ?? this).focus(options);
  }

  private get schema(): JsonSchemaObject {
    return deref(this.controller!.validation.root, this.located!).schema;
  }

  private get items(): unknown[] {
    const value = getAt(this.controller!.data, this.pointer);
    return Array.isArray(value) ? value : [];
  }

  /** Item `index`'s schema: `prefixItems`, then `items` (or draft-07's array `items` and `additionalItems`). */
  private itemLocated(index: number): Located {
    const root = this.controller!.validation.root;
    const located = itemSchema(this.schema, deref(root, this.located!).pointer, index) ?? {
      schema: {},
      pointer: `${this.located!.pointer}/items`,
    };
    return deref(root, located);
  }

  private emptyItem(index: number): unknown {
    const items = this.itemLocated(index).schema;
    if (items.default !== undefined) return structuredClone(items.default);
    return schemaType(this.controller!.validation.root, items) === 'object' ? {} : undefined;
  }

  protected override render(): TemplateResult | typeof nothing {
    const { controller, model } = this;
    if (!controller || !this.located || !model) return nothing;
    const schema = this.schema;
    const minItems = typeof schema.minItems === 'number' ? schema.minItems : 0;
    const maxItems = typeof schema.maxItems === 'number' ? schema.maxItems : Infinity;
    if (this.items.length < minItems) {
      controller.write(this.pointer, [
        ...this.items,
        ...Array.from({ length: minItems - this.items.length }, (_item, offset) =>
          this.emptyItem(this.items.length + offset),
        ),
      ]);
    }
    const items = this.items;
    const itemTitle = model.itemTitle || controller.t('form.item');
    return html`<div class="array" role="group" aria-label=${model.label}>
      <p class="array-label">${model.label}</p>
      ${model.hint ? html`<p class="array-hint">${model.hint}</p>` : nothing}
      ${items.map((_item, index) => {
        const pointer = joinPointer(this.pointer, index);
        const itemLocated = this.itemLocated(index);
        const legend = controller.t('form.itemLegend', {
          item: itemTitle,
          Item: capitalise(itemTitle),
          number: index + 1,
        });
        const itemModel = { ...controller.model(itemLocated.schema, pointer, legend), label: legend };
        const content =
          itemModel.kind === 'object'
            ? html`<dvc-form-object
                .controller=${controller}
                .located=${itemLocated}
                pointer=${pointer}
              ></dvc-form-object>`
            : renderField(
                controller,
                prepareField(controller, pointer, itemLocated.schema, [itemLocated.pointer], true, itemModel),
                itemLocated,
              );
        return html`<dvc-fieldset
          class="array-item"
          legend=${itemModel.kind === 'object' ? legend : ''}
          data-index=${index}
        >
          ${content}
          ${
            items.length > minItems
              ? html`<dvc-button class="remove" variant="secondary" type="button" @click=${() => this.removeItem(index)}
                  >${controller.t('form.remove')}<span class="visually-hidden"> ${legend}</span></dvc-button
                >`
              : nothing
          }
        </dvc-fieldset>`;
      })}
      ${
        items.length < maxItems
          ? html`<dvc-button class="add" variant="secondary" type="button" @click=${this.add}
              >${controller.t('form.add', { item: itemTitle })}</dvc-button
            >`
          : nothing
      }
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private readonly add = async (): Promise<void> => {
    const controller = this.controller!;
    const items = this.items;
    controller.write(this.pointer, [...items, this.emptyItem(items.length)]);
    this.clearErrors();
    const itemTitle = this.model?.itemTitle || controller.t('form.item');
    this.announcement = controller.t('form.added', { item: itemTitle, number: items.length + 1 });
    this.changed();
    await this.updateComplete;
    const added = this.querySelector<HTMLElement>(`dvc-fieldset[data-index="${items.length}"]`);
    await (added?.querySelector('dvc-form-object') as LitElement | null)?.updateComplete;
    (added?.querySelector<HTMLElement>('[data-pointer]') ?? added)?.focus();
  };

  private async removeItem(index: number): Promise<void> {
    const controller = this.controller!;
    const items = this.items;
    controller.write(
      this.pointer,
      items.filter((_item, position) => position !== index),
    );
    this.clearErrors();
    const itemTitle = this.model?.itemTitle || controller.t('form.item');
    this.announcement = controller.t('form.removed', { item: itemTitle, number: index + 1 });
    this.changed();
    await this.updateComplete;
    const next = this.querySelector<HTMLElement>(
      `dvc-fieldset[data-index="${Math.min(index, items.length - 2)}"] [data-pointer]`,
    );
    (
      next ??
      this.querySelector<HTMLElement>('dvc-button.add') ??
      this.querySelector<HTMLElement>('dvc-button')
    )?.focus();
  }

  /** Item positions shift: errors of items are recomputed on the next validation. */
  private clearErrors(): void {
    const controller = this.controller!;
    for (const pointer of [...controller.errors.keys()])
      if (pointer.startsWith(`${this.pointer}/`)) controller.errors.delete(pointer);
    this.requestUpdate();
  }

  private changed(): void {
    this.dispatchEvent(
      new CustomEvent('dvc-form-structure', { bubbles: true, composed: false, detail: { pointer: this.pointer } }),
    );
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
