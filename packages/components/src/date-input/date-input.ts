import type { PropertyValues } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { property, state } from 'lit/decorators.js';
import { DvcFormControl, requiredValidator, type FormValue, type ValidationTarget, type Validator } from '@dvc/core';
import { dateInputStyles } from './date-input.styles.js';
import {
  dateProblem,
  datePartNames,
  displayDate,
  emptyDateParts,
  isEmptyDate,
  isoFromParts,
  partsFromIso,
  partsFromState,
  validLimit,
  type DatePartName,
  type DateParts,
} from './date-model.js';
import { dateInputTemplate, datePartOf, type DateInputHandlers } from './template.js';

export type { DatePartName, DateParts } from './date-model.js';

interface DateTarget extends ValidationTarget<unknown> {
  readonly parts: DateParts;
  readonly min: string;
  readonly max: string;
}

const datePartsValidator: Validator<unknown, DateTarget> = {
  name: 'date',
  validate: ({ parts }) => dateProblem(parts)?.failure ?? null,
};

const minDateValidator: Validator<unknown, DateTarget> = {
  name: 'min',
  validate: ({ value, min }) =>
    typeof value === 'string' && value && min && value < min
      ? { messageKey: 'dateTooEarly', flag: 'rangeUnderflow', params: { min: displayDate(min) } }
      : null,
};

const maxDateValidator: Validator<unknown, DateTarget> = {
  name: 'max',
  validate: ({ value, max }) =>
    typeof value === 'string' && value && max && value > max
      ? { messageKey: 'dateTooLate', flag: 'rangeOverflow', params: { max: displayDate(max) } }
      : null,
};

/**
 * The GOV.UK date input: three boxes for day, month and year, in that order (dd/mm/yyyy),
 * grouped in a fieldset whose legend is the question. The value is an ISO date `yyyy-mm-dd`,
 * or '' while the boxes are empty or do not make a real date. What the citizen typed is never
 * thrown away: an incomplete or impossible date stays in the boxes and makes the field invalid
 * with a message that says what to fix, and only the box at fault is marked when the problem is
 * in one box.
 *
 * Saved state (for `formStateRestoreCallback`, e.g. after a reload) is JSON of the typed parts,
 * `{"day":"31","month":"4","year":"2024"}`, so partial input survives. Restoring also accepts an
 * ISO date, `dd/mm/yyyy`, or `FormData` with `day`, `month` and `year` entries.
 *
 * @summary Date of three boxes (day, month, year) with an ISO value.
 * @event dvc-input - The citizen typed in a box; detail `{ name, value }` with the ISO value or ''.
 * @event dvc-change - A box was committed; detail `{ name, value }`.
 * @event change - Native-style change event, re-fired outside the shadow root.
 * @csspart fieldset - The fieldset grouping the boxes.
 * @csspart label - The legend (the question).
 * @csspart hint - The hint.
 * @csspart error-message - The error message.
 * @csspart date-input - The row of boxes.
 * @csspart input - Each of the three inputs (also `day-input`, `month-input`, `year-input`).
 * @csspart item-label - Each box label ("Ngày", "Tháng", "Năm").
 * @cssprop --dvc-color-border-input - Border colour of the boxes.
 * @cssprop --dvc-color-error - Colour of the error message and of boxes at fault.
 * @cssprop --dvc-color-focus - Focus ring colour.
 */
export class DvcDateInput extends DvcFormControl {
  static override styles = dateInputStyles;

  /**
   * The date as `yyyy-mm-dd`, or '' when empty or not a real date. Setting it fills the boxes.
   * The `value` attribute is the default that form reset returns to.
   */
  @property()
  get value(): string {
    return isoFromParts(this.parts);
  }
  set value(iso: string) {
    this.parts = partsFromIso(iso ?? '');
  }
  /** Earliest allowed date, `yyyy-mm-dd`. */
  @property() min = '';
  /** Latest allowed date, `yyyy-mm-dd`. */
  @property() max = '';
  /** Autofill: `bday` puts `bday-day`, `bday-month` and `bday-year` on the boxes; `off` turns it off. */
  @property() autocomplete = '';

  /** The three boxes as typed. */
  @state() private parts: DateParts = emptyDateParts;

  /** The typed parts (read-only copy); partial input included. */
  get dateParts(): DateParts {
    return { ...this.parts };
  }

  /** Focuses the first box at fault while an error shows, else the day box. */
  override focus(options?: FocusOptions): void {
    const target = this.showsError ? this.inputFor(this.faultyParts()[0] ?? 'day') : null;
    if (target) target.focus(options);
    else super.focus(options);
  }

  protected override render(): DirectiveResult {
    const frame = this.frame;
    return dateInputTemplate(
      {
        ...frame,
        name: this.name,
        parts: this.parts,
        faulty: frame.error ? this.faultyParts() : [],
        autocomplete: this.autocomplete,
      },
      this.handlers,
    );
  }

  private readonly handlers: DateInputHandlers = {
    input: (event) => this.handleInput(event),
    change: () => this.handleChange(),
    keydown: (event) => this.handleKeydown(event),
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Submit the ISO date; save the typed parts, so a reload keeps partial input.
    this.internals.setFormValue(this.submissionValue(), JSON.stringify(this.parts));
  }

  protected override validationValue(): unknown {
    if (isEmptyDate(this.parts)) return '';
    return this.value || this.dateParts;
  }

  protected override validationFacts(): Record<string, unknown> {
    return { parts: this.parts, min: validLimit(this.min), max: validLimit(this.max) };
  }

  protected override builtInValidators(): readonly Validator<unknown>[] {
    return [
      requiredValidator('valueMissing'),
      datePartsValidator as Validator<unknown>,
      minDateValidator as Validator<unknown>,
      maxDateValidator as Validator<unknown>,
    ];
  }

  protected override submissionValue(): FormValue {
    return this.value;
  }

  protected override restoreState(state: string | File | FormData): void {
    if (typeof state === 'string' || state instanceof FormData) this.parts = partsFromState(state);
  }

  protected override resetValue(): void {
    this.value = this.getAttribute('value') ?? '';
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.inputFor(this.hasError ? (this.faultyParts()[0] ?? 'day') : 'day');
  }

  private inputFor(name: DatePartName): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${name}`);
  }

  /** The boxes to mark: the one at fault when the date problem is in one box, otherwise all. */
  private faultyParts(): readonly DatePartName[] {
    if (this.error || !this.hasError) return datePartNames;
    return dateProblem(this.parts)?.parts ?? datePartNames;
  }

  private handleInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    this.parts = { ...this.parts, [datePartOf(input)]: input.value };
    this.commitInput(this.value);
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
