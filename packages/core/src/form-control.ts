import { LitElement, type nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FormAssociatedElement } from './form-associated.js';
import { LocaleController } from './i18n/locale-controller.js';
import { dispatchDvcEvent } from './events.js';
import {
  describedBy,
  fieldError,
  fieldHint,
  fieldLabel,
  fieldProvenance,
  requirementMarker,
  type FieldFrame,
} from './field-template.js';
import {
  firstFailure,
  requiredValidator,
  type ValidationFailure,
  type ValidationTarget,
  type Validator,
} from './validators.js';
import { registerValidationStrings } from './validation-strings.js';

/** When computed errors become visible. GOV.UK default: on submit, then live. */
export type ValidateOn = 'submit' | 'blur' | 'input';

/** Whether the label says "(bắt buộc)" on required fields or "(không bắt buộc)" on optional ones. */
export type RequirementMarker = 'required' | 'optional';

export type FormValue = string | File | FormData | null;

/** Forms that already moved focus to their first invalid control during this validation pass. */
const formsFocusedThisPass = new WeakSet<HTMLFormElement>();

/**
 * Shared base of every DVC form control: a form-associated custom element whose label, hint,
 * error message and native control all live in one shadow root (ADR 0001).
 *
 * It keeps "has an error" (the validity computed on every change) apart from "shows the
 * error" (after a submit attempt, or on blur/input when `validate-on` asks, or when the host
 * sets `error`).
 */
export abstract class DvcFormControl extends FormAssociatedElement {
  static override readonly shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** Name of the field in the submitted form data. */
  @property({ reflect: true }) name = '';
  /** Visible label; also the accessible name. */
  @property() label = '';
  /** Hint under the label; part of the accessible description. */
  @property() hint = '';
  /** An error message to show now (for example from the server). Overrides computed messages. */
  @property() error = '';
  @property({ type: Boolean, reflect: true }) required = false;
  /** Read-only: focusable and announced, never `disabled`; excluded from constraint validation. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** When computed errors become visible: `submit` (default), `blur` or `input`. */
  @property({ attribute: 'validate-on', reflect: true }) validateOn: ValidateOn = 'submit';
  /** `required` marks required fields in words; `optional` marks optional ones (GOV.UK style). */
  @property() marker: RequirementMarker = 'required';
  /**
   * Where a prefilled value came from, as a sentence ("Đã xác thực từ Cơ sở dữ liệu quốc gia về
   * dân cư"). Shown under the hint and part of the accessible description.
   */
  @property() provenance = '';
  /** Shows the "Đã xác thực" badge: the value was verified at source (locked prefill). */
  @property({ type: Boolean, reflect: true }) verified = false;
  /** Where a citizen asks for wrong verified data to be corrected at source; shown as a link with the provenance. */
  @property({ attribute: 'correction-href' }) correctionHref = '';
  /** Extra validators, run after the built-in ones. */
  @property({ attribute: false }) validators: readonly Validator<unknown>[] = [];
  /** Message overrides by validator message key, e.g. `{ valueMissing: 'Nhập họ và tên' }`. */
  @property({ attribute: false }) messages: Readonly<Record<string, string>> = {};

  /** Whether computed errors are shown (the "shows the error" half). */
  @state() protected validationVisible = false;
  @state() private disabledByForm = false;

  protected readonly locale = new LocaleController(this);
  private customValidityMessage = '';
  private computedFailure: ValidationFailure | null = null;
  private computedMessage = '';
  private silentCheck = false;

  constructor() {
    super();
    registerValidationStrings();
    this.addEventListener('invalid', this.handleInvalid);
    this.addEventListener('focusout', this.handleFocusOut);
  }

  // ——— Public form-control API, the same as native controls ———

  /** Whether the control has an error, computed continuously, shown or not. */
  get hasError(): boolean {
    return this.computedFailure !== null && this.willValidate;
  }

  /** Whether an error message is shown now. */
  get showsError(): boolean {
    return this.shownError !== '';
  }

  /** Checks validity without showing anything. */
  checkValidity(): boolean {
    this.silentCheck = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.silentCheck = false;
    }
  }

  /** Checks validity and shows the error; moves focus here when invalid. */
  reportValidity(): boolean {
    const valid = this.internals.checkValidity();
    if (!valid) this.focus();
    return valid;
  }

  setCustomValidity(message: string): void {
    this.customValidityMessage = message;
    this.requestUpdate();
  }

  /** Shows computed errors from now on, as a submit attempt would. */
  showValidation(): void {
    this.validationVisible = true;
  }

  // ——— Form-associated callbacks ———

  formResetCallback(): void {
    this.resetValue();
    this.validationVisible = false;
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabledByForm = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (state !== null) this.restoreState(state);
  }

  // ——— Lit lifecycle ———

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.computeValidity();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const value = this.submissionValue();
    this.internals.setFormValue(value, value);
    this.applyValidity();
  }

  // ——— What each control supplies ———

  /** The value validators see. */
  protected abstract validationValue(): unknown;
  /** What goes into the form data (and into saved state for restore). */
  protected abstract submissionValue(): FormValue;
  protected abstract restoreState(state: string | File | FormData): void;
  protected abstract resetValue(): void;
  /** The focusable element the browser anchors validation to. */
  protected abstract get validationAnchor(): HTMLElement | null;

  /** Built-in validators, run before `validators`. */
  protected builtInValidators(): readonly Validator<unknown>[] {
    return [requiredValidator('valueMissing')];
  }

  /** Extra facts validators may read (lengths, patterns, limits). */
  protected validationFacts(): Record<string, unknown> {
    return {};
  }

  // ——— Helpers for subclasses ———

  /** Disabled by its own attribute or by a disabled ancestor fieldset. */
  protected get isDisabled(): boolean {
    return this.disabled || this.disabledByForm;
  }

  /** The message shown under the label, or ''. */
  protected get shownError(): string {
    if (this.error) return this.error;
    return this.validationVisible && this.willValidate ? this.computedMessage : '';
  }

  /** What the widget templates show around the native control (packages/core/src/field-template.ts). */
  protected get frame(): FieldFrame {
    return {
      idPrefix: '',
      language: this.locale.language,
      label: this.label,
      hint: this.hint,
      error: this.shownError,
      required: this.required,
      readonly: this.readonly,
      disabled: this.isDisabled,
      marker: this.marker,
      provenance: this.provenance,
      verified: this.verified,
      correctionHref: this.correctionHref,
    };
  }

  /** IDs for `aria-describedby`: hint first, then error, as GOV.UK orders them. */
  protected describedBy(extra: readonly string[] = []): string | typeof nothing {
    return describedBy(this.frame, extra);
  }

  /** Call after the citizen changed the value: fires events and applies `validate-on="input"`. */
  protected commitInput(value: unknown): void {
    if (this.validateOn === 'input') this.validationVisible = true;
    dispatchDvcEvent(this, 'dvc-input', { name: this.name, value });
  }

  /** Call when a change is committed (native `change`): re-fires `change` outside the shadow root. */
  protected commitChange(value: unknown): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
    dispatchDvcEvent(this, 'dvc-change', { name: this.name, value });
  }

  protected renderRequirementMarker(): ReturnType<typeof requirementMarker> {
    return requirementMarker(this.frame);
  }

  protected renderLabel(forId = 'control'): ReturnType<typeof fieldLabel> {
    return fieldLabel(this.frame, forId);
  }

  protected renderHint(): ReturnType<typeof fieldHint> {
    return fieldHint(this.frame);
  }

  protected renderProvenance(): TemplateResult {
    return fieldProvenance(this.frame);
  }

  protected renderError(): ReturnType<typeof fieldError> {
    return fieldError(this.frame);
  }

  // ——— Private ———

  private computeValidity(): void {
    const target: ValidationTarget<unknown> = {
      ...this.validationFacts(),
      value: this.validationValue(),
      required: this.required,
      label: this.label,
    };
    const found = firstFailure([...this.builtInValidators(), ...this.validators], target);
    if (found) {
      this.computedFailure = found.failure;
      this.computedMessage =
        this.messages[found.failure.messageKey] ??
        this.locale.t(`validation.${found.failure.messageKey}`, { label: this.label, ...found.failure.params });
    } else if (this.customValidityMessage) {
      this.computedFailure = { messageKey: 'customError', flag: 'customError' };
      this.computedMessage = this.customValidityMessage;
    } else {
      this.computedFailure = null;
      this.computedMessage = '';
    }
  }

  private applyValidity(): void {
    const failure = this.computedFailure;
    if (failure) {
      this.internals.setValidity({ [failure.flag]: true }, this.computedMessage, this.validationAnchor ?? undefined);
    } else {
      this.internals.setValidity({});
    }
  }

  private readonly handleInvalid = (event: Event): void => {
    // Our inline message replaces the browser's bubble, which would repeat it in another style.
    event.preventDefault();
    if (this.silentCheck) return;
    this.validationVisible = true;
    const form = this.form;
    if (form && !formsFocusedThisPass.has(form)) {
      formsFocusedThisPass.add(form);
      queueMicrotask(() => formsFocusedThisPass.delete(form));
      this.focus();
    }
  };

  private readonly handleFocusOut = (): void => {
    if (this.validateOn === 'blur') this.validationVisible = true;
  };
}
