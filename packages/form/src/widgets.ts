import type { TemplateResult } from 'lit';
import { compactHtml as html } from '@dvc/core';
import { AsyncDirective, directive, type DirectiveResult } from 'lit/async-directive.js';
import { ref } from 'lit/directives/ref.js';
import type { FieldRecord, FormController } from './form-controller.js';
import type { FieldKind } from '@dvc/schema';
import { dateBadInput, widgetTemplate } from './widget-templates.js';

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
]);

export function rendersNatively(kind: FieldKind): boolean {
  return nativeKinds.has(kind);
}

/** Per field: the live directive. */
const liveWidgets = new WeakMap<FieldRecord, FieldWidget>();

/**
 * What a control element reports as its own `badInput` (input that makes no value), for a field
 * rendered natively: the date's boxes that make no date.
 */
export function widgetBadInput(controller: FormController, record: FieldRecord): string {
  return record.model.kind === 'date' && liveWidgets.has(record) ? dateBadInput(controller, record) : '';
}

/** Renders a field's widget and re-renders that field alone when its error changes (`refreshWidget`). */
class FieldWidget extends AsyncDirective {
  private controller: FormController | undefined;
  private record: FieldRecord | undefined;

  render(controller: FormController, record: FieldRecord): TemplateResult {
    this.controller = controller;
    this.record = record;
    liveWidgets.set(record, this);
    return widgetTemplate(controller, record, this.rerender);
  }

  refresh(): void {
    if (this.isConnected && this.controller && this.record)
      this.setValue(widgetTemplate(this.controller, this.record, this.rerender));
  }

  private readonly rerender = (): void => this.refresh();
}

const fieldWidget = directive(FieldWidget);

/**
 * `[data-pointer]` elements of the form could always be focused to reach the field (hosts such as
 * `<dvc-procedure>` do, to return from the review page): the box of a native widget passes focus
 * to its control, as a control element's `delegatesFocus` did. The box itself stays unfocusable.
 */
const delegateFocus = ref((element) => {
  if (!(element instanceof HTMLElement) || Object.prototype.hasOwnProperty.call(element, 'focus')) return;
  element.focus = (options?: FocusOptions) => {
    const target = focusTarget(element);
    if (target === element) HTMLElement.prototype.focus.call(element, options);
    else target.focus(options);
  };
});

/** The box of one natively rendered field; `keep` records it as the field's element. */
export function renderWidget(controller: FormController, record: FieldRecord, keep: DirectiveResult): TemplateResult {
  const content: DirectiveResult<typeof FieldWidget> = fieldWidget(controller, record);
  return html`<div class="dvc-widget" data-pointer=${record.pointer} ${keep} ${delegateFocus}>${content}</div>`;
}

/** Shows a field's current error: through the custom element's `error`, or by re-rendering the native widget. */
export function showFieldError(controller: FormController, record: FieldRecord): void {
  const element = record.element as (HTMLElement & { error?: string }) | undefined;
  if (element && 'error' in element) element.error = controller.errorFor(record.pointer);
  else liveWidgets.get(record)?.refresh();
}

/** Where focus goes for a field (error-summary links, first field): the native control of a native widget. */
export function focusTarget(element: HTMLElement): HTMLElement {
  if (!element.classList.contains('dvc-widget')) return element;
  return (
    element.querySelector<HTMLElement>('input:checked') ??
    // The date's first box at fault, as <dvc-date-input> focuses it.
    element.querySelector<HTMLElement>('.date-input [aria-invalid="true"]') ??
    element.querySelector<HTMLElement>('input, select, textarea') ??
    element
  );
}
