import { nothing, type TemplateResult } from 'lit';
import { html } from '@dvc/core/html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { describedBy, fieldError, fieldHint, fieldLabel, partId, type FieldFrame } from '@dvc/core/field-template.js';
import { translate } from '@dvc/core/i18n.js';
import type { ControlOption } from '@dvc/core/options.js';

/** The field model of a drop-down list (ADR 0019). */
export interface SelectField extends FieldFrame {
  readonly name: string;
  readonly options: readonly ControlOption[];
  /** The chosen value: one of the options' values, or '' (see `chosenOption`). */
  readonly value: string;
  readonly autocomplete: string;
}

export interface SelectHandlers {
  readonly input: (event: Event) => void;
  readonly change: (event: Event) => void;
}

/** `value` when it is one of the options, else '': a value whose option has not arrived chooses nothing. */
export function chosenOption(options: readonly ControlOption[], value: string): string {
  return options.some((option) => option.value === value) ? value : '';
}

function selectOption(field: SelectField, value: string, text: string): TemplateResult {
  // Read-only: every other choice is unavailable, so arrows, type-ahead and the pop-up list
  // cannot change the answer, while the select itself stays focusable.
  return html`<option
    value=${value}
    ?selected=${value === field.value}
    ?disabled=${field.readonly && value !== field.value}
  >
    ${text}
  </option>`;
}

/** Label, hint, error and the native select: the same markup in `<dvc-select>` and in `<dvc-form>`. */
export function selectTemplate(field: SelectField, on: SelectHandlers): TemplateResult {
  const error = field.error;
  const showEmpty = field.value === '' || !field.required;
  return html`
    <div class="field ${error ? 'field--error' : ''}" part="field">
      ${fieldLabel(field)}${fieldHint(field)}${fieldError(field)}
      <div class="select-wrapper">
        <select
          id=${partId(field, 'control')}
          part="select"
          class="input select"
          name=${ifDefined(field.name || undefined)}
          autocomplete=${ifDefined(field.autocomplete || undefined)}
          .value=${live(field.value)}
          ?required=${field.required}
          ?disabled=${field.disabled}
          aria-readonly=${field.readonly ? 'true' : nothing}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy(field)}
          @input=${on.input}
          @change=${on.change}
        >
          ${showEmpty ? selectOption(field, '', translate(field.language, 'select.choose')) : nothing}
          ${field.options.map((option) => selectOption(field, option.value, option.hint ? `${option.label} — ${option.hint}` : option.label))}
        </select>
      </div>
    </div>
  `;
}
