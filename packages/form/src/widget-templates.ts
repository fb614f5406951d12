import type { nothing, TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { translate } from '@dvc/core/i18n.js';
import type { FieldFrame } from '@dvc/core/field-template.js';
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
import { getAt } from '@dvc/schema';
import { loadedAddressWidget } from './address-loader.js';
import { rareWidget } from './rare-widgets-loader.js';

/**
 * What a field rendered in `<dvc-form>`'s tree shows and sends, per widget kind (ADR 0010, 0019):
 * the shared template of the kind over the field's model, and handlers that send the same
 * `dvc-input` / `dvc-change` events the control elements sent.
 */

/**
 * What a field's widget keeps between renders, per form and pointer: it outlives the field's
 * record (a section's re-render makes new ones) and its DOM. Made when the citizen first types
 * in the field: most fields never need one.
 */
interface WidgetState {
  /** The text as typed, with the data it gave (a trailing space stays while the data is the same). */
  typed?: { readonly text: string; readonly data: unknown };
  /** The date's boxes as typed. */
  parts?: DateParts;
  /** A textarea's polite count announcement, and the timer that sets it once typing pauses. */
  said?: string;
  timer?: ReturnType<typeof setTimeout>;
}

/** Per form: each field's id prefix in the shared tree (stable while the citizen types), and its state. */
const forms = new WeakMap<FormController, { ids: Map<string, string>; states: Map<string, WidgetState> }>();
let nextId = 0;

function fieldsOf(controller: FormController): { ids: Map<string, string>; states: Map<string, WidgetState> } {
  let fields = forms.get(controller);
  if (!fields) forms.set(controller, (fields = { ids: new Map(), states: new Map() }));
  return fields;
}

/** A field's id prefix in the form's shared tree (`f12`), stable for the form's life. */
export function idPrefixOf(controller: FormController, pointer: string): string {
  const { ids } = fieldsOf(controller);
  let id = ids.get(pointer);
  if (!id) ids.set(pointer, (id = `f${(nextId += 1)}`));
  return id;
}

export function stateOf(controller: FormController, pointer: string): WidgetState {
  const { states } = fieldsOf(controller);
  let state = states.get(pointer);
  if (!state) states.set(pointer, (state = {}));
  return state;
}

export function peekState(controller: FormController, pointer: string): WidgetState | undefined {
  return forms.get(controller)?.states.get(pointer);
}

const arrowKeys = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);
/** Milliseconds after the last keystroke before a textarea's count is announced, as `<dvc-textarea>`'s default. */
export const announceDelay = 1000;

function asText(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/** Whether a field is locked: read-only in its schema, or a verified prefilled value. */
function isReadonly(controller: FormController, record: FieldRecord): boolean {
  return record.model.readonly || controller.prefillFacts(record.pointer).readonly;
}

function frameOf(controller: FormController, record: FieldRecord): FieldFrame {
  const { pointer, model } = record;
  const prefill = controller.prefillFacts(pointer);
  return {
    idPrefix: idPrefixOf(controller, pointer),
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
export function shownText(controller: FormController, record: FieldRecord, value: unknown): string {
  const typed = peekState(controller, record.pointer)?.typed;
  if (typed && Object.is(typed.data, value)) return typed.text;
  const text = asText(value);
  return record.schema.format === 'vn-phone' ? (loadedVnPhone()?.formatVnPhoneNational(text) ?? text) : text;
}

/**
 * The date's boxes: as the citizen typed them while they still give the data (an incomplete or
 * impossible date gives none, and stays in the boxes), else the data's ISO date.
 */
function shownDateParts(controller: FormController, record: FieldRecord): DateParts {
  const value = getAt(controller.data, record.pointer);
  const iso = typeof value === 'string' ? value : '';
  const typed = peekState(controller, record.pointer)?.parts;
  return typed && isoFromParts(typed) === iso ? typed : partsFromIso(iso);
}

/**
 * What `<dvc-date-input>` reported as its own `badInput`: boxes that make no date (the schema then
 * sees no value), worded as the element words it.
 */
export function dateBadInput(controller: FormController, record: FieldRecord): string {
  const problem = dateProblem(shownDateParts(controller, record));
  return problem
    ? translate(controller.language, `validation.${problem.failure.messageKey}`, { label: record.model.label })
    : '';
}

/** The form listens for the controls' `dvc-input`/`dvc-change` inside its shadow root; native widgets send the same. */
export function emit(
  controller: FormController,
  record: FieldRecord,
  from: EventTarget,
  type: 'dvc-input' | 'dvc-change',
  value: unknown,
  text?: string,
): void {
  // Remembered before the form writes the data: the write can re-render this field at once.
  if (text !== undefined) stateOf(controller, record.pointer).typed = { text, data: fieldData(record, value) };
  from.dispatchEvent(
    new CustomEvent(type, { bubbles: true, composed: false, detail: { name: record.pointer, value } }),
  );
}

/** A field's box (`div.dvc-widget`) knows the form and the record of its last render. */
export interface WidgetBox extends HTMLElement {
  dvcController?: FormController;
  dvcRecord?: FieldRecord;
}

/** The box of the field an event came from. */
function boxOf(event: Event): WidgetBox & { dvcController: FormController; dvcRecord: FieldRecord } {
  return (event.target as Element).closest('.dvc-widget')! as WidgetBox & {
    dvcController: FormController;
    dvcRecord: FieldRecord;
  };
}

/** A locked checkbox or radio is not changed by a click: one function for every field (no closure per field). */
export function preventWhenReadonly(event: Event): void {
  const { dvcController, dvcRecord } = boxOf(event);
  if (isReadonly(dvcController, dvcRecord)) event.preventDefault();
}

/**
 * `input` and `change` handlers sending what `read` takes from the control; `typed` text is
 * remembered as typed. One pair for every field: the field is the one of the event's box, so no
 * closures are kept per field (ADR 0021, second round).
 */
function sends(
  read: (event: Event) => unknown,
  typed = false,
): { input: (event: Event) => void; change: (event: Event) => void } {
  const send = (type: 'dvc-input' | 'dvc-change') => (event: Event) => {
    const box = boxOf(event);
    const value = read(event);
    emit(box.dvcController!, box.dvcRecord!, event.target!, type, value, typed ? (value as string) : undefined);
  };
  return { input: send('dvc-input'), change: send('dvc-change') };
}

const checkedOf = (event: Event): boolean => (event.target as HTMLInputElement).checked;
const valueOf = (event: Event): string => (event.target as HTMLInputElement).value;

/** Vietnamese typed with Telex or VNI can arrive decomposed: the data is NFC, as in the text elements. */
export function typed(event: Event): string {
  return (event.target as HTMLInputElement | HTMLTextAreaElement).value.normalize('NFC');
}

export const typedSends = sends(typed, true);
const checkboxHandlers = { click: preventWhenReadonly, ...sends(checkedOf) };
const radiosHandlers = {
  click: preventWhenReadonly,
  // A locked group's arrow keys would choose another option.
  keydown: (event: KeyboardEvent): void => {
    if (arrowKeys.has(event.key)) preventWhenReadonly(event);
  },
  ...sends(valueOf),
};

/** A date's boxes: the parts now, not at a render (a keystroke re-renders the field only when its error changes). */
const dateHandlers = {
  input: (event: Event): void => {
    const { dvcController: controller, dvcRecord: record } = boxOf(event);
    const input = event.target as HTMLInputElement;
    const parts = { ...shownDateParts(controller, record), [datePartOf(input)]: input.value };
    stateOf(controller, record.pointer).parts = parts;
    emit(controller, record, input, 'dvc-input', isoFromParts(parts));
  },
  change: (event: Event): void => {
    const { dvcController: controller, dvcRecord: record } = boxOf(event);
    emit(controller, record, event.target!, 'dvc-change', isoFromParts(shownDateParts(controller, record)));
  },
};

function selectWidget(controller: FormController, frame: FieldFrame, record: FieldRecord): TemplateResult {
  const { model } = record;
  const chosen = chosenOption(model.options, asText(getAt(controller.data, record.pointer)));
  // Read-only: the other options are disabled; should a choice still get through, it is undone.
  const send = (type: 'dvc-input' | 'dvc-change') => (event: Event) => {
    const select = event.target as HTMLSelectElement;
    if (frame.readonly) select.value = chosen;
    else emit(controller, record, select, type, select.value);
  };
  return selectTemplate(
    { ...frame, name: '', options: model.options, value: chosen, autocomplete: model.autocomplete },
    { input: send('dvc-input'), change: send('dvc-change') },
  );
}

function dateWidget(controller: FormController, frame: FieldFrame, record: FieldRecord): DirectiveResult {
  const parts = shownDateParts(controller, record);
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
    dateHandlers,
  );
}

/** The template of one natively rendered field; `refresh` re-renders it alone. */
export function widgetTemplate(
  controller: FormController,
  record: FieldRecord,
  refresh: () => void,
): TemplateResult | DirectiveResult | typeof nothing {
  const frame = frameOf(controller, record);
  const { model } = record;
  const value = getAt(controller.data, record.pointer);
  switch (model.kind) {
    case 'boolean':
      return checkboxTemplate({ ...frame, value: 'on', checked: value === true }, checkboxHandlers);
    case 'radios':
      return radiosTemplate(
        {
          ...frame,
          options: model.options,
          value: asText(value),
          inline: model.options.length === 2 && model.options.every((option) => option.label.length < 12),
        },
        radiosHandlers,
      );
    case 'select':
      return selectWidget(controller, frame, record);
    case 'date':
      return dateWidget(controller, frame, record);
    case 'textarea':
    case 'checkboxes':
      // A chunk of their own, which a schema with them waits for (rare-widgets-loader.ts).
      return rareWidget(controller, record, frame, refresh);
    case 'address':
      // Only rendered once the chunk is loaded (FormController.model).
      return loadedAddressWidget()!.addressWidget(controller, record, frame, refresh);
    default:
      return textInputTemplate(
        {
          ...frame,
          name: '',
          value: shownText(controller, record, value),
          type: model.inputType,
          autocomplete: model.autocomplete,
          inputmode: model.inputmode,
          placeholder: model.placeholder,
          width: model.width,
          prefixText: '',
          suffixText: '',
        },
        typedSends,
      );
  }
}
