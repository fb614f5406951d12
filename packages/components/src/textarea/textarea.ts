import type { TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { DvcStringControl, maxLengthValidator, minLengthValidator, requiredValidator, type Validator } from '@dvc/core';
import { textareaStyles } from './textarea.styles.js';
import { characterCountMessage, hasCharacterCount, textareaTemplate, type TextareaHandlers } from './template.js';

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
    return textareaTemplate(
      {
        ...this.frame,
        name: this.name,
        value: this.value,
        rows: this.rows,
        autocomplete: this.autocomplete,
        spellcheck: this.getAttribute('spellcheck') ?? undefined,
        maxlength: this.maxlength,
        announcement: this.announcement,
      },
      this.handlers,
    );
  }

  private readonly handlers: TextareaHandlers = {
    input: (event) => this.handleInput(event),
    change: () => this.handleChange(),
  };

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

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    const maxlength = this.maxlength;
    if (!hasCharacterCount(maxlength)) return;
    this.announceTimer = setTimeout(() => {
      this.announcement = characterCountMessage(this.locale.language, maxlength, this.value);
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
