import { html, LitElement, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { buttonStyles } from './button.styles.js';
import { buttonTemplate, type ButtonVariant } from './template.js';

export type ButtonType = 'submit' | 'button' | 'reset';
export type { ButtonVariant } from './template.js';

/**
 * A button that submits or resets the form it belongs to, or does neither (`type="button"`).
 * A native `<button>` in the shadow root does the work people rely on: focus, Enter and Space,
 * the button role and its name, taken from the slotted label.
 *
 * The element is form-associated, so it finds its form as a native button does (the enclosing
 * `<form>`, or the `form` attribute), is disabled by `disabled` or by a disabled ancestor
 * `<fieldset>`, and acts only after the click has reached the page and nobody cancelled it.
 *
 * A custom element cannot be a form's *submitter*: `requestSubmit(this)` throws, so
 * `SubmitEvent.submitter` is `null` and `formaction`/`formmethod` cannot be offered. Instead
 * `name=value` is added to the form data only while this button submits the form, so the
 * server still learns which button was used (as with native submit buttons). A form submitted
 * any other way (Enter in a field, another button) does not carry it.
 *
 * @summary Button: primary, secondary, warning or start.
 * @slot - The button's text; also its accessible name.
 * @csspart button - The native button.
 * @csspart start-icon - The arrow of the start button.
 * @cssprop --dvc-color-brand - Background of primary and start buttons.
 * @cssprop --dvc-color-on-brand - Text on primary and start buttons.
 * @cssprop --dvc-color-button-secondary - Background of secondary buttons.
 * @cssprop --dvc-color-warning - Background of warning buttons.
 * @cssprop --dvc-color-focus - Background of a focused button.
 */
export class DvcButton extends LitElement {
  static readonly formAssociated = true;
  static override readonly shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };
  static override styles = buttonStyles;

  /** `submit` (default) submits the form, `reset` resets it, `button` does neither. */
  @property({ reflect: true }) type: ButtonType = 'submit';
  /** `primary` (default), `secondary`, `warning` (destructive actions) or `start` (GOV.UK start button). */
  @property({ reflect: true }) variant: ButtonVariant = 'primary';
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** With `value`: the entry this button adds to the form data when it submits the form. */
  @property({ reflect: true }) name = '';
  @property() value = '';

  @state() private disabledByForm = false;

  private readonly internals: ElementInternals;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.addEventListener('click', this.handleClick);
  }

  /** The form this button submits or resets, as on native buttons. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get labels(): NodeList {
    return this.internals.labels;
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabledByForm = disabled;
  }

  protected override render(): TemplateResult {
    return buttonTemplate({ variant: this.variant, disabled: this.isDisabled }, html`<slot></slot>`);
  }

  /** Disabled by its own attribute or by a disabled ancestor fieldset. */
  private get isDisabled(): boolean {
    return this.disabled || this.disabledByForm;
  }

  private submit(form: HTMLFormElement): void {
    // Present in the form data only for the duration of this submission.
    if (this.name) this.internals.setFormValue(this.value);
    try {
      form.requestSubmit();
    } finally {
      this.internals.setFormValue(null);
    }
  }

  private readonly handleClick = (event: MouseEvent): void => {
    if (this.isDisabled) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    const form = this.form;
    if (this.type === 'button' || !form) return;
    // Like a native button's activation: after the click has bubbled, and only if not cancelled.
    setTimeout(() => {
      if (event.defaultPrevented || this.isDisabled || this.form !== form) return;
      if (this.type === 'submit') this.submit(form);
      else if (this.type === 'reset') form.reset();
    });
  };
}
