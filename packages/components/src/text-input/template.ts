import type { DirectiveResult } from 'lit/directive.js';
import type { FieldFrame } from '@dvc/core/field-template.js';
import { textField } from './input.js';

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
export function textInputTemplate(field: TextInputField, on: TextInputHandlers): DirectiveResult {
  return textField(field, on);
}
