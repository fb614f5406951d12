import { noChange, render, type RenderOptions, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart, type DirectiveResult } from 'lit/directive.js';
import type { FieldFrame } from '@dvc/core';
import { checkboxTemplate, radiosTemplate, textInputTemplate } from '@dvc/components/widgets.js';
import type { FieldRecord, FormController } from './form-controller.js';
import { loadedVnPhone } from '@dvc/schema/phone-loader.js';
import type { FieldKind } from '@dvc/schema';
import { getAt } from '@dvc/schema';

/**
 * `<dvc-form>`'s side of the widget registry (ADR 0010): the kinds below render from the shared
 * templates straight into the form's shadow root, in a `div.dvc-widget[data-pointer]`: no custom
 * element, shadow root or style sheet per field. Other kinds stay custom elements (sections.ts).
 */
const nativeKinds: ReadonlySet<FieldKind> = new Set<FieldKind>(['text', 'number', 'boolean', 'radios']);

export function rendersNatively(kind: FieldKind): boolean {
  return nativeKinds.has(kind);
}

const arrowKeys = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);
let nextId = 0;
/** Per form and field pointer: the prefix of its ids in the shared tree (stable while the citizen types). */
const idPrefixes = new WeakMap<FormController, Map<string, string>>();
/** Per field: the box its widget renders into, the text as typed. */
const liveWidgets = new WeakMap<FieldRecord, HTMLElement>();
const typedText = new WeakMap<FieldRecord, { readonly text: string; readonly data: unknown }>();

function asText(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

function frameOf(controller: FormController, record: FieldRecord): FieldFrame {
  const { pointer, model } = record;
  let prefixes = idPrefixes.get(controller);
  if (!prefixes) {
    prefixes = new Map();
    idPrefixes.set(controller, prefixes);
  }
  let idPrefix = prefixes.get(pointer);
  if (!idPrefix) {
    idPrefix = `f${(nextId += 1)}`;
    prefixes.set(pointer, idPrefix);
  }
  const prefill = controller.prefillFacts(pointer);
  return {
    idPrefix,
    language: controller.language,
    label: model.label,
    hint: model.hint,
    error: controller.errorFor(pointer),
    required: record.required,
    readonly: model.readonly || prefill.readonly,
    // A disabled form wraps everything in a disabled fieldset, which disables these natively.
    disabled: false,
    marker: 'required',
    provenance: prefill.provenance,
    verified: prefill.verified,
    correctionHref: prefill.correctionHref,
  };
}

/** The control's text: as the citizen typed it while the data still matches it (a trailing space stays), else from the data. */
function shownText(record: FieldRecord, value: unknown): string {
  const typed = typedText.get(record);
  if (typed && Object.is(typed.data, value)) return typed.text;
  const text = asText(value);
  return record.schema.format === 'vn-phone' ? (loadedVnPhone()?.formatVnPhoneNational(text) ?? text) : text;
}

/** The form listens for the controls' `dvc-input`/`dvc-change` inside its shadow root; native widgets send the same. */
function emit(
  controller: FormController,
  record: FieldRecord,
  from: EventTarget,
  type: 'dvc-input' | 'dvc-change',
  value: unknown,
  text?: string,
): void {
  from.dispatchEvent(
    new CustomEvent(type, { bubbles: true, composed: false, detail: { name: record.pointer, value } }),
  );
  if (text !== undefined) typedText.set(record, { text, data: getAt(controller.data, record.pointer) });
}

function widgetTemplate(controller: FormController, record: FieldRecord): TemplateResult {
  const frame = frameOf(controller, record);
  const { model } = record;
  const value = getAt(controller.data, record.pointer);
  const preventWhenReadonly = (event: Event): void => {
    if (frame.readonly) event.preventDefault();
  };
  switch (model.kind) {
    case 'boolean':
      return checkboxTemplate(
        { ...frame, value: 'on', checked: value === true },
        {
          click: preventWhenReadonly,
          input: (event) =>
            emit(controller, record, event.target!, 'dvc-input', (event.target as HTMLInputElement).checked),
          change: (event) =>
            emit(controller, record, event.target!, 'dvc-change', (event.target as HTMLInputElement).checked),
        },
      );
    case 'radios':
      return radiosTemplate(
        {
          ...frame,
          options: model.options,
          value: asText(value),
          inline: model.options.length === 2 && model.options.every((option) => option.label.length < 12),
        },
        {
          click: preventWhenReadonly,
          keydown: (event) => {
            if (frame.readonly && arrowKeys.has(event.key)) event.preventDefault();
          },
          input: (event) =>
            emit(controller, record, event.target!, 'dvc-input', (event.target as HTMLInputElement).value),
          change: (event) =>
            emit(controller, record, event.target!, 'dvc-change', (event.target as HTMLInputElement).value),
        },
      );
    default:
      return textInputTemplate(
        {
          ...frame,
          name: '',
          value: shownText(record, value),
          type: model.inputType,
          autocomplete: model.autocomplete,
          inputmode: model.inputmode,
          placeholder: model.placeholder,
          width: model.width,
          prefixText: '',
          suffixText: '',
        },
        {
          // Vietnamese typed with Telex or VNI can arrive decomposed: the data is NFC, as in <dvc-text-input>.
          input: (event) => {
            const text = (event.target as HTMLInputElement).value.normalize('NFC');
            emit(controller, record, event.target!, 'dvc-input', text, text);
          },
          change: (event) =>
            emit(
              controller,
              record,
              event.target!,
              'dvc-change',
              (event.target as HTMLInputElement).value.normalize('NFC'),
            ),
        },
      );
  }
}

/** Lit's options for a field's own render root: one object for every field. */
const widgetRenderOptions: RenderOptions = {};

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
    liveWidgets.set(record, box);
    render(widgetTemplate(controller, record), box, widgetRenderOptions);
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
  const element = record.element as (HTMLElement & { error?: string }) | undefined;
  if (element && 'error' in element) element.error = controller.errorFor(record.pointer);
  else {
    const box = liveWidgets.get(record);
    if (box) render(widgetTemplate(controller, record), box, widgetRenderOptions);
  }
}

/** Where focus goes for a field (error-summary links, first field): the native control of a native widget. */
export function focusTarget(element: HTMLElement): HTMLElement {
  if (!element.classList.contains('dvc-widget')) return element;
  return (
    element.querySelector<HTMLElement>('input:checked') ??
    element.querySelector<HTMLElement>('input, select, textarea') ??
    element
  );
}
