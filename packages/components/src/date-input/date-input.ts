import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  DvcFormControl,
  requiredValidator,
  type FormValue,
  type ValidationFailure,
  type ValidationTarget,
  type Validator,
} from '@dvc/core';
import { dateInputStyles } from './date-input.styles.js';

/** What the citizen typed in each box, kept exactly as typed. */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export type DatePartName = keyof DateParts;

const partNames: readonly DatePartName[] = ['day', 'month', 'year'];
const emptyParts: DateParts = { day: '', month: '', year: '' };
const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

interface DateProblem {
  readonly failure: ValidationFailure;
  /** The boxes the problem is about: one when it is specific to it, otherwise all three. */
  readonly parts: readonly DatePartName[];
}

interface DateTarget extends ValidationTarget<unknown> {
  readonly parts: DateParts;
  readonly min: string;
  readonly max: string;
}

/** Full-width digits become ASCII and spaces go; what is stored stays as typed. */
function clean(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const invalid = (parts: readonly DatePartName[]): DateProblem => ({
  failure: { messageKey: 'dateInvalid', flag: 'badInput' },
  parts,
});

/**
 * What is wrong with the typed parts, in the order GOV.UK checks them: incomplete, then each
 * box in day, month, year order, then whether the date exists. `null` when empty or a real date.
 */
function dateProblem(parts: DateParts): DateProblem | null {
  const [day, month, year] = partNames.map((name) => clean(parts[name])) as [string, string, string];
  const missing = partNames.filter((name) => clean(parts[name]) === '');
  if (missing.length === partNames.length) return null;
  if (missing.length > 0) {
    return {
      failure: { messageKey: 'dateIncomplete', flag: 'badInput' },
      parts: missing.length === 1 ? missing : partNames,
    };
  }
  if (!/^\d{1,2}$/.test(day) || Number(day) < 1 || Number(day) > 31) return invalid(['day']);
  if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12) return invalid(['month']);
  if (!/^\d+$/.test(year)) return invalid(['year']);
  if (year.length !== 4) return { failure: { messageKey: 'dateYearLength', flag: 'badInput' }, parts: ['year'] };
  if (Number(year) < 1) return invalid(['year']);
  if (Number(day) > daysInMonth(Number(year), Number(month))) return invalid(partNames);
  return null;
}

/** `yyyy-mm-dd` for a real date, else ''. */
function isoFromParts(parts: DateParts): string {
  if (partNames.every((name) => clean(parts[name]) === '') || dateProblem(parts)) return '';
  const pad = (text: string) => clean(text).padStart(2, '0');
  return `${clean(parts.year)}-${pad(parts.month)}-${pad(parts.day)}`;
}

function partsFromIso(iso: string): DateParts {
  const match = isoPattern.exec(iso.trim());
  return match ? { year: match[1] ?? '', month: match[2] ?? '', day: match[3] ?? '' } : emptyParts;
}

/** A usable `min`/`max`: a real ISO date, else ''. */
function validLimit(iso: string): string {
  return isoPattern.test(iso) && isoFromParts(partsFromIso(iso)) === iso ? iso : '';
}

/** `2025-07-01` → `01/07/2025`, as Vietnamese forms show dates. */
function displayDate(iso: string): string {
  const { day, month, year } = partsFromIso(iso);
  return `${day}/${month}/${year}`;
}

/** Reads a saved state: JSON of the parts, an ISO date, `dd/mm/yyyy`, or form data with the parts. */
function partsFromState(state: string | FormData): DateParts {
  if (state instanceof FormData) {
    const read = (name: DatePartName) => {
      const entry = state.get(name);
      return typeof entry === 'string' ? entry : '';
    };
    return { day: read('day'), month: read('month'), year: read('year') };
  }
  const text = state.trim();
  if (text.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'object' && parsed !== null) {
        const record = parsed as Record<string, unknown>;
        const read = (name: DatePartName) => (typeof record[name] === 'string' ? record[name] : '');
        return { day: read('day'), month: read('month'), year: read('year') };
      }
    } catch {
      return emptyParts;
    }
    return emptyParts;
  }
  const shown = /^(\d{1,2})\/(\d{1,2})\/(\d+)$/.exec(text);
  if (shown) return { day: shown[1] ?? '', month: shown[2] ?? '', year: shown[3] ?? '' };
  return partsFromIso(text);
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
  @state() private parts: DateParts = emptyParts;

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

  protected override render(): TemplateResult {
    const error = this.shownError;
    const faulty = error ? this.faultyParts() : [];
    return html`
      <div class="field ${error ? 'field--error' : ''}" part="field">
        <fieldset part="fieldset" aria-describedby=${this.describedBy()}>
          <legend class="label" part="label">${this.label}${this.renderRequirementMarker()}</legend>
          ${this.renderHint()} ${this.renderError()}
          <div class="date-input" part="date-input">
            ${partNames.map((name) => this.renderPart(name, faulty.includes(name)))}
          </div>
        </fieldset>
      </div>
    `;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Submit the ISO date; save the typed parts, so a reload keeps partial input.
    this.internals.setFormValue(this.submissionValue(), JSON.stringify(this.parts));
  }

  protected override validationValue(): unknown {
    if (partNames.every((name) => clean(this.parts[name]) === '')) return '';
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
    if (this.error || !this.hasError) return partNames;
    return dateProblem(this.parts)?.parts ?? partNames;
  }

  /** `bday` → `bday-day`…; a section or address prefix before it is kept. */
  private autocompleteFor(name: DatePartName): string | undefined {
    const tokens = this.autocomplete.trim().toLowerCase().split(/\s+/);
    const last = tokens.at(-1);
    if (last === 'off' || last === 'on') return last;
    if (last === 'bday') return [...tokens.slice(0, -1), `bday-${name}`].join(' ');
    return undefined;
  }

  private renderPart(name: DatePartName, faulty: boolean): TemplateResult {
    return html`
      <div class="item">
        <label class="item-label" part="item-label" for=${name}>${this.locale.t(`date.${name}`)}</label>
        <input
          id=${name}
          part="input ${name}-input"
          class="input ${name === 'year' ? 'input--width-4' : 'input--width-2'}"
          type="text"
          inputmode="numeric"
          name=${ifDefined(this.name ? `${this.name}-${name}` : undefined)}
          .value=${this.parts[name]}
          autocomplete=${ifDefined(this.autocompleteFor(name))}
          spellcheck="false"
          ?readonly=${this.readonly}
          ?disabled=${this.isDisabled}
          aria-invalid=${faulty ? 'true' : 'false'}
          @input=${this.handleInput}
          @change=${this.handleChange}
          @keydown=${this.handleKeydown}
        />
      </div>
    `;
  }

  private handleInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    this.parts = { ...this.parts, [input.id as DatePartName]: input.value };
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
