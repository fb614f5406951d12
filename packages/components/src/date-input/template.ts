import type { TemplateResult } from 'lit';
import { compactHtml as html } from '@dvc/core';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fieldGroup, partId, translate, type FieldFrame } from '@dvc/core';
import { dateAutocomplete, datePartNames, type DatePartName, type DateParts } from './date-model.js';

/** The field model of a three-box date (ADR 0019). */
export interface DateInputField extends FieldFrame {
  /** The boxes submit as `${name}-day`… when set. */
  readonly name: string;
  readonly parts: DateParts;
  /** The boxes marked invalid while an error shows. */
  readonly faulty: readonly DatePartName[];
  readonly autocomplete: string;
}

export interface DateInputHandlers {
  readonly input: (event: InputEvent) => void;
  readonly change: (event: Event) => void;
  readonly keydown?: (event: KeyboardEvent) => void;
}

/** Which box an event came from: the ids end with the part's name (`day`, `f12-day`). */
export function datePartOf(input: HTMLInputElement): DatePartName {
  const name = input.id.slice(input.id.lastIndexOf('-') + 1);
  return (datePartNames as readonly string[]).includes(name) ? (name as DatePartName) : 'day';
}

function datePart(field: DateInputField, name: DatePartName, on: DateInputHandlers): TemplateResult {
  const id = partId(field, name);
  return html`
    <div class="date-item">
      <label class="date-item-label" part="item-label" for=${id}>${translate(field.language, `date.${name}`)}</label>
      <input
        id=${id}
        part="input ${name}-input"
        class="input ${name === 'year' ? 'date-box--4' : 'date-box--2'}"
        type="text"
        inputmode="numeric"
        name=${ifDefined(field.name ? `${field.name}-${name}` : undefined)}
        .value=${field.parts[name]}
        autocomplete=${ifDefined(dateAutocomplete(field.autocomplete, name))}
        spellcheck="false"
        ?readonly=${field.readonly}
        ?disabled=${field.disabled}
        aria-invalid=${field.error && field.faulty.includes(name) ? 'true' : 'false'}
        @input=${on.input}
        @change=${on.change}
        @keydown=${on.keydown}
      />
    </div>
  `;
}

/** A fieldset whose legend is the question, then day, month and year: the same markup in `<dvc-date-input>` and in `<dvc-form>`. */
export function dateInputTemplate(field: DateInputField, on: DateInputHandlers): TemplateResult {
  return fieldGroup(
    field,
    html`<div class="date-input" part="date-input">
      ${datePart(field, 'day', on)}${datePart(field, 'month', on)}${datePart(field, 'year', on)}
    </div>`,
  );
}
