import { nothing, type TemplateResult } from 'lit';
import { compactHtml as html } from '@dvc/core';
import { radioOption, type RadioHandlers } from './option.js';
import {
  describedBy,
  fieldError,
  fieldHint,
  partId,
  requirementMarker,
  type ControlOption,
  translate,
  type FieldFrame,
} from '@dvc/core';

/** The field model of a radio group (ADR 0010). */
export interface RadiosField extends FieldFrame {
  readonly options: readonly ControlOption[];
  readonly value: string;
  readonly inline: boolean;
}

export type RadiosHandlers = RadioHandlers;

/** A radiogroup fieldset whose legend is the label: the same markup in `<dvc-radios>` and in `<dvc-form>`. */
export function radiosTemplate(field: RadiosField, on: RadiosHandlers): TemplateResult {
  const error = field.error;
  // Chromium does not expose aria-readonly on a radiogroup, so a locked group says it in its
  // description, and the radios it will not let the citizen choose are aria-disabled (ADR 0018).
  const readonlyId = partId(field, 'readonly');
  return html`
    <div class="field ${error ? 'field--error' : ''}" part="field">
      <fieldset
        role="radiogroup"
        part="fieldset"
        class=${field.readonly ? 'choices--readonly' : ''}
        aria-describedby=${describedBy(field, field.readonly ? [readonlyId] : [])}
        aria-required=${field.required ? 'true' : nothing}
        aria-readonly=${field.readonly ? 'true' : nothing}
        aria-invalid=${error ? 'true' : nothing}
      >
        <legend class="label" part="label">${field.label}${requirementMarker(field)}</legend>
        ${fieldHint(field)}${fieldError(field)}${
          field.readonly
            ? html`<span class="visually-hidden" id=${readonlyId}
                >${translate(field.language, 'control.readonlyChoice')}</span
              >`
            : nothing
        }
        <div class="items ${field.inline ? 'items--inline' : ''}" part="items">
          ${field.options.map((option, index) => radioOption(field, option, index, on))}
        </div>
      </fieldset>
    </div>
  `;
}
