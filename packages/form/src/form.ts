import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { dispatchDvcEvent, LocaleController, translate } from '@dvc/core';
import {
  citizenFactProblems,
  describeIdentityProblem,
  identityContext,
  registerIdentityStrings,
  type IdentityProblem,
  type IdentityState,
  type Provenance,
} from '@dvc/identity/prefill.js';
import type { ErrorSummaryItem } from '@dvc/components';
import { FormController, registerRendererStrings, type FieldError } from './form-controller.js';
import { loadedVnPhone } from '@dvc/schema/phone-loader.js';
import { checkMetaschemaWhenIdle, knownMetaschemaProblem, prepareSchema } from './schema-preparation.js';
import { formStyles } from './form.styles.js';
import { focusTarget, showFieldError } from './widgets.js';
import type { DvcFormObject } from './sections.js';
import {
  childPointer,
  copyJson,
  isObject,
  parsePointer,
  checkSchema,
  unrenderableShapes,
  SchemaProblem,
  setAt,
  type UiHints,
  type JsonSchemaObject,
} from '@dvc/schema';

export type FormValidateOn = 'submit' | 'blur' | 'input';

/** Detail of `dvc-identity-error` (the same as `<dvc-identity-provider>`'s). */
export interface IdentityErrorDetail {
  readonly source: string;
  readonly problems: IdentityProblem[];
  readonly messages: string[];
}

/** Identities already checked against the citizen model (each is checked, and reported, once). */
const checkedIdentities = new WeakMap<IdentityState, boolean>();

/** `copyJson(value)`, or `undefined` for what is not JSON (a function, a cycle). */
function jsonOrUndefined(value: unknown): unknown {
  try {
    return copyJson(value);
  } catch {
    return undefined;
  }
}

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
  /** Where each value filled in from identity data came from, and whether the citizen changed it. */
  readonly provenance: Provenance;
  /** The opaque token the host received with the identity claims, passed through for the back end to check. */
  readonly prefillToken?: string;
}

/** Whether identity data may fill the form: `ask` shows a disclosure first. */
export type IdentityConsent = 'ask' | 'accepted' | 'declined';

export interface DvcIdentityConsentDetail {
  readonly choice: Exclude<IdentityConsent, 'ask'>;
}
export interface DvcFormInvalidDetail {
  readonly errors: DvcFormValidationResult['errors'];
}
export interface DvcSchemaErrorDetail {
  readonly pointer: string;
  readonly message: string;
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
 * @event dvc-identity-error - The `identity` given does not fit the citizen model and is not used; detail `{ source, problems, messages }`.
 * @event dvc-identity-consent - The citizen chose whether identity data fills the form; detail `{ choice }`.
 * @csspart schema-error - The panel shown instead of a form whose schema is broken.
 * @csspart identity-consent - The disclosure shown before identity data fills the form.
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
  /**
   * The signed-in citizen's identity data, for fields with `x-prefill`. Overrides the identity
   * of an enclosing `<dvc-identity-provider>`.
   */
  @property({ attribute: false }) identity?: IdentityState;
  /**
   * `ask` (default) lists what identity data will fill in and lets the citizen accept or type
   * everything; `accepted` or `declined` when the host already asked (a procedure's consent page).
   */
  @property({ attribute: 'identity-consent', reflect: true }) identityConsent: IdentityConsent = 'ask';
  /** Where a citizen asks for wrong verified data to be corrected at source. Overrides the provider's `correction-url`. */
  @property({ attribute: 'correction-href' }) correctionHref = '';

  /** Identity from an enclosing `<dvc-identity-provider>`. */
  @consume({ context: identityContext, subscribe: true })
  @state()
  private providedIdentity?: IdentityState;

  @state() private problem: SchemaProblem | null = null;
  @state() private summary: readonly ErrorSummaryItem[] = [];
  /** The citizen's choice for this form, once made (also kept for the session when the schema has an `$id`). */
  @state() private consentChoice: IdentityConsent = 'ask';
  /** Disabled by its own `disabled` attribute or an enclosing `<fieldset disabled>` (form association). */
  @state() private disabledByForm = false;

  private readonly locale = new LocaleController(this);
  private readonly internals: ElementInternals;
  private controller: FormController | null = null;
  private pendingValue: unknown = undefined;
  private titlePrefixed = false;
  /** While a new schema's chunks load (metaschema check, phone module): `updateComplete` waits for it. */
  private preparing: Promise<void> | undefined;
  private defaultValue: unknown = {};
  private errorsLanguage = '';

  constructor() {
    super();
    registerRendererStrings();
    registerIdentityStrings();
    this.internals = this.attachInternals();
    this.addEventListener('invalid', this.handleInvalid);
  }

  /** The data, without values of branches that are hidden now. */
  get value(): unknown {
    return this.controller ? this.controller.value : this.pendingValue;
  }

  set value(value: unknown) {
    // A JSON copy, not structuredClone: frameworks hand over reactive proxies (Vue), which cannot be cloned.
    const copy = value === undefined ? {} : copyJson(value);
    // What a native form's reset returns to: the value the host gave, not what was typed since.
    this.defaultValue = copyJson(copy);
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
    if (!controller)
      return {
        valid: false,
        errors: this.problem
          ? [{ pointer: this.problem.pointer, keyword: 'schema', message: this.problemMessage() }]
          : [],
      };
    controller.showAll = true;
    const errors = controller.validateAll(this.step ? (pointer) => this.isOnStep(pointer) : undefined);
    this.applyErrors();
    return {
      valid: errors.length === 0,
      errors: errors.map(({ pointer, keyword, message }) => ({ pointer, keyword, message })),
    };
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
    if (this.identityConsentPending) return;
    if (this.novalidate) {
      dispatchDvcEvent<DvcFormSubmitDetail>(this, 'dvc-submit', this.submitDetail());
      return;
    }
    const result = this.validate();
    if (result.valid) {
      dispatchDvcEvent<DvcFormSubmitDetail>(this, 'dvc-submit', this.submitDetail());
    } else {
      void this.focusSummary();
      dispatchDvcEvent<DvcFormInvalidDetail>(this, 'dvc-invalid', { errors: result.errors });
    }
  }

  /** `{ [pointer]: { source, from, verified, changed } }` for the values filled in from identity data. */
  get provenance(): Provenance {
    return this.controller ? this.controller.provenance(this.controller.value) : {};
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

  /** Resolves after the first render of a schema whose chunks had to load first. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.preparing) {
      await this.preparing;
      complete = await super.getUpdateComplete();
    }
    return complete;
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
      this.controller.correctionHref = this.correctionHref || this.effectiveIdentity?.correctionUrl || '';
    }
    const identityChanged = [
      'schema',
      'identity',
      'providedIdentity',
      'identityConsent',
      'consentChoice',
      'correctionHref',
    ].some((name) => changed.has(name));
    if (identityChanged) this.applyIdentity();
    if ((changed.has('ui') || changed.has('step') || identityChanged) && !changed.has('schema')) this.refreshSections();
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
    if (this.identityConsentPending) return this.renderIdentityConsent();
    const content = html`
      <!-- Focused only on a submit attempt (focusSummary): errors that appear while typing never take focus. -->
      <dvc-error-summary disable-auto-focus .errors=${this.summary}></dvc-error-summary>
      <dvc-form-object
        .controller=${this.controller}
        .located=${this.controller.root}
        pointer=""
        step=${this.step}
      ></dvc-form-object>
      <div class="actions">
        <slot name="actions">
          <dvc-button type="button" @click=${() => this.requestSubmit()}
            >${this.submitLabel || this.locale.t('dvc-form:form.submit')}</dvc-button
          >
        </slot>
      </div>
    `;
    // A disabled fieldset disables every native and form-associated control inside, as in a native form.
    return this.disabledByForm ? html`<fieldset class="disabled" disabled>${content}</fieldset>` : content;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.relocalizeErrors();
    if (changed.has('problem') && this.problem) {
      dispatchDvcEvent<DvcSchemaErrorDetail>(this, 'dvc-schema-error', {
        pointer: this.problem.pointer,
        message: this.problemMessage(),
      });
    }
    this.updateFormAssociation();
  }

  // ——— Form association: one `name`, the JSON of `value`, validity, reset, disabled ———

  /** The enclosing native form, as on native controls. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  formResetCallback(): void {
    const controller = this.controller;
    if (!controller) {
      this.pendingValue = structuredClone(this.defaultValue);
      return;
    }
    controller.data = structuredClone(this.defaultValue);
    controller.showAll = false;
    controller.visible.clear();
    controller.errors.clear();
    this.refreshSections();
    this.applyErrors();
    this.afterChange('');
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabledByForm = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      this.value = JSON.parse(state) as unknown;
    } catch {
      // Not ours (another version of the page): keep what is there.
    }
  }

  /**
   * In a native form: the JSON of `value` under `name`, and the whole document's validity (so the
   * form's `checkValidity()` and submission see it). Outside a form nothing is validated here.
   */
  private updateFormAssociation(): void {
    // Outside a native form nothing reads the value or the validity: no JSON of 2,000 fields per keystroke.
    if (!this.internals.form) return;
    const controller = this.controller;
    const json = controller ? JSON.stringify(controller.value) : null;
    this.internals.setFormValue(this.name ? json : null, json);
    if (!controller) {
      this.internals.setValidity(this.problem ? { customError: true } : {}, this.problem ? this.problemMessage() : '');
      return;
    }
    const valid = this.checkValidity();
    this.internals.setValidity(valid ? {} : { customError: true }, valid ? '' : this.locale.t('dvc-form:form.invalid'));
  }

  /** The enclosing form's submission found this form invalid: show the errors and the summary, not the browser's bubble. */
  private readonly handleInvalid = (event: Event): void => {
    event.preventDefault();
    if (!this.controller) return;
    this.validate();
    void this.focusSummary();
  };

  // ——— Private ———

  /** The identity in use: the property, else the provider's; one that fails the citizen model is not used. */
  private get effectiveIdentity(): IdentityState | undefined {
    const identity = this.identity ?? this.providedIdentity;
    if (!identity) return undefined;
    let checked = checkedIdentities.get(identity);
    if (checked === undefined) {
      const problems = citizenFactProblems(identity.citizen);
      checked = problems.length === 0;
      checkedIdentities.set(identity, checked);
      if (!checked) {
        const messages = problems.map((problem) => describeIdentityProblem(problem, this.locale.language));
        queueMicrotask(() =>
          dispatchDvcEvent<IdentityErrorDetail>(this, 'dvc-identity-error', { source: 'citizen', problems, messages }),
        );
      }
    }
    return checked ? identity : undefined;
  }

  private get consent(): IdentityConsent {
    return this.identityConsent !== 'ask' ? this.identityConsent : this.consentChoice;
  }

  /** Identity data could fill some fields and the citizen has not said yet whether it may. */
  private get identityConsentPending(): boolean {
    return (
      this.consent === 'ask' &&
      !!this.controller &&
      this.controller.prefill.answerable(this.effectiveIdentity).length > 0
    );
  }

  private get consentStorageKey(): string | undefined {
    const id = isObject(this.schema) ? this.schema['$id'] : undefined;
    return typeof id === 'string' && id ? `dvc-identity-consent:${id}` : undefined;
  }

  /** Fills (or clears) identity values according to the identity and the citizen's choice. */
  private applyIdentity(): void {
    const controller = this.controller;
    if (!controller) return;
    const identity = this.consent === 'accepted' ? this.effectiveIdentity : undefined;
    const before = controller.data;
    controller.data = controller.prefill.apply(controller.data, identity, (data, pointer, value) =>
      setAt(data, pointer, value),
    );
    if (controller.data !== before) {
      for (const pointer of controller.prefill.filled.keys()) controller.errors.delete(pointer);
      // Filled-in values are a change of the data like any other: the host hears of it.
      void this.updateComplete.then(() => this.afterChange(''));
    }
  }

  private chooseIdentityConsent(choice: Exclude<IdentityConsent, 'ask'>): void {
    this.consentChoice = choice;
    const key = this.consentStorageKey;
    if (key) {
      try {
        sessionStorage.setItem(key, choice);
      } catch {
        // Storage can be off (private mode, policy): the choice still holds for this page.
      }
    }
    dispatchDvcEvent<DvcIdentityConsentDetail>(this, 'dvc-identity-consent', { choice });
    void this.updateComplete.then(async () => {
      const element = this.controller?.renderedFields()[0]?.element;
      const first = element ? (focusTarget(element) as HTMLElement & { updateComplete?: Promise<unknown> }) : undefined;
      await first?.updateComplete;
      first?.focus();
    });
  }

  private renderIdentityConsent(): TemplateResult {
    const identity = this.effectiveIdentity!;
    const language = this.locale.language;
    const controller = this.controller!;
    const answerable = controller.prefill.answerable(identity);
    const source = translate(language, `dvc-form:identity.source.${identity.citizen.assurance.source}`);
    const label = (pointer: string, schema: JsonSchemaObject): string =>
      controller.model(schema, pointer, pointer.split('/').pop() ?? '').label;
    return html`<section class="identity-consent" part="identity-consent" aria-labelledby="identity-consent-title">
      <h2 id="identity-consent-title" tabindex="-1">${this.locale.t('dvc-form:identity.consentTitle')}</h2>
      <p>${this.locale.t('dvc-form:identity.consentIntro', { source })}</p>
      <ul>
        ${answerable.map(({ field }) => html`<li>${label(field.pointer, field.schema)}${field.spec.policy === 'locked' ? ` ${this.locale.t('dvc-form:identity.lockedNote')}` : ''}</li>`)}
      </ul>
      <p>${this.locale.t('dvc-form:identity.consentChoice')}</p>
      <div class="actions">
        <dvc-button type="button" @click=${() => this.chooseIdentityConsent('accepted')}
          >${this.locale.t('dvc-form:identity.accept')}</dvc-button
        >
        <dvc-button type="button" variant="secondary" @click=${() => this.chooseIdentityConsent('declined')}
          >${this.locale.t('dvc-form:identity.decline')}</dvc-button
        >
      </div>
    </section>`;
  }

  private submitDetail(): DvcFormSubmitDetail {
    const controller = this.controller!;
    const value = controller.value;
    const prefillToken = this.consent === 'accepted' ? this.effectiveIdentity?.prefillToken : undefined;
    return { value, provenance: controller.provenance(value), ...(prefillToken ? { prefillToken } : {}) };
  }

  private loadSchema(): void {
    const data = this.controller ? this.controller.data : this.pendingValue;
    this.controller = null;
    this.problem = null;
    this.summary = [];
    try {
      // A JSON copy of the host's object (a reactive proxy, say); what is not JSON cannot be a schema.
      const schema = jsonOrUndefined(this.schema);
      if (!isObject(schema)) throw new SchemaProblem('', 'schema.notAnObject');
      checkSchema(schema as JsonSchemaObject);
      const preparation = prepareSchema(schema);
      if ('pending' in preparation) {
        this.pendingValue = data;
        const pending = preparation.pending.then(() => {
          if (this.preparing !== pending) return;
          this.preparing = undefined;
          this.requestUpdate('schema');
        });
        this.preparing = pending;
        return;
      }
      this.preparing = undefined;
      // The metaschema check runs once per host schema object, when idle (issue 12).
      const known = knownMetaschemaProblem(this.schema as object);
      if (known) throw known;
      if (known === undefined) this.checkMetaschemaLater(this.schema as object);
      // A field the renderer cannot show is refused with its pointer, never shown as a text box holding an object.
      const [unrenderable] = unrenderableShapes(schema as JsonSchemaObject);
      if (unrenderable) throw unrenderable;
      this.controller = new FormController(schema as JsonSchemaObject, data ?? {}, () => this.applyErrors());
      this.consentChoice = this.storedConsent();
    } catch (error) {
      // A schema that breaks the renderer in a way not foreseen is still reported, never thrown at the page.
      if (!(error instanceof SchemaProblem)) console.error(error);
      // Nothing the citizen typed is lost: the data stays until a schema that works arrives.
      this.pendingValue = data;
      this.problem = error instanceof SchemaProblem ? error : new SchemaProblem('', 'schema.notASchema');
    }
  }

  /** A schema the metaschema refuses (checked when idle) replaces the form by the schema-error panel; the data stays. */
  private checkMetaschemaLater(schema: object): void {
    void checkMetaschemaWhenIdle(schema).then((problem) => {
      if (!problem || this.schema !== schema) return;
      this.pendingValue = this.controller ? this.controller.data : this.pendingValue;
      this.controller = null;
      this.problem = problem;
    });
  }

  private storedConsent(): IdentityConsent {
    const key = this.consentStorageKey;
    try {
      const stored = key ? sessionStorage.getItem(key) : null;
      return stored === 'accepted' || stored === 'declined' ? stored : this.consentChoice;
    } catch {
      return this.consentChoice;
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
    const control = event
      .composedPath()
      .find((node): node is HTMLElement => node instanceof HTMLElement && node.dataset['pointer'] !== undefined);
    const pointer = control?.dataset['pointer'];
    const controller = this.controller;
    // Controls' own events stay inside: the host listens to the form's dvc-change.
    event.stopPropagation();
    if (pointer === undefined || !controller) return;
    const field = controller.fields.get(pointer);
    if (!field) return;
    let value = toData(field.model.kind, field.model.optionValues, event.detail.value);
    // Phone numbers are stored in E.164 (`+84912345678`); text that is not a number yet stays as typed.
    if (field.schema.format === 'vn-phone' && typeof value === 'string')
      value = loadedVnPhone()?.parseVnPhone(value) ?? value;
    // A required checkbox means "must be ticked": unticked is no answer, not `false`.
    if (field.model.kind === 'boolean' && value === false && (field.required || field.schema.const === true))
      value = undefined;
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
      const sectionPointer = childPointer('', ...tokens.slice(0, depth));
      const section = controller.sections.get(sectionPointer) as DvcFormObject | undefined;
      const name = tokens[depth]!;
      if (section?.view && (section.view.dependsOn.has(name) || section.view.dependsOn.has('*')))
        section.requestUpdate();
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
    this.updateFormAssociation();
  }

  private revalidateField(pointer: string): void {
    const controller = this.controller!;
    const before = controller.errors.get(pointer)?.message ?? '';
    controller.validateField(pointer);
    const field = controller.fields.get(pointer);
    if (field) showFieldError(controller, field);
    if ((controller.errors.get(pointer)?.message ?? '') !== before && controller.showAll) this.updateSummary();
  }

  /**
   * After a language switch, errors already shown are worded again in the new language (and the
   * title prefix with them): nothing stays in the other language.
   */
  private relocalizeErrors(): void {
    const controller = this.controller;
    if (!controller || this.errorsLanguage === this.locale.language) return;
    const first = this.errorsLanguage === '';
    this.errorsLanguage = this.locale.language;
    if (first) return;
    // The fields' labels (part of the messages) are re-rendered by the sections first. Only
    // sections in the page: one of another step updates when it connects, which may be much later.
    const sections = [...controller.sections.values()] as unknown as (Element & {
      updateComplete?: Promise<unknown>;
    })[];
    // Each error already found is worded again (nothing new is validated or shown).
    const step = this.step;
    void Promise.all(sections.filter((section) => section.isConnected).map((section) => section.updateComplete)).then(
      () => {
        if (controller !== this.controller || step !== this.step) return;
        for (const pointer of [...controller.errors.keys()]) this.revalidateField(pointer);
        if (controller.showAll) this.updateSummary();
      },
    );
  }

  /** Pushes shown errors to the controls and the summary. */
  private applyErrors(): void {
    const controller = this.controller;
    if (!controller) return;
    for (const field of controller.fields.values())
      if (field.model.kind !== 'object') showFieldError(controller, field);
    this.updateSummary();
  }

  private updateSummary(): void {
    const controller = this.controller!;
    const fieldErrors: FieldError[] = controller.showAll
      ? controller.renderedFields().flatMap((field) => controller.errors.get(field.pointer) ?? [])
      : [];
    const formErrors = controller.showAll ? controller.formErrors : [];
    const firstField = controller.renderedFields()[0]?.element;
    this.summary = [
      ...formErrors.flatMap((error) => {
        const target =
          this.renderRoot.querySelector<HTMLElement>(`[data-choice="${CSS.escape(error.pointer)}"]`) ?? firstField;
        return target ? [{ target: focusTarget(target), message: error.message }] : [];
      }),
      ...fieldErrors.map((error) => ({
        target: focusTarget(controller.fields.get(error.pointer)!.element!),
        message: error.message,
      })),
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
    const summary = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(
      'dvc-error-summary',
    );
    await summary?.updateComplete;
    summary?.focus();
  }

  /** GOV.UK: the page title starts with "Lỗi: " while errors are shown. */
  private setTitlePrefix(on: boolean): void {
    const prefix = this.locale.t('dvc-form:form.errorTitlePrefix');
    const prefixes = ['Lỗi: ', 'Error: '];
    const bare = prefixes.reduce(
      (title, known) => (title.startsWith(known) ? title.slice(known.length) : title),
      document.title,
    );
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
    const control = event
      .composedPath()
      .find((node): node is HTMLElement => node instanceof HTMLElement && node.dataset['pointer'] !== undefined);
    const pointer = control?.dataset['pointer'];
    if (pointer === undefined) return;
    this.controller.visible.add(pointer);
    this.revalidateField(pointer);
  };

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    const origin = event.composedPath()[0];
    if (
      event.key === 'Enter' &&
      !event.isComposing &&
      origin instanceof HTMLInputElement &&
      origin.type !== 'checkbox' &&
      origin.type !== 'radio' &&
      origin.type !== 'file'
    ) {
      event.preventDefault();
      this.requestSubmit();
    }
  };
}

/** Turns a control's value into typed data: numbers stay text when they are not numbers (nothing is lost). */
export function toData(kind: string, optionValues: ReadonlyMap<string, unknown>, raw: unknown): unknown {
  if (kind === 'address') {
    // `{ provinceCode, communeCode, detail }` without its empty parts; nothing chosen is no answer.
    // Parts are kept as typed (a space at the end of the street while typing is not lost); empty parts are dropped.
    const parts =
      typeof raw === 'object' && raw !== null
        ? Object.entries(raw as Record<string, unknown>).filter(
            ([, part]) => typeof part === 'string' && part.trim() !== '',
          )
        : [];
    return parts.length ? Object.fromEntries(parts) : undefined;
  }
  if (kind === 'boolean')
    return raw === true || raw === 'on' || (typeof raw === 'string' && raw !== '' && raw !== 'false');
  if (kind === 'checkboxes') {
    const list = Array.isArray(raw) ? raw : [];
    return list.length
      ? list.map((entry) => (optionValues.has(String(entry)) ? optionValues.get(String(entry)) : entry))
      : undefined;
  }
  const text = typeof raw === 'string' ? raw.trim() : raw;
  if (text === '' || text === undefined || text === null) return undefined;
  if (kind === 'radios' || kind === 'select')
    return optionValues.has(String(text)) ? optionValues.get(String(text)) : text;
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
    'dvc-identity-consent': CustomEvent<DvcIdentityConsentDetail>;
  }
}
