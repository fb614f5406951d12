import type { TemplateResult } from 'lit';
import { translate } from '@dvc/core/i18n.js';
import type { FieldFrame } from '@dvc/core/field-template.js';
import { getAt, isObject, sameValue, type JsonSchemaObject } from '@dvc/schema';
import {
  AddressFieldState,
  addressPartStyles,
  addressStringsNamespace,
  addressTemplate,
  addressValidator,
  defaultDataUrl,
  fetchLoader,
  registerAddressStrings,
  scrollActiveOption,
  type AddressValue,
} from '@dvc/address/widget.js';
import type { FieldRecord, FormController } from './form-controller.js';
import { fieldData } from './form-data.js';
import { adoptSheetWhereRendered } from './adopt-sheet.js';

/**
 * An address field rendered into `<dvc-form>`'s own shadow root (ADR 0025): the state
 * `<dvc-address>` keeps (value as typed, lists, comboboxes), one per form and pointer, rendered with
 * the same template. Loaded as a lazy chunk (address-loader.ts).
 */
interface AddressField {
  readonly state: AddressFieldState;
  record: FieldRecord;
  /** The data this field last gave or took: the form's data differing from it was set from outside. */
  data: unknown;
  refresh: () => void;
  /** The re-render asked for and not done yet (batched in a microtask, as a Lit element's update). */
  pending?: Promise<void>;
  /** Whether the field is rendering now: what it asks meanwhile is in this render. */
  rendering: boolean;
}

/** Asks for one re-render of the field after the current task's work, as `requestUpdate()` does. */
function requestRender(field: AddressField): void {
  if (field.rendering || field.pending) return;
  field.pending = Promise.resolve().then(() => {
    field.pending = undefined;
    field.refresh();
  });
}

const forms = new WeakMap<FormController, Map<string, AddressField>>();

/** The address's own rules, scoped to its box so they reach nothing else in the form's tree. */
let scopedSheet: CSSStyleSheet | undefined;

/** `a, b:is(c, d)` → `S a, S b:is(c, d)`: each selector of a list (commas inside brackets kept) under `scope`. */
export function scopeSelectorList(list: string, scope: string): string {
  const selectors: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < list.length; index += 1) {
    const character = list[index];
    if (character === '(' || character === '[') depth += 1;
    else if (character === ')' || character === ']') depth -= 1;
    else if (character === ',' && depth === 0) {
      selectors.push(list.slice(start, index));
      start = index + 1;
    }
  }
  selectors.push(list.slice(start));
  return selectors.map((selector) => `${scope} ${selector.trim()}`).join(', ');
}

/**
 * The rules flattened under `scope`, not wrapped in a nested rule: CSS nesting is too recent for the
 * older Android WebViews many citizens use (Chromium < 112 would drop the whole sheet).
 */
function scopedRules(rules: CSSRuleList, scope: string): string {
  let text = '';
  for (const rule of rules) {
    if (rule instanceof CSSStyleRule)
      text += `${scopeSelectorList(rule.selectorText, scope)} { ${rule.style.cssText} }`;
    else if (rule instanceof CSSMediaRule)
      text += `@media ${rule.conditionText} { ${scopedRules(rule.cssRules, scope)} }`;
    else text += rule.cssText;
  }
  return text;
}

function addressSheet(): CSSStyleSheet {
  if (!scopedSheet) {
    const parsed = new CSSStyleSheet();
    parsed.replaceSync(addressPartStyles.cssText);
    scopedSheet = new CSSStyleSheet();
    scopedSheet.replaceSync(scopedRules(parsed.cssRules, '.dvc-address-field'));
  }
  return scopedSheet;
}

/** A prefilled address known only as old 3-level text is shown as a hint beside the picker. */
function legacyTextOf(value: unknown): string {
  return isObject(value) && typeof value['legacyText'] === 'string' ? value['legacyText'] : '';
}

/** An address schema that declares `countryCode` accepts a place abroad (docs/schema-vocabulary.md). */
function acceptsPlaceAbroad(schema: JsonSchemaObject): boolean {
  const properties = schema.properties;
  return isObject(properties) && 'countryCode' in properties;
}

function fieldOf(controller: FormController, record: FieldRecord, refresh: () => void): AddressField {
  let fields = forms.get(controller);
  if (!fields) forms.set(controller, (fields = new Map()));
  const known = fields.get(record.pointer);
  if (known) return Object.assign(known, { record, refresh });
  registerAddressStrings();
  const field: AddressField = {
    record,
    refresh,
    data: undefined,
    rendering: false,
    state: new AddressFieldState({
      loader: () => fetchLoader(defaultDataUrl()),
      requestRender: () => requestRender(field),
      rendered: () => field.pending ?? Promise.resolve(),
      eventTarget: () => field.record.element ?? document.body,
      language: () => controller.language,
      t: (key, options = {}) => translate(controller.language, `${addressStringsNamespace}:${key}`, options),
      blocked: () => field.record.model.readonly || controller.prefillFacts(field.record.pointer).readonly,
      // Enter in a closed box or the detail line reaches the form's own keydown handler, which submits.
      submit: () => false,
      typed: () => {},
      changed: (value, committed) => send(controller, field, value, committed ? 'dvc-change' : 'dvc-input'),
    }),
  };
  fields.set(record.pointer, field);
  return field;
}

/** The form listens for `dvc-input`/`dvc-change` in its shadow root, as from the control elements. */
function send(
  controller: FormController,
  field: AddressField,
  value: AddressValue,
  type: 'dvc-input' | 'dvc-change',
): void {
  // Remembered before the form writes the data: the write can re-render this field at once.
  field.data = fieldData(field.record, value);
  field.record.element?.dispatchEvent(
    new CustomEvent(type, { bubbles: true, composed: false, detail: { name: field.record.pointer, value } }),
  );
}

/** The address's own message for a missing part, or '' (the same check `<dvc-address>` runs). */
function ownMessage(controller: FormController, field: AddressField): string {
  const { record, state } = field;
  const failure = addressValidator.validate({
    ...state.facts,
    value: '',
    required: record.required,
    label: record.model.label,
  });
  return failure
    ? translate(controller.language, `validation.${failure.messageKey}`, {
        label: record.model.label,
        ...failure.params,
      })
    : '';
}

/** The template of an address field in the form's tree; `refresh` re-renders it alone. */
export function addressWidget(
  controller: FormController,
  record: FieldRecord,
  frame: FieldFrame,
  refresh: () => void,
): TemplateResult {
  const field = fieldOf(controller, record, refresh);
  field.rendering = true;
  try {
    return renderField(controller, field, frame);
  } finally {
    field.rendering = false;
  }
}

function renderField(controller: FormController, field: AddressField, frame: FieldFrame): TemplateResult {
  const { state, record } = field;
  const value = getAt(controller.data, record.pointer);
  if (!sameValue(value, field.data)) {
    state.setValue(isObject(value) ? (value as unknown as AddressValue) : null);
    field.data = value;
  }
  state.allowAbroad = acceptsPlaceAbroad(record.schema);
  state.request();
  const box = record.element;
  if (box) {
    box.classList.add('dvc-address-field');
    adoptSheetWhereRendered(box, addressSheet());
    queueMicrotask(() => scrollActiveOption(box, { frame, state }));
  }
  const hasError = ownMessage(controller, field) !== '';
  return addressTemplate({
    frame,
    state,
    legacyText: legacyTextOf(value),
    autocomplete: record.model.autocomplete,
    faulty: frame.error
      ? state.faultyPart({ hostError: frame.error, hasError, required: record.required, label: record.model.label })
      : null,
  });
}

/** The address's own message for the missing part of the field at `record` ("Chọn xã, phường"), or ''. */
export function addressMessage(controller: FormController, record: FieldRecord): string {
  const field = forms.get(controller)?.get(record.pointer);
  return field ? ownMessage(controller, field) : '';
}
