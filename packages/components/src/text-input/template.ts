import { nothing, type TemplateResult } from 'lit';
import { compactHtml as html } from '@dvc/core';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describedBy, fieldError, fieldHint, fieldLabel, partId, type FieldFrame } from '@dvc/core';

export type TextInputType = 'text' | 'email' | 'tel' | 'url' | 'password' | 'search';

/** The field model of a single-line text input (ADR 0010). */
export interface TextInputField extends FieldFrame {
  readonly name: string;
  readonly value: string;
  readonly type: TextInputType;
  readonly autocomplete: string;
  readonly inputmode: string;
  readonly placeholder: string;
  readonly spellcheck?: string;
  readonly width?: 2 | 4 | 10 | 20;
  readonly prefixText: string;
  readonly suffixText: string;
}

export interface TextInputHandlers {
  readonly input: (event: InputEvent) => void;
  readonly change: (event: Event) => void;
  readonly keydown?: (event: KeyboardEvent) => void;
}

/** Label, hint, error and the native input: the same markup in `<dvc-text-input>` and in `<dvc-form>`. */
export function textInputTemplate(field: TextInputField, on: TextInputHandlers): TemplateResult {
  const error = field.error;
  return html`
    <div class="field ${error ? 'field--error' : ''}" part="field">
      ${fieldLabel(field)}${fieldHint(field)}${fieldError(field)}
      <div class="input-wrapper">
        ${field.prefixText ? html`<span class="affix affix--prefix" aria-hidden="true">${field.prefixText}</span>` : nothing}
        <input
          id=${partId(field, 'control')}
          part="input"
          class="input ${field.width ? `input--width-${field.width}` : ''}"
          type=${field.type}
          name=${ifDefined(field.name || undefined)}
          .value=${field.value}
          autocomplete=${ifDefined(field.autocomplete || undefined)}
          inputmode=${ifDefined(field.inputmode || undefined)}
          placeholder=${ifDefined(field.placeholder || undefined)}
          spellcheck=${ifDefined(field.spellcheck)}
          ?required=${field.required}
          ?readonly=${field.readonly}
          ?disabled=${field.disabled}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy(field)}
          @input=${on.input}
          @change=${on.change}
          @keydown=${on.keydown}
        />
        ${field.suffixText ? html`<span class="affix affix--suffix" aria-hidden="true">${field.suffixText}</span>` : nothing}
      </div>
    </div>
  `;
}
