import { nothing, type TemplateResult } from 'lit';
import { html } from '@dvc/core/html.js';
import { live } from 'lit/directives/live.js';
import { fieldGroup, partId, type FieldFrame } from '@dvc/core/field-template.js';
import { translate } from '@dvc/core/i18n.js';
import type { ControlOption } from '@dvc/core/options.js';

/** An option of `dvc-checkboxes`; `exclusive` is the GOV.UK "none of these" answer. */
export interface CheckboxOption extends ControlOption {
  /** Checking it unchecks every other option, and checking another unchecks it. */
  readonly exclusive?: boolean;
}

/** The field model of a group of checkboxes (ADR 0019). */
export interface CheckboxesField extends FieldFrame {
  readonly options: readonly CheckboxOption[];
  /** The checked values. */
  readonly value: readonly string[];
}

export interface CheckboxesHandlers {
  readonly click: (event: MouseEvent) => void;
  readonly input: (event: Event) => void;
  readonly change: (event: Event) => void;
}

/** Checked values that match an option, in option order. */
export function checkedOptionValues(options: readonly CheckboxOption[], value: readonly string[]): string[] {
  const checked = new Set(value);
  return options.filter((option) => checked.has(option.value)).map((option) => option.value);
}

/**
 * The checked values after the citizen (un)checked `changed`, in option order: an exclusive
 * option unchecks the others, and any other option unchecks the exclusive ones.
 */
export function toggleOption(
  options: readonly CheckboxOption[],
  value: readonly string[],
  changed: string,
  nowChecked: boolean,
): string[] {
  const option = options.find((candidate) => candidate.value === changed);
  let checked = new Set(checkedOptionValues(options, value));
  if (!nowChecked) {
    checked.delete(changed);
  } else if (option?.exclusive) {
    checked = new Set([changed]);
  } else {
    for (const other of options) if (other.exclusive) checked.delete(other.value);
    checked.add(changed);
  }
  return options.filter((candidate) => checked.has(candidate.value)).map((candidate) => candidate.value);
}

function checkboxesOption(
  field: CheckboxesField,
  option: CheckboxOption,
  index: number,
  on: CheckboxesHandlers,
): TemplateResult {
  const id = partId(field, `option-${index}`);
  return html`
    ${option.exclusive && index > 0 ? html`<div class="divider" part="divider">${translate(field.language, 'checkboxes.or')}</div>` : nothing}
    <div class="item" part="item">
      <input
        class="item-input"
        part="input"
        type="checkbox"
        id=${id}
        .value=${option.value}
        .checked=${live(field.value.includes(option.value))}
        ?disabled=${field.disabled}
        aria-readonly=${field.readonly ? 'true' : nothing}
        aria-describedby=${option.hint ? `${id}-hint` : nothing}
        @click=${on.click}
        @input=${on.input}
        @change=${on.change}
      />
      <label class="item-label" part="item-label" for=${id}>${option.label}</label>
      ${option.hint ? html`<div class="item-hint" part="item-hint" id=${`${id}-hint`}>${option.hint}</div>` : nothing}
    </div>
  `;
}

/** A fieldset whose legend is the question, then a native checkbox per option: the same markup in `<dvc-checkboxes>` and in `<dvc-form>`. */
export function checkboxesTemplate(field: CheckboxesField, on: CheckboxesHandlers): TemplateResult {
  return fieldGroup(
    field,
    html`<div class="items" part="items">
      ${field.options.map((option, index) => checkboxesOption(field, option, index, on))}
    </div>`,
  );
}
