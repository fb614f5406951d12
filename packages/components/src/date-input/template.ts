import type { DirectiveResult } from 'lit/directive.js';
import type { FieldFrame } from '@dvc/core/field-template.js';
import { datePartNames, type DatePartName, type DateParts } from './date-model.js';
import { dateField } from './boxes.js';

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

/** A fieldset whose legend is the question, then day, month and year: the same markup in `<dvc-date-input>` and in `<dvc-form>`. */
export function dateInputTemplate(field: DateInputField, on: DateInputHandlers): DirectiveResult {
  return dateField(field, on);
}
