import type { DirectiveResult } from 'lit/directive.js';
import { property, queryAll } from 'lit/decorators.js';
import { DvcFormControl, requiredValidator, type ControlOption, type FormValue, type Validator } from '@dvc/core';
import { radiosStyles } from './radios.styles.js';
import { radiosTemplate, type RadiosHandlers } from './template.js';

const arrowKeys = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/**
 * One answer from a short list (GOV.UK radios): a fieldset with role `radiogroup` whose legend
 * is the label, then the hint, the error message and a native radio per option, each with its
 * own label and optional hint.
 *
 * The radios are native, so Tab enters the group at the checked radio and the arrow keys move
 * and select as in any browser. Read-only keeps them focusable but stops the choice changing.
 *
 * The required message is "Chọn {{label}}" (key `valueMissingChoice`); when the label is a
 * question ("Bạn đăng ký loại cư trú nào?"), give fitting words through `messages`.
 *
 * @summary Radios: choose one option.
 * @event dvc-input - The citizen chose an option; detail `{ name, value }`.
 * @event dvc-change - The choice was committed; detail `{ name, value }`.
 * @event change - Native-style change event, re-fired outside the shadow root.
 * @csspart field - The wrapper of the whole field.
 * @csspart fieldset - The fieldset (role `radiogroup`).
 * @csspart label - The legend.
 * @csspart hint - The hint of the question.
 * @csspart error-message - The error message.
 * @csspart items - The list of options.
 * @csspart item - One option.
 * @csspart input - The native radio of an option (transparent, drawn over by `item-label`).
 * @csspart item-label - The label of an option; draws the circle.
 * @csspart item-hint - The hint of an option.
 * @cssprop --dvc-color-text - Colour of the text and the circles.
 * @cssprop --dvc-color-error - Colour of the error message and border.
 * @cssprop --dvc-color-focus - Focus ring colour.
 */
export class DvcRadios extends DvcFormControl {
  static override styles = radiosStyles;

  /** The options, in order: `[{ value, label, hint? }]`. */
  @property({ attribute: false }) options: readonly ControlOption[] = [];
  /**
   * The chosen option's value, '' when none. The `value` attribute is the default that form
   * reset returns to. A value that matches no option chooses nothing and submits nothing.
   */
  @property() value = '';
  /** Options side by side, for two short answers such as "Có" and "Không". */
  @property({ type: Boolean, reflect: true }) inline = false;

  @queryAll('input') private readonly inputs!: NodeListOf<HTMLInputElement>;

  /** Focuses the chosen radio, or the first when none is chosen, as Tab would. */
  override focus(options?: FocusOptions): void {
    const target = this.validationAnchor;
    if (target) target.focus(options);
    else super.focus(options);
  }

  protected override render(): DirectiveResult {
    return radiosTemplate(
      { ...this.frame, options: this.options, value: this.value, inline: this.inline },
      this.handlers,
    );
  }

  private readonly handlers: RadiosHandlers = {
    click: (event) => this.handleClick(event),
    keydown: (event) => this.handleKeydown(event),
    input: (event) => this.handleInput(event),
    change: () => this.handleChange(),
  };

  protected override validationValue(): string {
    return this.selectedOption ? this.value : '';
  }

  protected override builtInValidators(): readonly Validator<unknown>[] {
    return [requiredValidator('valueMissingChoice')];
  }

  protected override submissionValue(): FormValue {
    return this.selectedOption ? this.value : null;
  }

  protected override restoreState(state: string | File | FormData): void {
    if (typeof state === 'string') this.value = state;
  }

  protected override resetValue(): void {
    this.value = this.getAttribute('value') ?? '';
  }

  /** The chosen radio, else the first: where Tab enters and where an error link leads. */
  protected override get validationAnchor(): HTMLElement | null {
    const inputs = [...(this.inputs ?? [])];
    return inputs.find((input) => input.checked) ?? inputs[0] ?? null;
  }

  private get selectedOption(): ControlOption | undefined {
    return this.options.find((option) => option.value === this.value);
  }

  private handleClick(event: MouseEvent): void {
    // A cancelled click leaves the radio as it was: read-only keeps the choice.
    if (this.readonly) event.preventDefault();
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (this.readonly && arrowKeys.has(event.key)) event.preventDefault();
  }

  private handleInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.commitInput(this.value);
  }

  private handleChange(): void {
    this.commitChange(this.value);
  }
}
