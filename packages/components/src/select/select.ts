import type { PropertyValues, TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { DvcFormControl, requiredValidator, type ControlOption, type FormValue, type Validator } from '@dvc/core';
import { selectStyles } from './select.styles.js';
import { chosenOption, selectTemplate, type SelectHandlers } from './template.js';

/** Reads `options='[{"value":"…","label":"…"}]'`; anything malformed is dropped, never thrown. */
function parseOptions(text: string | null): ControlOption[] {
  if (!text) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((item: unknown): ControlOption[] => {
    if (typeof item !== 'object' || item === null) return [];
    const { value, label, hint } = item as Record<string, unknown>;
    if (typeof value !== 'string' || typeof label !== 'string') return [];
    return [typeof hint === 'string' && hint ? { value, label, hint } : { value, label }];
  });
}

/**
 * A drop-down list built on a native `<select>`, with label, hint and error message. An empty
 * first choice ("Chọn một mục") is offered while nothing is chosen, and on optional fields so the
 * answer can be cleared. GOV.UK advises radios for short lists; use a select for long ones.
 *
 * Read-only keeps the select focusable and announced (`aria-readonly`) but makes every other
 * choice unavailable, so neither keyboard nor mouse can change it.
 *
 * @summary Drop-down list of choices (native select).
 * @event dvc-input - The citizen chose; detail `{ name, value }`.
 * @event dvc-change - The choice was committed; detail `{ name, value }`.
 * @event change - Native-style change event, re-fired outside the shadow root.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error-message - The error message.
 * @csspart select - The native select.
 * @cssprop --dvc-color-border-input - Border colour of the select.
 * @cssprop --dvc-color-error - Colour of the error message and border.
 * @cssprop --dvc-color-focus - Focus ring colour.
 */
export class DvcSelect extends DvcFormControl {
  static override styles = selectStyles;

  /**
   * The chosen value; the `value` attribute is the default that form reset returns to. A value
   * that is not (yet) among `options` is kept, so it is not lost when options arrive later, but
   * nothing is submitted until it matches one.
   */
  @property() value = '';
  /**
   * The choices. As an attribute: JSON, `[{"value":"hue","label":"Thành phố Huế"}]`. A native
   * option shows text only, so a choice's `hint` follows its label after a dash.
   */
  @property({ converter: { fromAttribute: parseOptions } }) options: readonly ControlOption[] = [];
  /** Autofill token for the native select, e.g. `country`. */
  @property() autocomplete = '';

  @query('select') private readonly select!: HTMLSelectElement | null;

  protected override render(): TemplateResult {
    return selectTemplate(
      {
        ...this.frame,
        name: this.name,
        options: this.options,
        value: this.chosenValue,
        autocomplete: this.autocomplete,
      },
      this.handlers,
    );
  }

  private readonly handlers: SelectHandlers = {
    input: (event) => this.handleInput(event),
    change: (event) => this.handleChange(event),
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Options render after the select's own bindings, and a reset or a read-only revert may
    // leave the native selection behind the property, so the property wins here.
    const select = this.select;
    if (select && select.value !== this.chosenValue) select.value = this.chosenValue;
  }

  protected override validationValue(): string {
    return this.chosenValue;
  }

  protected override builtInValidators(): readonly Validator<unknown>[] {
    return [requiredValidator('valueMissingChoice')];
  }

  protected override submissionValue(): FormValue {
    return this.chosenValue;
  }

  protected override restoreState(state: string | File | FormData): void {
    if (typeof state === 'string') this.value = state;
  }

  protected override resetValue(): void {
    this.value = this.getAttribute('value') ?? '';
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.select;
  }

  /** The value when it is one of the options, else ''. */
  private get chosenValue(): string {
    return chosenOption(this.options, this.value);
  }

  private handleInput(event: Event): void {
    const select = event.target as HTMLSelectElement;
    if (this.readonly) {
      select.value = this.chosenValue;
      return;
    }
    this.value = select.value;
    this.commitInput(this.value);
  }

  private handleChange(event: Event): void {
    if (this.readonly) {
      (event.target as HTMLSelectElement).value = this.chosenValue;
      return;
    }
    this.commitChange(this.value);
  }
}
