import { noChange, render, type RenderOptions } from 'lit';
import { Directive, directive, type ChildPart, type DirectiveResult } from 'lit/directive.js';
import type { FieldRecord, FormController } from './form-controller.js';
import type { FieldKind } from '@dvc/schema';
import { dateBadInput, widgetTemplate, type WidgetBox } from './widget-templates.js';
import { loadedAddressWidget } from './address-loader.js';

/**
 * `<dvc-form>`'s side of the widget registry (ADR 0010): the kinds below render from the shared
 * templates straight into the form's shadow root, in a `div.dvc-widget[data-pointer]`: no custom
 * element, shadow root or style sheet per field. Other kinds stay custom elements (sections.ts).
 */
const nativeKinds: ReadonlySet<FieldKind> = new Set<FieldKind>([
  'text',
  'number',
  'boolean',
  'radios',
  'select',
  'date',
  'textarea',
  'checkboxes',
  // Once its lazy chunk is loaded (address-loader.ts); until then an address is a group of fields.
  'address',
]);

export function rendersNatively(kind: FieldKind): boolean {
  return nativeKinds.has(kind);
}

/**
 * What a control element reports as its own `badInput` (input that makes no value), for a field
 * rendered natively: the date's boxes that make no date.
 */
export function widgetBadInput(controller: FormController, record: FieldRecord): string {
  return record.model.kind === 'date' && record.element ? dateBadInput(controller, record) : '';
}

/** A composite widget's own message for the part that is missing (an address's "Chọn xã, phường"), or ''. */
export function widgetOwnMessage(controller: FormController, record: FieldRecord): string {
  return record.model.kind === 'address' ? (loadedAddressWidget()?.addressMessage(controller, record) ?? '') : '';
}

/** Lit's options for a field's own render root: one object for every field. */
const widgetRenderOptions: RenderOptions = {};

/** Renders a field's widget into its box (again, when its error or its typed state changes). */
function renderInto(box: WidgetBox, controller: FormController, record: FieldRecord): void {
  box.dvcController = controller;
  box.dvcRecord = record;
  render(
    widgetTemplate(controller, record, () => renderInto(box, controller, record)),
    box,
    widgetRenderOptions,
  );
}

/**
 * The box of a native widget, `div.dvc-widget[data-pointer]`, as the value of its section's child
 * part: created once per field, recorded as the field's element, with the widget rendered into it
 * by Lit's `render()`, so the widget re-renders alone when its error changes (`showFieldError`).
 * A plain directive that returns the box itself: no template instance around each field, and,
 * unlike an async directive, no set of disconnectable children on every part above it (ADR 0021).
 */
class FieldBox extends Directive {
  private box: HTMLDivElement | undefined;

  render(_controller: FormController, _record: FieldRecord): typeof noChange {
    return noChange;
  }

  override update(part: ChildPart, [controller, record]: [FormController, FieldRecord]): HTMLDivElement {
    let box = this.box;
    if (!box) {
      box = (part.parentNode.ownerDocument ?? document).createElement('div');
      box.className = 'dvc-widget';
      box.focus = focusBox;
      this.box = box;
    }
    if (box.dataset['pointer'] !== record.pointer) box.dataset['pointer'] = record.pointer;
    record.element = box;
    renderInto(box, controller, record);
    return box;
  }
}

const fieldBox = directive(FieldBox);

/**
 * `[data-pointer]` elements of the form could always be focused to reach the field (hosts such as
 * `<dvc-procedure>` do, to return from the review page): the box of a native widget passes focus
 * to its control, as a control element's `delegatesFocus` did. The box itself stays unfocusable.
 * One function for every box (`this` is the box).
 */
function focusBox(this: HTMLElement, options?: FocusOptions): void {
  const target = focusTarget(this);
  if (target === this) HTMLElement.prototype.focus.call(this, options);
  else target.focus(options);
}

/** The box of one natively rendered field, with its widget. */
export function renderWidget(controller: FormController, record: FieldRecord): DirectiveResult<typeof FieldBox> {
  return fieldBox(controller, record);
}

/** Shows a field's current error: through the custom element's `error`, or by re-rendering the native widget. */
export function showFieldError(controller: FormController, record: FieldRecord): void {
  const element = record.element as (WidgetBox & { error?: string }) | undefined;
  if (element && 'error' in element) element.error = controller.errorFor(record.pointer);
  // A native widget's box (the field's element, once rendered) knows its record.
  else if (element?.dvcRecord) renderInto(element, controller, record);
}

/** Where focus goes for a field (error-summary links, first field): the native control of a native widget. */
export function focusTarget(element: HTMLElement): HTMLElement {
  if (!element.classList.contains('dvc-widget')) return element;
  return (
    // The address's part at fault, as <dvc-address> focuses it.
    element.querySelector<HTMLElement>('.part [aria-invalid="true"]') ??
    element.querySelector<HTMLElement>('input:checked') ??
    // The date's first box at fault, as <dvc-date-input> focuses it.
    element.querySelector<HTMLElement>('.date-input [aria-invalid="true"]') ??
    element.querySelector<HTMLElement>('input, select, textarea') ??
    element
  );
}
