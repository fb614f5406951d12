import type { TemplateResult } from 'lit';
import { compactHtml as html } from '@dvc/core';
import { AsyncDirective, directive, type DirectiveResult } from 'lit/async-directive.js';
import { ref } from 'lit/directives/ref.js';
import { translate, type FieldFrame } from '@dvc/core';
import {
  checkboxTemplate,
  chosenOption,
  dateInputTemplate,
  datePartNames,
  datePartOf,
  dateProblem,
  isoFromParts,
  partsFromIso,
  radiosTemplate,
  selectTemplate,
  textInputTemplate,
  type DateParts,
} from '@dvc/components/widgets.js';
import type { FieldRecord, FormController } from './form-controller.js';
import { fieldData } from './form-data.js';
import { loadedVnPhone } from '@dvc/schema/phone-loader.js';
import type { FieldKind } from '@dvc/schema';
import { getAt } from '@dvc/schema';

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
]);

export function rendersNatively(kind: FieldKind): boolean {
  return nativeKinds.has(kind);
}

const arrowKeys = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);
let nextId = 0;
/** Per form and field pointer: the prefix of its ids in the shared tree (stable while the citizen types). */
const idPrefixes = new WeakMap<FormController, Map<string, string>>();
/** Per field: the live directive, the text as typed, the date's boxes as typed. */
const liveWidgets = new WeakMap<FieldRecord, FieldWidget>();
const typedText = new WeakMap<FieldRecord, { readonly text: string; readonly data: unknown }>();
/** Per form and field pointer: the date's boxes as typed (they outlive a section's re-render, as the id prefix does). */
const typedDates = new WeakMap<FormController, Map<string, DateParts>>();

function typedDatesOf(controller: FormController): Map<string, DateParts> {
  let typed = typedDates.get(controller);
  if (!typed) {
    typed = new Map();
    typedDates.set(controller, typed);
  }
  return typed;
}

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

/**
 * The date's boxes: as the citizen typed them while they still give the data (an incomplete or
 * impossible date gives none, and stays in the boxes), else the data's ISO date.
 */
function shownDateParts(controller: FormController, record: FieldRecord, value: unknown): DateParts {
  const iso = typeof value === 'string' ? value : '';
  const typed = typedDates.get(controller)?.get(record.pointer);
  return typed && isoFromParts(typed) === iso ? typed : partsFromIso(iso);
}

/**
 * What `<dvc-date-input>` reported as its own `badInput`: boxes that make no date (the form's
 * schema sees no value then), worded as the element words it.
 */
export function widgetBadInput(controller: FormController, record: FieldRecord): string {
  if (record.model.kind !== 'date' || !liveWidgets.has(record)) return '';
  const problem = dateProblem(shownDateParts(controller, record, getAt(controller.data, record.pointer)));
  return problem
    ? translate(controller.language, `validation.${problem.failure.messageKey}`, { label: record.model.label })
    : '';
}

/** The form listens for the controls' `dvc-input`/`dvc-change` inside its shadow root; native widgets send the same. */
function emit(
  record: FieldRecord,
  from: EventTarget,
  type: 'dvc-input' | 'dvc-change',
  value: unknown,
  text?: string,
): void {
  // Remembered before the form writes the data: the write can re-render this field at once.
  if (text !== undefined) typedText.set(record, { text, data: fieldData(record, value) });
  from.dispatchEvent(
    new CustomEvent(type, { bubbles: true, composed: false, detail: { name: record.pointer, value } }),
  );
}

function selectWidget(frame: FieldFrame, record: FieldRecord, value: unknown): TemplateResult {
  const { model } = record;
  const chosen = chosenOption(model.options, asText(value));
  // Read-only: the other options are disabled; should a choice still get through, it is undone.
  const send = (type: 'dvc-input' | 'dvc-change') => (event: Event) => {
    const select = event.target as HTMLSelectElement;
    if (frame.readonly) select.value = chosen;
    else emit(record, select, type, select.value);
  };
  return selectTemplate(
    { ...frame, name: '', options: model.options, value: chosen, autocomplete: model.autocomplete },
    { input: send('dvc-input'), change: send('dvc-change') },
  );
}

function dateWidget(
  controller: FormController,
  frame: FieldFrame,
  record: FieldRecord,
  value: unknown,
): TemplateResult {
  const parts = shownDateParts(controller, record, value);
  const problem = frame.error ? dateProblem(parts) : null;
  return dateInputTemplate(
    {
      ...frame,
      name: '',
      parts,
      // Only the box at fault is marked when the problem is in one box, as in <dvc-date-input>.
      faulty: problem ? problem.parts : datePartNames,
      autocomplete: record.model.autocomplete,
    },
    {
      // The data now, not at this render: a keystroke re-renders the field only when its error changes.
      input: (event) => {
        const input = event.target as HTMLInputElement;
        const now = shownDateParts(controller, record, getAt(controller.data, record.pointer));
        const typed = { ...now, [datePartOf(input)]: input.value };
        typedDatesOf(controller).set(record.pointer, typed);
        emit(record, input, 'dvc-input', isoFromParts(typed));
      },
      change: (event) =>
        emit(
          record,
          event.target!,
          'dvc-change',
          isoFromParts(shownDateParts(controller, record, getAt(controller.data, record.pointer))),
        ),
    },
  );
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
          input: (event) => emit(record, event.target!, 'dvc-input', (event.target as HTMLInputElement).checked),
          change: (event) => emit(record, event.target!, 'dvc-change', (event.target as HTMLInputElement).checked),
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
          input: (event) => emit(record, event.target!, 'dvc-input', (event.target as HTMLInputElement).value),
          change: (event) => emit(record, event.target!, 'dvc-change', (event.target as HTMLInputElement).value),
        },
      );
    case 'select':
      return selectWidget(frame, record, value);
    case 'date':
      return dateWidget(controller, frame, record, value);
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
            emit(record, event.target!, 'dvc-input', text, text);
          },
          change: (event) =>
            emit(record, event.target!, 'dvc-change', (event.target as HTMLInputElement).value.normalize('NFC')),
        },
      );
  }
}

/** Renders a field's widget and re-renders that field alone when its error changes (`refreshWidget`). */
class FieldWidget extends AsyncDirective {
  private controller: FormController | undefined;
  private record: FieldRecord | undefined;

  render(controller: FormController, record: FieldRecord): TemplateResult {
    this.controller = controller;
    this.record = record;
    liveWidgets.set(record, this);
    return widgetTemplate(controller, record);
  }

  refresh(): void {
    if (this.isConnected && this.controller && this.record) this.setValue(widgetTemplate(this.controller, this.record));
  }
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
