import { LitElement, nothing, type TemplateResult } from 'lit';
import { compactHtml as html } from '@dvc/core';
import { property, state } from 'lit/decorators.js';
import type { FormController } from './form-controller.js';
import {
  getAt,
  itemSchema,
  joinPointer,
  schemaType,
  deref,
  type FieldModel,
  type Located,
  type JsonSchemaObject,
} from '@dvc/schema';
import { prepareField, renderField } from './sections.js';

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
