import { nothing, type TemplateResult } from 'lit';
import { compactHtml as html } from '@dvc/core';
import { live } from 'lit/directives/live.js';
import { describedBy, fieldError, fieldHint, partId, requirementMarker, type FieldFrame } from '@dvc/core';

/** The field model of a single checkbox (ADR 0010). */
export interface CheckboxField extends FieldFrame {
  readonly value: string;
  readonly checked: boolean;
}

export interface CheckboxHandlers {
  readonly click: (event: MouseEvent) => void;
  readonly input: (event: Event) => void;
  readonly change: (event: Event) => void;
}

/** The error, then the box with its label and hint: the same markup in `<dvc-checkbox>` and in `<dvc-form>`. */
export function checkboxTemplate(field: CheckboxField, on: CheckboxHandlers): TemplateResult {
  const error = field.error;
  const id = partId(field, 'control');
  return html`
    <div class="field ${error ? 'field--error' : ''}" part="field">
      ${fieldError(field)}
      <div class="item" part="item">
        <input
          id=${id}
          class="item-input"
          part="input"
          type="checkbox"
          .value=${field.value}
          .checked=${live(field.checked)}
          aria-required=${field.required ? 'true' : nothing}
          ?disabled=${field.disabled}
          aria-readonly=${field.readonly ? 'true' : nothing}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy(field)}
          @click=${on.click}
          @input=${on.input}
          @change=${on.change}
        />
        <label class="item-label" part="label" for=${id}>${field.label}${requirementMarker(field)}</label>
        ${fieldHint(field)}
      </div>
    </div>
  `;
}
