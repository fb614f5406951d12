import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { dispatchDvcEvent, LocaleController } from '@dvc/core';
import type { ErrorSummaryItem } from '@dvc/components';
import { FormController, registerRendererStrings, type FieldError } from './form-controller.js';
import type { UiHints } from './schema/field-model.js';
import { isObject, parsePointer } from './schema/pointer.js';
import { checkSchema } from './schema/check.js';
import { validateAgainstMetaschema } from './validation/index.js';
import { SchemaProblem, type JsonSchemaObject } from './schema/schema-types.js';
import { formStyles } from './form.styles.js';
import type { DvcFormObject } from './sections.js';

export type FormValidateOn = 'submit' | 'blur' | 'input';

export interface DvcFormValidationResult {
  readonly valid: boolean;
  readonly errors: readonly { readonly pointer: string; readonly keyword: string; readonly message: string }[];
}

export interface DvcFormChangeDetail {
  /** The form's `name`, as controls' `dvc-change` carry theirs. */
  readonly name: string;
  readonly value: unknown;
  /** The data pointer that changed. */
  readonly pointer: string;
}
export interface DvcFormSubmitDetail {
  readonly value: unknown;
}
export interface DvcFormInvalidDetail {
  readonly errors: DvcFormValidationResult['errors'];
}
export interface DvcSchemaErrorDetail {
  readonly pointer: string;
  readonly message: string;
}

interface ValueControl extends HTMLElement {
  error: string;
  validity?: ValidityState;
}

/**
 * Renders an accessible form from a JSON Schema 2020-12 document and validates it with a
 * conforming, eval-free validator. Errors follow GOV.UK: computed continuously, shown on
 * submit (then live), with an error summary whose links focus each field.
 *
 * @summary Accessible form rendered and validated from JSON Schema.
 * @slot actions - Replaces the default "Tiếp tục" button.
 * @event dvc-change - The data changed; detail `{ value, pointer }` (value without hidden branches).
 * @event dvc-submit - A submit attempt found no error; detail `{ value }`.
 * @event dvc-invalid - A submit attempt found errors; detail `{ errors: [{ pointer, keyword, message }] }`.
 * @event dvc-schema-error - The schema cannot be rendered; detail `{ pointer, message }`.
 * @csspart schema-error - The panel shown instead of a form whose schema is broken.
 * @cssprop --dvc-color-error - Border of the schema-error panel.
 */
export class DvcForm extends LitElement {
  static readonly formAssociated = true;
  static override styles = formStyles;

  /** The JSON Schema (2020-12) of the data. */
  @property({ attribute: false }) schema?: unknown;
  /** Presentation hints by data pointer, with the `x-` vocabulary: `{ "/fullName": { "x-widget": "textarea" } }`. */
  @property({ attribute: false }) ui?: UiHints;
  /** When errors appear: `submit` (default; then live), `blur` or `input`. */
  @property({ attribute: 'validate-on', reflect: true }) validateOn: FormValidateOn = 'submit';
  /** Skip validation on submit. */
  @property({ type: Boolean, reflect: true }) novalidate = false;
  /** Only fields of this `x-step` are shown and validated. */
  @property() step = '';
  /** Text of the default submit button. */
  @property({ attribute: 'submit-label' }) submitLabel = '';
  /** Name under which the JSON of `value` is submitted with an enclosing native form. */
  @property({ reflect: true }) name = '';

  @state() private problem: SchemaProblem | null = null;
  @state() private summary: readonly ErrorSummaryItem[] = [];

  private readonly locale = new LocaleController(this);
  private readonly internals: ElementInternals;
  private controller: FormController | null = null;
  private pendingValue: unknown = undefined;
  private titlePrefixed = false;

  constructor() {
    super();
    registerRendererStrings();
    this.internals = this.attachInternals();
  }

  /** The data, without values of branches that are hidden now. */
  get value(): unknown {
    return this.controller ? this.controller.value : this.pendingValue;
  }

  set value(value: unknown) {
    const copy = value === undefined ? {} : structuredClone(value);
    if (this.controller) {
      this.controller.data = copy;
      this.refreshSections();
    } else {
      this.pendingValue = copy;
    }
    this.requestUpdate('value');
  }

  /** Validates everything shown, shows the errors and the summary. */
  validate(): DvcFormValidationResult {
    const controller = this.controller;
    if (!controller) return { valid: false, errors: this.problem ? [{ pointer: this.problem.pointer, keyword: 'schema', message: this.problemMessage() }] : [] };
    controller.showAll = true;
    const errors = controller.validateAll(this.step ? (pointer) => this.isOnStep(pointer) : undefined);
    this.applyErrors();
    return { valid: errors.length === 0, errors: errors.map(({ pointer, keyword, message }) => ({ pointer, keyword, message })) };
  }

  /** Validates, shows errors and focuses the summary when invalid. */
  reportValidity(): boolean {
    const { valid } = this.validate();
    if (!valid) void this.focusSummary();
    return valid;
  }

  checkValidity(): boolean {
    const controller = this.controller;
    if (!controller) return false;
    return controller.validation.validate(controller.value).length === 0;
  }

  /** A submit attempt: `dvc-submit` when valid, otherwise errors, summary, `dvc-invalid`. */
  requestSubmit(): void {
    if (!this.controller) return;
    if (this.novalidate) {
      dispatchDvcEvent<DvcFormSubmitDetail>(this, 'dvc-submit', { value: this.controller.value });
      return;
    }
    const result = this.validate();
    if (result.valid) {
      dispatchDvcEvent<DvcFormSubmitDetail>(this, 'dvc-submit', { value: this.controller.value });
    } else {
      void this.focusSummary();
      dispatchDvcEvent<DvcFormInvalidDetail>(this, 'dvc-invalid', { errors: result.errors });
    }
  }

  /**
   * Listens inside the shadow root: focus moving between two fields of the form never leaves
   * it, so the host would not see that `focusout`.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('dvc-input', (event) => this.handleControlValue(event as CustomEvent<{ value: unknown }>));
    root.addEventListener('dvc-change', (event) => this.handleControlValue(event as CustomEvent<{ value: unknown }>));
    root.addEventListener('focusout', (event) => this.handleFocusOut(event as FocusEvent));
    root.addEventListener('keydown', (event) => this.handleKeydown(event as KeyboardEvent));
    root.addEventListener('dvc-form-structure', () => this.afterChange(''));
    return root;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.setTitlePrefix(false);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('schema')) this.loadSchema();
    if (this.controller) {
      this.controller.language = this.locale.language;
      this.controller.ui = this.ui;
    }
    if ((changed.has('ui') || changed.has('step')) && !changed.has('schema')) this.refreshSections();
  }

  protected override render(): TemplateResult {
    if (this.problem) {
      return html`<div class="schema-error" role="alert" part="schema-error">
        <h2>${this.locale.t('dvc-form:form.schemaErrorTitle')}</h2>
        <p>${this.problemMessage()}</p>
        <p>${this.locale.t('dvc-form:form.schemaErrorHelp')}</p>
      </div>`;
    }
    if (!this.controller) return html``;
    return html`
      <dvc-error-summary .errors=${this.summary}></dvc-error-summary>
      <dvc-form-object .controller=${this.controller} .located=${this.controller.root} pointer="" step=${this.step}></dvc-form-object>
      <div class="actions">
        <slot name="actions">
          <dvc-button type="button" @click=${() => this.requestSubmit()}>${this.submitLabel || this.locale.t('dvc-form:form.submit')}</dvc-button>
        </slot>
      </div>
    `;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('problem') && this.problem) {
      dispatchDvcEvent<DvcSchemaErrorDetail>(this, 'dvc-schema-error', { pointer: this.problem.pointer, message: this.problemMessage() });
    }
    this.internals.setFormValue(this.name && this.controller ? JSON.stringify(this.controller.value) : null);
  }

  // ——— Private ———

  private loadSchema(): void {
    const data = this.controller ? this.controller.data : this.pendingValue;
    this.controller = null;
    this.problem = null;
    this.summary = [];
    try {
      if (!isObject(this.schema)) throw new SchemaProblem('', 'schema.notAnObject');
      checkSchema(this.schema as JsonSchemaObject);
      const [invalid] = validateAgainstMetaschema(this.schema);
      if (invalid) throw new SchemaProblem(invalid.instancePointer, 'schema.invalid', { keyword: invalid.keyword });
      this.controller = new FormController(this.schema as JsonSchemaObject, data ?? {}, () => this.applyErrors());
    } catch (error) {
      if (!(error instanceof SchemaProblem)) throw error;
      // Nothing the citizen typed is lost: the data stays until a schema that works arrives.
      this.pendingValue = data;
      this.problem = error;
    }
  }

  private problemMessage(): string {
    const problem = this.problem;
    if (!problem) return '';
    return this.locale.t('dvc-form:form.schemaErrorBody', {
      pointer: problem.pointer || '/',
      reason: this.locale.t(`dvc-form:${problem.messageKey}`, problem.params),
    });
  }

  private refreshSections(): void {
    for (const section of this.controller?.sections.values() ?? []) section.requestUpdate();
  }

  private handleControlValue(event: CustomEvent<{ value: unknown }>): void {
    const control = event.composedPath().find((node): node is HTMLElement => node instanceof HTMLElement && node.dataset['pointer'] !== undefined);
    const pointer = control?.dataset['pointer'];
    const controller = this.controller;
    // Controls' own events stay inside: the host listens to the form's dvc-change.
    event.stopPropagation();
    if (pointer === undefined || !controller) return;
    const field = controller.fields.get(pointer);
    if (!field) return;
    let value = toData(field.model.kind, field.model.optionValues, event.detail.value);
    // A required checkbox means "must be ticked": unticked is no answer, not `false`.
    if (field.model.kind === 'boolean' && value === false && (field.required || field.schema.const === true)) value = undefined;
    const changed = controller.write(pointer, value);
    if (this.validateOn === 'input') controller.visible.add(pointer);
    if (changed) this.afterChange(pointer);
    else if (controller.isShown(pointer)) this.revalidateField(pointer);
  }

  /** After the data changed at `pointer`: re-render only the sections whose conditions read it. */
  private afterChange(pointer: string): void {
    const controller = this.controller;
    if (!controller) return;
    const tokens = parsePointer(pointer);
    for (let depth = 0; depth < tokens.length; depth += 1) {
      const sectionPointer = tokens.slice(0, depth).map((token) => `/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
      const section = controller.sections.get(sectionPointer) as DvcFormObject | undefined;
      const name = tokens[depth]!;
      if (section?.view && (section.view.dependsOn.has(name) || section.view.dependsOn.has('*'))) section.requestUpdate();
    }
    if (pointer && controller.isShown(pointer)) this.revalidateField(pointer);
    else if (controller.showAll) this.applyErrors();
    const detail: DvcFormChangeDetail = {
      name: this.name,
      pointer,
      get value() {
        return controller.value;
      },
    };
    dispatchDvcEvent<DvcFormChangeDetail>(this, 'dvc-change', detail);
    this.internals.setFormValue(this.name ? JSON.stringify(controller.value) : null);
  }

  private revalidateField(pointer: string): void {
    const controller = this.controller!;
    const before = controller.errors.get(pointer)?.message ?? '';
    controller.validateField(pointer);
    const field = controller.fields.get(pointer);
    const control = field?.element as ValueControl | undefined;
    if (control && 'error' in control) control.error = controller.errorFor(pointer);
    if ((controller.errors.get(pointer)?.message ?? '') !== before && controller.showAll) this.updateSummary();
  }

  /** Pushes shown errors to the controls and the summary. */
  private applyErrors(): void {
    const controller = this.controller;
    if (!controller) return;
    for (const field of controller.fields.values()) {
      const control = field.element as ValueControl | undefined;
      if (control && 'error' in control && field.model.kind !== 'object') control.error = controller.errorFor(field.pointer);
    }
    this.updateSummary();
  }

  private updateSummary(): void {
    const controller = this.controller!;
    const fieldErrors: FieldError[] = controller.showAll ? controller.renderedFields().flatMap((field) => controller.errors.get(field.pointer) ?? []) : [];
    const formErrors = controller.showAll ? controller.formErrors : [];
    const firstField = controller.renderedFields()[0]?.element;
    this.summary = [
      ...formErrors.flatMap((error) => {
        const target = this.renderRoot.querySelector<HTMLElement>(`[data-choice="${CSS.escape(error.pointer)}"]`) ?? firstField;
        return target ? [{ target, message: error.message }] : [];
      }),
      ...fieldErrors.map((error) => ({ target: controller.fields.get(error.pointer)!.element!, message: error.message })),
    ];
    this.setTitlePrefix(this.summary.length > 0);
  }

  /** Whether a data pointer belongs to the current step (its top-level property's `x-step`). */
  private isOnStep(pointer: string): boolean {
    const [top] = parsePointer(pointer);
    if (top === undefined) return true;
    const section = this.controller?.sections.get('') as DvcFormObject | undefined;
    const property = section?.view?.properties.find((candidate) => candidate.name === top);
    return !property || property.schema['x-step'] === undefined || property.schema['x-step'] === this.step;
  }

  private async focusSummary(): Promise<void> {
    await this.updateComplete;
    const summary = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('dvc-error-summary');
    await summary?.updateComplete;
    summary?.focus();
  }

  /** GOV.UK: the page title starts with "Lỗi: " while errors are shown. */
  private setTitlePrefix(on: boolean): void {
    const prefix = this.locale.t('dvc-form:form.errorTitlePrefix');
    const prefixes = ['Lỗi: ', 'Error: '];
    const bare = prefixes.reduce((title, known) => (title.startsWith(known) ? title.slice(known.length) : title), document.title);
    if (on) {
      document.title = prefix + bare;
      this.titlePrefixed = true;
    } else if (this.titlePrefixed) {
      document.title = bare;
      this.titlePrefixed = false;
    }
  }

  private readonly handleFocusOut = (event: FocusEvent): void => {
    if (this.validateOn !== 'blur' || !this.controller) return;
    const control = event.composedPath().find((node): node is HTMLElement => node instanceof HTMLElement && node.dataset['pointer'] !== undefined);
    const pointer = control?.dataset['pointer'];
    if (pointer === undefined) return;
    this.controller.visible.add(pointer);
    this.revalidateField(pointer);
  };

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    const origin = event.composedPath()[0];
    if (event.key === 'Enter' && !event.isComposing && origin instanceof HTMLInputElement && origin.type !== 'checkbox' && origin.type !== 'radio' && origin.type !== 'file') {
      event.preventDefault();
      this.requestSubmit();
    }
  };
}

/** Turns a control's value into typed data: numbers stay text when they are not numbers (nothing is lost). */
export function toData(kind: string, optionValues: ReadonlyMap<string, unknown>, raw: unknown): unknown {
  if (kind === 'boolean') return raw === true || raw === 'on' || (typeof raw === 'string' && raw !== '' && raw !== 'false');
  if (kind === 'checkboxes') {
    const list = Array.isArray(raw) ? raw : [];
    return list.length ? list.map((entry) => (optionValues.has(String(entry)) ? optionValues.get(String(entry)) : entry)) : undefined;
  }
  const text = typeof raw === 'string' ? raw.trim() : raw;
  if (text === '' || text === undefined || text === null) return undefined;
  if (kind === 'radios' || kind === 'select') return optionValues.has(String(text)) ? optionValues.get(String(text)) : text;
  if (kind === 'number' && typeof text === 'string') {
    const normalized = text.replace(/\s/g, '').replace(',', '.');
    // A decimal for an integer field stays a number: the schema's type check explains the problem.
    return /^[-+]?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : text;
  }
  return text;
}

declare global {
  interface HTMLElementEventMap {
    'dvc-submit': CustomEvent<DvcFormSubmitDetail>;
    'dvc-invalid': CustomEvent<DvcFormInvalidDetail>;
    'dvc-schema-error': CustomEvent<DvcSchemaErrorDetail>;
  }
}
