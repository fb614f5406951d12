import type { DirectiveResult } from 'lit/directive.js';
import { property, query } from 'lit/decorators.js';
import {
  DvcStringControl,
  maxLengthValidator,
  minLengthValidator,
  patternValidator,
  requiredValidator,
  type Validator,
} from '@dvc/core';
import { textInputStyles } from './text-input.styles.js';
import { textInputTemplate, type TextInputHandlers, type TextInputType } from './template.js';

export type { TextInputType } from './template.js';

const typeMismatchKeys: Partial<Record<TextInputType, string>> = {
  email: 'typeMismatchEmail',
  url: 'typeMismatchUrl',
};

let syntaxProbe: HTMLInputElement | undefined;

/** The browser already knows email and URL syntax; asking a detached input avoids a second, divergent rule. */
function hasTypeMismatch(type: TextInputType, value: string): boolean {
  syntaxProbe ??= document.createElement('input');
  syntaxProbe.type = type;
  syntaxProbe.value = value;
  return syntaxProbe.validity.typeMismatch;
}

/**
 * A single-line text field with label, hint and error message.
 *
 * @summary Single-line text input.
 * @event dvc-input - The citizen typed; detail `{ name, value }`.
 * @event dvc-change - The value was committed; detail `{ name, value }`.
 * @event change - Native-style change event, re-fired outside the shadow root.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error-message - The error message.
 * @csspart input - The native input.
 * @cssprop --dvc-color-border-input - Border colour of the input.
 * @cssprop --dvc-color-error - Colour of the error message and border.
 * @cssprop --dvc-color-focus - Focus ring colour.
 */
export class DvcTextInput extends DvcStringControl {
  static override styles = textInputStyles;

  @property() type: TextInputType = 'text';
  /** Autofill token for the native input, e.g. `name`, `tel`, `email`, `bday-day`. */
  @property() autocomplete = '';
  /** Virtual keyboard hint: `numeric`, `tel`, `email`… */
  @property() inputmode = '';
  @property({ type: Number }) minlength?: number;
  @property({ type: Number }) maxlength?: number;
  /** Whole-value regular expression, as on native inputs. */
  @property() pattern = '';
  /** Discouraged: a placeholder never replaces the label or hint. */
  @property() placeholder = '';
  /** Fixed character width for short answers: 2, 4, 10 or 20. */
  @property({ type: Number }) width?: 2 | 4 | 10 | 20;
  /** Text before the input, such as a currency (`prefix-text` because `Element.prefix` exists). */
  @property({ attribute: 'prefix-text' }) prefixText = '';
  /** Text after the input, such as a unit. */
  @property({ attribute: 'suffix-text' }) suffixText = '';

  @query('input') private readonly input!: HTMLInputElement | null;

  /** Selects the text, as `HTMLInputElement.select()` does. */
  select(): void {
    this.input?.select();
  }

  protected override render(): DirectiveResult {
    return textInputTemplate(
      {
        ...this.frame,
        name: this.name,
        value: this.value,
        type: this.type,
        autocomplete: this.autocomplete,
        inputmode: this.inputmode,
        placeholder: this.placeholder,
        spellcheck: this.getAttribute('spellcheck') ?? undefined,
        width: this.width,
        prefixText: this.prefixText,
        suffixText: this.suffixText,
      },
      this.handlers,
    );
  }

  private readonly handlers: TextInputHandlers = {
    input: (event) => this.handleInput(event),
    change: () => this.handleChange(),
    keydown: (event) => this.handleKeydown(event),
  };

  protected override validationFacts(): Record<string, unknown> {
    return { minlength: this.minlength, maxlength: this.maxlength, pattern: this.pattern || undefined };
  }

  protected override builtInValidators(): readonly Validator<unknown>[] {
    const typeKey = typeMismatchKeys[this.type];
    const typeValidator: Validator<unknown> | null = typeKey
      ? {
          name: 'type',
          validate: () =>
            this.value && hasTypeMismatch(this.type, this.value) ? { messageKey: typeKey, flag: 'typeMismatch' } : null,
        }
      : null;
    return [
      requiredValidator('valueMissing'),
      ...(typeValidator ? [typeValidator] : []),
      minLengthValidator as Validator<unknown>,
      maxLengthValidator as Validator<unknown>,
      patternValidator as Validator<unknown>,
    ];
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.input;
  }

  private handleInput(event: InputEvent): void {
    this.acceptTypedText((event.target as HTMLInputElement).value);
  }

  private handleChange(): void {
    this.commitChange(this.value);
  }

  private handleKeydown(event: KeyboardEvent): void {
    // Enter submits, as in a native form; the outer form cannot see inputs in a shadow root.
    if (event.key === 'Enter' && !event.isComposing && this.form) {
      event.preventDefault();
      this.form.requestSubmit();
    }
  }
}
