import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  characterCount,
  DvcStringControl,
  maxLengthValidator,
  minLengthValidator,
  requiredValidator,
  type Validator,
} from '@dvc/core';
import { textareaStyles } from './textarea.styles.js';

/**
 * A multi-line text field with label, hint and error message. With `maxlength` it shows a
 * GOV.UK-style character count: the remaining characters are shown as the citizen types and
 * announced to screen readers once they pause, never on every keystroke. Text over the limit
 * is kept (never cut off) and makes the field invalid.
 *
 * @summary Multi-line text input with an optional character count.
 * @event dvc-input - The citizen typed; detail `{ name, value }`.
 * @event dvc-change - The value was committed; detail `{ name, value }`.
 * @event change - Native-style change event, re-fired outside the shadow root.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error-message - The error message.
 * @csspart textarea - The native textarea.
 * @csspart count - The visible character count.
 * @cssprop --dvc-color-border-input - Border colour of the textarea.
 * @cssprop --dvc-color-error - Colour of the error message, border and an exceeded count.
 * @cssprop --dvc-color-text-secondary - Colour of the character count.
 * @cssprop --dvc-color-focus - Focus ring colour.
 */
export class DvcTextarea extends DvcStringControl {
  static override styles = textareaStyles;

  /** Visible height in lines. */
  @property({ type: Number }) rows = 5;
  @property({ type: Number }) minlength?: number;
  /** Most characters allowed; also turns on the character count. Longer text is kept but invalid. */
  @property({ type: Number }) maxlength?: number;
  /** Autofill token for the native textarea, e.g. `street-address`. */
  @property() autocomplete = '';
  /** Milliseconds after the last keystroke before the remaining characters are announced. */
  @property({ type: Number, attribute: 'announce-delay' }) announceDelay = 1000;

  /** What the polite live region says; set only after the citizen pauses typing. */
  @state() private announcement = '';

  @query('textarea') private readonly textarea!: HTMLTextAreaElement | null;

  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  /** Selects the text, as `HTMLTextAreaElement.select()` does. */
  select(): void {
    this.textarea?.select();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override render(): TemplateResult {
    const error = this.shownError;
    const counted = this.hasCount;
    const over = counted && this.remaining < 0;
    return html`
      <div class="field ${error ? 'field--error' : ''}" part="field">
        ${this.renderLabel()} ${this.renderHint()} ${this.renderError()}
        <textarea
          id="control"
          part="textarea"
          class="input textarea ${over ? 'textarea--over' : ''}"
          name=${ifDefined(this.name || undefined)}
          rows=${this.rows}
          .value=${this.value}
          autocomplete=${ifDefined(this.autocomplete || undefined)}
          spellcheck=${ifDefined(this.getAttribute('spellcheck') ?? undefined)}
          ?required=${this.required}
          ?readonly=${this.readonly}
          ?disabled=${this.isDisabled}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${this.describedBy(counted ? ['count-info'] : [])}
          @input=${this.handleInput}
          @change=${this.handleChange}
        ></textarea>
        ${counted ? this.renderCount(over) : nothing}
      </div>
    `;
  }

  protected override validationFacts(): Record<string, unknown> {
    return { minlength: this.minlength, maxlength: this.maxlength };
  }

  protected override builtInValidators(): readonly Validator<unknown>[] {
    return [
      requiredValidator('valueMissing'),
      minLengthValidator as Validator<unknown>,
      maxLengthValidator as Validator<unknown>,
    ];
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.textarea;
  }

  private get hasCount(): boolean {
    return this.maxlength !== undefined && this.maxlength >= 0;
  }

  private get remaining(): number {
    return (this.maxlength ?? 0) - characterCount(this.value);
  }

  /** "Còn lại N ký tự" or "Bạn đã nhập thừa N ký tự". */
  private countMessage(): string {
    const remaining = this.remaining;
    return remaining < 0
      ? this.locale.t('characterCount.tooMany', { count: -remaining })
      : this.locale.t('characterCount.remaining', { count: remaining });
  }

  private renderCount(over: boolean): TemplateResult {
    // GOV.UK pattern: a static description of the limit on the textarea, a visible count hidden
    // from screen readers (it changes on every keystroke), and a polite live region that speaks
    // the count once typing pauses.
    return html`
      <div id="count-info" class="visually-hidden">
        ${this.locale.t('characterCount.info', { count: this.maxlength ?? 0 })}
      </div>
      <div class="count ${over ? 'count--over' : ''}" part="count" aria-hidden="true">${this.countMessage()}</div>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    `;
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    if (!this.hasCount) return;
    this.announceTimer = setTimeout(() => {
      this.announcement = this.countMessage();
    }, this.announceDelay);
  }

  private handleInput(event: InputEvent): void {
    this.acceptTypedText((event.target as HTMLTextAreaElement).value);
    this.scheduleAnnouncement();
  }

  private handleChange(): void {
    this.commitChange(this.value);
  }
}
