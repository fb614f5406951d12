import type { PropertyValues } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { property, query } from 'lit/decorators.js';
import { DvcFormControl, requiredValidator, type FormValue, type Validator } from '@dvc/core';
import { checkboxStyles } from './checkbox.styles.js';
import { checkboxTemplate, type CheckboxHandlers } from './template.js';

/**
 * A single checkbox with its label beside it, for a declaration or consent ("Tôi xin cam đoan
 * những thông tin trên là đúng sự thật"). The hint sits under the label; hint and error describe
 * the checkbox. Required means it must be checked.
 *
 * Like a native checkbox, it adds `name=value` to the form data only when checked.
 *
 * The required message is "Đánh dấu vào ô {{label}}" (key `valueMissingCheckbox`); for a long
 * declaration give a short one through `messages`, e.g. "Đánh dấu vào ô cam đoan để nộp hồ sơ".
 *
 * @summary Single checkbox: a declaration or consent.
 * @event dvc-input - The citizen checked or unchecked it; detail `{ name, value }` with `value` the new `checked`.
 * @event dvc-change - The change was committed; detail `{ name, value }`.
 * @event change - Native-style change event, re-fired outside the shadow root.
 * @csspart field - The wrapper of the whole field.
 * @csspart error-message - The error message.
 * @csspart item - The checkbox with its label and hint.
 * @csspart input - The native checkbox (transparent, drawn over by `label`).
 * @csspart label - The label; draws the box.
 * @csspart hint - The hint.
 * @cssprop --dvc-color-text - Colour of the text and the box.
 * @cssprop --dvc-color-error - Colour of the error message and border.
 * @cssprop --dvc-color-focus - Focus ring colour.
 */
export class DvcCheckbox extends DvcFormControl {
  static override styles = checkboxStyles;

  /** Whether it is checked; the `checked` attribute is the default that form reset returns to. */
  @property({ type: Boolean }) checked = false;
  /** What the form data gets under `name` when checked, as on a native checkbox. Do not leave it empty. */
  @property() value = 'on';

  @query('input') private readonly input!: HTMLInputElement | null;

  protected override render(): DirectiveResult {
    return checkboxTemplate({ ...this.frame, value: this.value, checked: this.checked }, this.handlers);
  }

  private readonly handlers: CheckboxHandlers = {
    click: (event) => this.handleClick(event),
    input: (event) => this.handleInput(event),
    change: () => this.handleChange(),
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // An unchecked box submits nothing, but its state must still be saved: otherwise going back
    // to the page would bring back a default tick the citizen had removed.
    this.internals.setFormValue(this.submissionValue(), this.checked ? this.value : '');
  }

  protected override validationValue(): boolean | null {
    return this.checked || null;
  }

  protected override builtInValidators(): readonly Validator<unknown>[] {
    return [requiredValidator('valueMissingCheckbox')];
  }

  protected override submissionValue(): FormValue {
    return this.checked ? this.value : null;
  }

  /** The saved state is the submitted value when checked and '' when not. */
  protected override restoreState(state: string | File | FormData): void {
    if (typeof state === 'string') this.checked = state !== '';
  }

  protected override resetValue(): void {
    this.checked = this.hasAttribute('checked');
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.input;
  }

  private handleClick(event: MouseEvent): void {
    // A cancelled click leaves the box as it was (Space and the label both come through here).
    if (this.readonly) event.preventDefault();
  }

  private handleInput(event: Event): void {
    this.checked = (event.target as HTMLInputElement).checked;
    this.commitInput(this.checked);
  }

  private handleChange(): void {
    this.commitChange(this.checked);
  }
}
