import { css, noChange, nothing, render, type RenderOptions, type TemplateResult } from 'lit';
import { token } from '@dvc/core/styles.js';
import { html } from '@dvc/core/html.js';
import { Directive, directive, type ChildPart, type DirectiveResult, type ElementPart } from 'lit/directive.js';
import type { FieldRecord, FormController } from './form-controller.js';
import { getAt, itemSchema, joinPointer, schemaType, deref, type Located, type JsonSchemaObject } from '@dvc/schema';
import { buttonTemplate, fieldsetTemplate } from '@dvc/components/widgets.js';
import { prepareField, renderField } from './sections.js';
import { objectSection } from './section-renderer.js';
import { adoptSheetWhereRendered } from './adopt-sheet.js';

/**
 * A repeatable group (ADR 0024): items with remove buttons, an add button, and a polite announcement of what
 * changed, rendered by `<dvc-form>` in its own shadow root, in a `div.array[data-pointer]` box: no custom element.
 * The box is its own re-render boundary (Lit's `render()` into it, as a native field's box, ADR 0021): adding or
 * removing an item re-renders the list alone, and a keystroke in an item never re-renders it. Focus moves to the new
 * item, or after a removal to the item that took its place. A lazy chunk: most forms have no list.
 */

/**
 * The lists' styles, only needed by a form with a list: adopted by the form's shadow root when its first list
 * renders, so they stay out of the first download with the rest of this chunk. A constructed sheet, so it works
 * under a `style-src` without `'unsafe-inline'`.
 */
const listStyles = css`
  .array-label {
    margin: 0 0 ${token('space-2')};
    font-size: ${token('font-size-label')};
    font-weight: ${token('font-weight-bold')};
  }
  .array-hint {
    margin: 0 0 ${token('space-3')};
    color: ${token('color-text-secondary')};
  }
  .array-item {
    padding-inline-start: ${token('space-4')};
    border-inline-start: 4px solid ${token('color-border')};
  }
  @media (forced-colors: active) {
    .array-item {
      border-inline-start-color: CanvasText;
    }
  }
`;

/** What the list's box keeps between renders: its field, and the announcement of the last change. */
interface ArrayState {
  controller: FormController;
  record: FieldRecord;
  located: Located;
  announcement: string;
}

interface ArrayBox extends HTMLDivElement {
  dvcArray?: ArrayState;
}

/** One item's group: its legend (object items only; a single field labels itself), its content and its remove button. */
export interface ItemFieldset {
  readonly legend: string;
  readonly index: number;
  readonly content: unknown;
  readonly remove: TemplateResult | typeof nothing;
}

/**
 * Marks an item's group (`array-item`, `data-index`) or a list's button (`add`, `remove`) for focus, styles and tests,
 * whatever draws it: an element binding, so a shared template that takes an element directive (and sets its own
 * `class`) can carry it unchanged.
 */
class ArrayMark extends Directive {
  render(_name: string, _index?: number): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [name, index]: [string, number?]): typeof noChange {
    const element = part.element as HTMLElement;
    element.classList.add(name);
    if (index !== undefined) element.dataset['index'] = String(index);
    return noChange;
  }
}

const arrayMark = directive(ArrayMark);

/** The group of one item: the shared native fieldset (the markup of `<dvc-fieldset>`, ADR 0023), no element. */
function itemFieldset({ legend, index, content, remove }: ItemFieldset): TemplateResult {
  return fieldsetTemplate(
    { idPrefix: '', legend, hint: '' },
    html`${content}${remove}`,
    arrayMark('array-item', index),
  );
}

/** The add or remove button: `kind` is its class; `hidden` is read by screen readers only (which item it removes). */
export interface ArrayButton {
  readonly kind: 'add' | 'remove';
  readonly label: string;
  readonly hidden?: string;
  readonly onClick: () => void;
}

/** The add and remove buttons: the shared native button (the markup of `<dvc-button>`, ADR 0023), no element. */
function arrayButton({ kind, label, hidden, onClick }: ArrayButton): TemplateResult {
  const content = html`${label}${hidden ? html`<span class="visually-hidden"> ${hidden}</span>` : nothing}`;
  return buttonTemplate({ variant: 'secondary', disabled: false, onClick }, content, arrayMark(kind));
}

/** Buttons of the list (to focus after a change), whichever element or native button renders them. */
const addButton = ':scope > .add';

function schemaOf(state: ArrayState): JsonSchemaObject {
  return deref(state.controller.validation.root, state.located).schema;
}

function itemsOf(state: ArrayState): unknown[] {
  const value = getAt(state.controller.data, state.record.pointer);
  return Array.isArray(value) ? value : [];
}

/** Item `index`'s schema: `prefixItems`, then `items` (or draft-07's array `items` and `additionalItems`). */
function itemLocated(state: ArrayState, index: number): Located {
  const root = state.controller.validation.root;
  const located = itemSchema(schemaOf(state), deref(root, state.located).pointer, index) ?? {
    schema: {},
    pointer: `${state.located.pointer}/items`,
  };
  return deref(root, located);
}

function emptyItem(state: ArrayState, index: number): unknown {
  const items = itemLocated(state, index).schema;
  if (items.default !== undefined) return structuredClone(items.default);
  return schemaType(state.controller.validation.root, items) === 'object' ? {} : undefined;
}

function itemTitleOf(state: ArrayState): string {
  return state.record.model.itemTitle || state.controller.t('form.item');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The list's children (the box itself is the labelled group). */
function arrayTemplate(box: ArrayBox, state: ArrayState): TemplateResult {
  const { controller, record } = state;
  const { model, pointer } = record;
  const schema = schemaOf(state);
  const minItems = typeof schema.minItems === 'number' ? schema.minItems : 0;
  const maxItems = typeof schema.maxItems === 'number' ? schema.maxItems : Infinity;
  const present = itemsOf(state);
  if (present.length < minItems) {
    controller.write(pointer, [
      ...present,
      ...Array.from({ length: minItems - present.length }, (_item, offset) =>
        emptyItem(state, present.length + offset),
      ),
    ]);
  }
  const items = itemsOf(state);
  const itemTitle = itemTitleOf(state);
  const hint = model.hint ? html`<p class="array-hint">${model.hint}</p>` : nothing;
  const add =
    items.length < maxItems
      ? arrayButton({
          kind: 'add',
          label: controller.t('form.add', { item: itemTitle }),
          onClick: () => addItem(box),
        })
      : nothing;
  const rendered = items.map((_item, index) => itemTemplate(box, state, index, items.length > minItems));
  // No whitespace between the expressions: each run would be a text node per list (ADR 0016).
  return html`<p class="array-label">${model.label}</p>
    ${hint}${rendered}${add}
    <div class="visually-hidden" role="status" aria-live="polite">${state.announcement}</div>`;
}

/** Item `index`: a group of fields for an object, else its one field, with a remove button unless at `minItems`. */
function itemTemplate(box: ArrayBox, state: ArrayState, index: number, removable: boolean): TemplateResult {
  const { controller } = state;
  const itemTitle = itemTitleOf(state);
  const itemPointer = joinPointer(state.record.pointer, index);
  const located = itemLocated(state, index);
  const legend = controller.t('form.itemLegend', { item: itemTitle, Item: capitalise(itemTitle), number: index + 1 });
  const itemModel = { ...controller.model(located.schema, itemPointer, legend), label: legend };
  const isObject = itemModel.kind === 'object';
  const content = isObject
    ? objectSection(controller, located, itemPointer)
    : renderField(
        controller,
        prepareField(controller, itemPointer, located.schema, [located.pointer], true, itemModel),
        located,
      );
  const remove = removable
    ? arrayButton({
        kind: 'remove',
        label: controller.t('form.remove'),
        hidden: legend,
        onClick: () => removeItem(box, index),
      })
    : nothing;
  return itemFieldset({ legend: isObject ? legend : '', index, content, remove });
}

/** Lit's options for a list's own render root: one object for every list. */
const arrayRenderOptions: RenderOptions = {};

/** Renders the list into its box (again, when its items change). */
function renderArray(box: ArrayBox): void {
  const state = box.dvcArray!;
  if (box.getAttribute('aria-label') !== state.record.model.label)
    box.setAttribute('aria-label', state.record.model.label);
  render(arrayTemplate(box, state), box, arrayRenderOptions);
}

/** The item at `index`, fields and all: an object item's section renders with the list, not later (ADR 0023). */
function renderedItem(box: ArrayBox, index: number): HTMLElement | null {
  return box.querySelector<HTMLElement>(`:scope > .array-item[data-index="${index}"]`);
}

function addItem(box: ArrayBox): void {
  const state = box.dvcArray!;
  const { controller } = state;
  const items = itemsOf(state);
  controller.write(state.record.pointer, [...items, emptyItem(state, items.length)]);
  state.announcement = controller.t('form.added', { item: itemTitleOf(state), number: items.length + 1 });
  changed(box);
  const added = renderedItem(box, items.length);
  (added?.querySelector<HTMLElement>('[data-pointer]') ?? added)?.focus();
}

function removeItem(box: ArrayBox, index: number): void {
  const state = box.dvcArray!;
  const { controller } = state;
  const items = itemsOf(state);
  controller.write(
    state.record.pointer,
    items.filter((_item, position) => position !== index),
  );
  state.announcement = controller.t('form.removed', { item: itemTitleOf(state), number: index + 1 });
  changed(box);
  const next = renderedItem(box, Math.min(index, items.length - 2))?.querySelector<HTMLElement>('[data-pointer]');
  (next ?? box.querySelector<HTMLElement>(addButton))?.focus();
}

/**
 * After an add or a removal: item positions shift, so errors of items are recomputed on the next validation; the
 * list re-renders alone, and the form hears of the change (`dvc-form-structure`).
 */
function changed(box: ArrayBox): void {
  const { controller, record } = box.dvcArray!;
  for (const pointer of [...controller.errors.keys()])
    if (pointer.startsWith(`${record.pointer}/`)) controller.errors.delete(pointer);
  renderArray(box);
  box.dispatchEvent(
    new CustomEvent('dvc-form-structure', { bubbles: true, composed: false, detail: { pointer: record.pointer } }),
  );
}

/**
 * Focus on the list (an error-summary link to it, a host returning to it) goes to its first field, or to the add
 * button of an empty list. One function for every list (`this` is the box).
 */
function focusArray(this: ArrayBox, options?: FocusOptions): void {
  const target = this.querySelector<HTMLElement>(`[data-pointer]:not(dvc-fieldset, fieldset), ${addButton}`);
  if (target) target.focus(options);
  else HTMLElement.prototype.focus.call(this, options);
}

/**
 * The list's box, `div.array[role=group][data-pointer]`, as the value of its section's child part: created once,
 * recorded as the field's element, re-rendered when its section hands it a new field (a language change, a
 * condition) or when its items change. A plain directive, as the native fields' boxes (ADR 0021).
 */
class ArrayField extends Directive {
  private box: ArrayBox | undefined;

  render(_controller: FormController, _record: FieldRecord, _located: Located): typeof noChange {
    return noChange;
  }

  override update(part: ChildPart, [controller, record, located]: [FormController, FieldRecord, Located]): ArrayBox {
    let box = this.box;
    if (!box) {
      box = (part.parentNode.ownerDocument ?? document).createElement('div') as ArrayBox;
      box.className = 'array';
      box.setAttribute('role', 'group');
      box.focus = focusArray;
      this.box = box;
    }
    // Every render, so a list whose form was put in another tree (or rendered before it was in one) has its rules.
    if (listStyles.styleSheet) adoptSheetWhereRendered(box, listStyles.styleSheet);
    if (box.dataset['pointer'] !== record.pointer) box.dataset['pointer'] = record.pointer;
    record.element = box;
    const state = box.dvcArray;
    if (state?.controller === controller && state.record === record && state.located === located) return box;
    if (state?.controller === controller && state.record.pointer === record.pointer)
      Object.assign(state, { record, located });
    else box.dvcArray = { controller, record, located, announcement: '' };
    renderArray(box);
    return box;
  }
}

/** The list of one array field, in its section. */
export const arrayField: (
  controller: FormController,
  record: FieldRecord,
  located: Located,
) => DirectiveResult<typeof ArrayField> = directive(ArrayField);
