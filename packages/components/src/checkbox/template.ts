import type { TemplateResult } from 'lit';
import { compactHtml as html } from '@dvc/core';
import { checkboxInput } from './input.js';
import { fieldError, fieldHint, partId, requirementMarker, type FieldFrame } from '@dvc/core';

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
        ${checkboxInput(field, on)}
        <label class="item-label" part="label" for=${id}>${field.label}${requirementMarker(field)}</label>
        ${fieldHint(field)}
      </div>
    </div>
  `;
}
