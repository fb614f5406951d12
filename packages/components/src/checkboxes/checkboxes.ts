import { html, nothing, type ComplexAttributeConverter, type TemplateResult } from 'lit';
import { property, queryAll } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { DvcFormControl, requiredValidator, type ControlOption, type FormValue, type Validator } from '@dvc/core';
import { checkboxesStyles } from './checkboxes.styles.js';

/** An option of `dvc-checkboxes`; `exclusive` is the GOV.UK "none of these" answer. */
export interface CheckboxOption extends ControlOption {
  /** Checking it unchecks every other option, and checking another unchecks it. */
  readonly exclusive?: boolean;
}

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
    const error = this.shownError;
    return html`
      <div class="field ${error ? 'field--error' : ''}" part="field">
        <fieldset part="fieldset" aria-describedby=${this.describedBy()}>
          <legend class="label" part="label">${this.label}${this.renderRequirementMarker()}</legend>
          ${this.renderHint()} ${this.renderError()}
          <div class="items" part="items">${this.options.map((option, index) => this.renderOption(option, index))}</div>
        </fieldset>
      </div>
    `;
  }

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
    const checked = new Set(this.value);
    return this.options.filter((option) => checked.has(option.value)).map((option) => option.value);
  }

  private renderOption(option: CheckboxOption, index: number): TemplateResult {
    const id = `option-${index}`;
    return html`
      ${option.exclusive && index > 0 ? html`<div class="divider" part="divider">${this.locale.t('checkboxes.or')}</div>` : nothing}
      <div class="item" part="item">
        <input
          class="item-input"
          part="input"
          type="checkbox"
          id=${id}
          .value=${option.value}
          .checked=${live(this.value.includes(option.value))}
          ?disabled=${this.isDisabled}
          aria-readonly=${this.readonly ? 'true' : nothing}
          aria-describedby=${option.hint ? `${id}-hint` : nothing}
          @click=${this.handleClick}
          @input=${this.handleInput}
          @change=${this.handleChange}
        />
        <label class="item-label" part="item-label" for=${id}>${option.label}</label>
        ${option.hint ? html`<div class="item-hint" part="item-hint" id=${`${id}-hint`}>${option.hint}</div>` : nothing}
      </div>
    `;
  }

  private handleClick(event: MouseEvent): void {
    // A cancelled click leaves the box as it was (Space and the label both come through here).
    if (this.readonly) event.preventDefault();
  }

  private handleInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const option = this.options.find((candidate) => candidate.value === input.value);
    let checked = new Set(this.checkedValues);
    if (!input.checked) {
      checked.delete(input.value);
    } else if (option?.exclusive) {
      checked = new Set([input.value]);
    } else {
      for (const other of this.options) if (other.exclusive) checked.delete(other.value);
      checked.add(input.value);
    }
    this.value = this.options.filter((candidate) => checked.has(candidate.value)).map((candidate) => candidate.value);
    this.commitInput(this.value);
  }

  private handleChange(): void {
    this.commitChange(this.value);
  }
}
