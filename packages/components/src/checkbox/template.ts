import type { DirectiveResult } from 'lit/directive.js';
import type { FieldFrame } from '@dvc/core/field-template.js';
import { checkboxField } from './input.js';

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
export function checkboxTemplate(field: CheckboxField, on: CheckboxHandlers): DirectiveResult {
  return checkboxField(field, on);
}
