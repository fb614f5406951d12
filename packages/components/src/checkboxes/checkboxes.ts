import type { ComplexAttributeConverter, TemplateResult } from 'lit';
import { property, queryAll } from 'lit/decorators.js';
import { DvcFormControl, requiredValidator, type FormValue, type Validator } from '@dvc/core';
import { checkboxesStyles } from './checkboxes.styles.js';
import {
  checkboxesTemplate,
  checkedOptionValues,
  toggleOption,
  type CheckboxesHandlers,
  type CheckboxOption,
} from './template.js';

export type { CheckboxOption } from './template.js';

/** Splits the `value` attribute, `"a,b"`, into `['a', 'b']`. */
function splitList(text: string | null): string[] {
  return (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

const listConverter: ComplexAttributeConverter<string[]> = {
  fromAttribute: splitList,
  toAttribute: (value: string[]) => value.join(','),
};

/**
 * Any number of answers from a list (GOV.UK checkboxes): a fieldset whose legend is the label,
 * then the hint, the error message and a native checkbox per option, each with its own label and
 * optional hint. The form data gets one entry per checked value under `name`, as a group of
 * native checkboxes with the same name would give.
 *
 * An option marked `exclusive` ("Không có giấy tờ nào ở trên") unchecks the others when checked,
 * and is unchecked when another is checked.
 *
 * Required means at least one checked; the message is "Chọn {{label}}" (key
 * `valueMissingChoice`). When the label is a question, give fitting words through `messages`.
 *
 * @summary Checkboxes: choose any number of options.
 * @event dvc-input - The citizen checked or unchecked an option; detail `{ name, value }` with the checked values.
 * @event dvc-change - The change was committed; detail `{ name, value }`.
 * @event change - Native-style change event, re-fired outside the shadow root.
 * @csspart field - The wrapper of the whole field.
 * @csspart fieldset - The fieldset.
 * @csspart label - The legend.
 * @csspart hint - The hint of the question.
 * @csspart error-message - The error message.
 * @csspart items - The list of options.
 * @csspart item - One option.
 * @csspart input - The native checkbox of an option (transparent, drawn over by `item-label`).
 * @csspart item-label - The label of an option; draws the box.
 * @csspart item-hint - The hint of an option.
 * @csspart divider - The "hoặc" (or) before an exclusive option.
 * @cssprop --dvc-color-text - Colour of the text and the boxes.
 * @cssprop --dvc-color-error - Colour of the error message and border.
 * @cssprop --dvc-color-focus - Focus ring colour.
 */
export class DvcCheckboxes extends DvcFormControl {
  static override styles = checkboxesStyles;

  /** The options, in order: `[{ value, label, hint?, exclusive? }]`. */
  @property({ attribute: false }) options: readonly CheckboxOption[] = [];
  /**
   * The checked values, in option order. The `value` attribute is the default that form reset
   * returns to, written as a comma-separated list: `value="can-cuoc,ho-chieu"` (so option values
   * must not contain commas). Values that match no option are not checked and not submitted.
   */
  @property({ converter: listConverter }) value: string[] = [];

  @queryAll('input') private readonly inputs!: NodeListOf<HTMLInputElement>;

  protected override render(): TemplateResult {
    return checkboxesTemplate({ ...this.frame, options: this.options, value: this.value }, this.handlers);
  }

  private readonly handlers: CheckboxesHandlers = {
    click: (event) => this.handleClick(event),
    input: (event) => this.handleInput(event),
    change: () => this.handleChange(),
  };

  protected override validationValue(): string[] {
    return this.checkedValues;
  }

  protected override builtInValidators(): readonly Validator<unknown>[] {
    return [requiredValidator('valueMissingChoice')];
  }

  protected override submissionValue(): FormValue {
    if (!this.name) return null;
    const data = new FormData();
    for (const value of this.checkedValues) data.append(this.name, value);
    return data;
  }

  protected override restoreState(state: string | File | FormData): void {
    if (typeof state === 'string') this.value = splitList(state);
    else if (state instanceof FormData)
      this.value = [...state.values()].filter((entry): entry is string => typeof entry === 'string');
  }

  protected override resetValue(): void {
    this.value = splitList(this.getAttribute('value'));
  }

  /** The first checkbox: where an error link leads. */
  protected override get validationAnchor(): HTMLElement | null {
    return this.inputs?.[0] ?? null;
  }

  /** Checked values that match an option, in option order. */
  private get checkedValues(): string[] {
    return checkedOptionValues(this.options, this.value);
  }

  private handleClick(event: MouseEvent): void {
    // A cancelled click leaves the box as it was (Space and the label both come through here).
    if (this.readonly) event.preventDefault();
  }

  private handleInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.value = toggleOption(this.options, this.value, input.value, input.checked);
    this.commitInput(this.value);
  }

  private handleChange(): void {
    this.commitChange(this.value);
  }
}
