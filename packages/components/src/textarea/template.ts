import { nothing, type TemplateResult } from 'lit';
import { html } from '@dvc/core/html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { characterCount } from '@dvc/core/character-count.js';
import { describedBy, fieldError, fieldHint, fieldLabel, partId, type FieldFrame } from '@dvc/core/field-template.js';
import { translate } from '@dvc/core/i18n.js';

/** The field model of a multi-line text field (ADR 0019). */
export interface TextareaField extends FieldFrame {
  readonly name: string;
  readonly value: string;
  readonly rows: number;
  readonly autocomplete: string;
  readonly spellcheck?: string;
  /** Most characters allowed; turns on the character count. */
  readonly maxlength?: number;
  /** What the polite live region says: the count, once the citizen pauses typing. */
  readonly announcement: string;
}

export interface TextareaHandlers {
  readonly input: (event: InputEvent) => void;
  readonly change: (event: Event) => void;
}

export function hasCharacterCount(maxlength: number | undefined): maxlength is number {
  return maxlength !== undefined && maxlength >= 0;
}

/** Characters left before `maxlength`; negative when over. */
export function remainingCharacters(maxlength: number, value: string): number {
  return maxlength - characterCount(value);
}

/** "Còn lại N ký tự" or "Bạn đã nhập thừa N ký tự". */
export function characterCountMessage(language: string, maxlength: number, value: string): string {
  const remaining = remainingCharacters(maxlength, value);
  return remaining < 0
    ? translate(language, 'characterCount.tooMany', { count: -remaining })
    : translate(language, 'characterCount.remaining', { count: remaining });
}

function characterCountInfo(field: TextareaField, maxlength: number, over: boolean): TemplateResult {
  // GOV.UK pattern: a static description of the limit on the textarea, a visible count hidden
  // from screen readers (it changes on every keystroke), and a polite live region that speaks
  // the count once typing pauses.
  return html`
    <div id=${partId(field, 'count-info')} class="visually-hidden">
      ${translate(field.language, 'characterCount.info', { count: maxlength })}
    </div>
    <div class="count ${over ? 'count--over' : ''}" part="count" aria-hidden="true">
      ${characterCountMessage(field.language, maxlength, field.value)}
    </div>
    <div class="visually-hidden" aria-live="polite">${field.announcement}</div>
  `;
}

/** Label, hint, error, the native textarea and its count: the same markup in `<dvc-textarea>` and in `<dvc-form>`. */
export function textareaTemplate(field: TextareaField, on: TextareaHandlers): TemplateResult {
  const error = field.error;
  const maxlength = field.maxlength;
  const counted = hasCharacterCount(maxlength);
  const over = counted && remainingCharacters(maxlength, field.value) < 0;
  return html`
    <div class="field ${error ? 'field--error' : ''}" part="field">
      ${fieldLabel(field)}${fieldHint(field)}${fieldError(field)}
      <textarea
        id=${partId(field, 'control')}
        part="textarea"
        class="input textarea ${over ? 'textarea--over' : ''}"
        name=${ifDefined(field.name || undefined)}
        rows=${field.rows}
        .value=${field.value}
        autocomplete=${ifDefined(field.autocomplete || undefined)}
        spellcheck=${ifDefined(field.spellcheck)}
        ?required=${field.required}
        ?readonly=${field.readonly}
        ?disabled=${field.disabled}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(field, counted ? [partId(field, 'count-info')] : [])}
        @input=${on.input}
        @change=${on.change}
      ></textarea>
      ${counted ? characterCountInfo(field, maxlength, over) : nothing}
    </div>
  `;
}
