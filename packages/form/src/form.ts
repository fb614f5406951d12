import { html, type PropertyValues, type TemplateResult } from 'lit';
import { JsonFormAssociated } from './form-associated.js';
import { property, state } from 'lit/decorators.js';
import { dispatchDvcEvent } from '@dvc/core/events.js';
import { LocaleController } from '@dvc/core/locale-controller.js';
import type { IdentityState, Provenance } from '@dvc/identity/prefill-core.js';
import { receiveProvidedIdentity } from './provided-identity.js';
import { FormController, registerRendererStrings } from './form-controller.js';
import {
  checkMetaschemaWhenIdle,
  renderableSchema,
  schemaErrorTemplate,
  schemaProblemMessage,
  problemResult,
  reportSchemaProblem,
} from './schema-preparation.js';
import { formStyles } from './form.styles.js';
import { FormErrors } from './form-errors.js';
import { IdentitySlot } from './identity-slot.js';
import { FormChunks } from './form-chunks.js';
import { markRendererWarm } from './warm-up.js';
import { fieldData, fieldPointerOf, submitsOnEnter } from './form-data.js';
import { isOnStep, sectionsReading } from './sections.js';
import { objectSection, refreshSections } from './section-renderer.js';
import { buttonTemplate } from '@dvc/components/widgets.js';
import { copyJson, SchemaProblem, type UiHints } from '@dvc/schema';
import type {
  DvcFormChangeDetail,
  DvcFormInvalidDetail,
  DvcFormSubmitDetail,
  DvcFormValidationResult,
  FormValidateOn,
  IdentityConsent,
} from './form-types.js';

export type * from './form-types.js';
export { toData } from './form-data.js';

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
export class DvcForm extends JsonFormAssociated {
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
  /** The signed-in citizen's identity data, for fields with `x-prefill` (overrides an enclosing identity provider's). */
  @property({ attribute: false }) identity?: IdentityState;
  /**
   * `ask` (default) lists what identity data will fill in and lets the citizen accept or type
   * everything; `accepted` or `declined` when the host already asked (a procedure's consent page).
   */
  @property({ attribute: 'identity-consent', reflect: true }) identityConsent: IdentityConsent = 'ask';
  /** Where a citizen asks for wrong verified data to be corrected at source. Overrides the provider's `correction-url`. */
  @property({ attribute: 'correction-href' }) correctionHref = '';
  /** Plain-language hints: each field shows its `x-hint-simple` where the schema has one; switching keeps answers and focus. */
  @property({ type: Boolean, reflect: true, attribute: 'simplified-language' }) simplifiedLanguage = false;

  /** Identity from an enclosing `<dvc-identity-provider>`. */
  @state() private providedIdentity?: IdentityState;

  @state() private problem: SchemaProblem | null = null;
  /** Disabled by its own `disabled` attribute or an enclosing `<fieldset disabled>` (form association). */
  @state() private disabledByForm = false;

  private readonly locale = new LocaleController(this);
  private readonly errors = new FormErrors(this, this.locale, () => this.controller);
  /** Identity prefill, loaded when an identity is given (a chunk of its own). */
  private readonly prefill = new IdentitySlot(this, this.locale, () => this.identity ?? this.providedIdentity);
  private controller: FormController | null = null;
  private pendingValue: unknown = undefined;
  /** While a new schema's chunks load (metaschema check, phone module): `updateComplete` waits for it. */
  private preparing: Promise<void> | undefined;
  private defaultValue: unknown = {};
  private readonly chunks = new FormChunks();

  constructor() {
    super();
    receiveProvidedIdentity(this, (identity) => (this.providedIdentity = identity));
    registerRendererStrings();
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
      refreshSections(this.controller);
    } else {
      this.pendingValue = copy;
    }
    this.requestUpdate('value');
  }

  /** Validates everything shown, shows the errors and the summary. */
  validate(): DvcFormValidationResult {
    const controller = this.controller;
    if (!controller || !this.whenSubmittable(controller, () => this.validate()))
      return problemResult(this.problem, this.locale.language);
    controller.showAll = true;
    const errors = controller.validateAll(
      this.step ? (pointer) => isOnStep(controller, pointer, this.step) : undefined,
    );
    this.errors.applyErrors();
    return {
      valid: errors.length === 0,
      errors: errors.map(({ pointer, keyword, message }) => ({ pointer, keyword, message })),
    };
  }

  /** Validates, shows errors and focuses the summary when invalid. */
  reportValidity(): boolean {
    const controller = this.controller;
    if (controller && !this.whenSubmittable(controller, () => this.reportValidity())) return false;
    const { valid } = this.validate();
    if (!valid) void this.errors.focusSummary();
    return valid;
  }

  checkValidity(): boolean {
    const validation = this.controller?.validation;
    // Nothing is valid before it could be checked (the validator's chunk is on its way).
    return !!validation?.ready && validation.validate(this.controller!.value).length === 0;
  }

  /** A submit attempt: `dvc-submit` when valid, otherwise errors, summary, `dvc-invalid`. */
  requestSubmit(): void {
    if (!this.controller) return;
    if (this.prefill.pending(this.controller)) return;
    if (!this.whenSubmittable(this.controller, () => this.requestSubmit())) return;
    if (this.novalidate) {
      dispatchDvcEvent<DvcFormSubmitDetail>(this, 'dvc-submit', this.prefill.submitDetail(this.controller));
      return;
    }
    const result = this.validate();
    if (result.valid) {
      dispatchDvcEvent<DvcFormSubmitDetail>(this, 'dvc-submit', this.prefill.submitDetail(this.controller));
    } else {
      void this.errors.focusSummary();
      dispatchDvcEvent<DvcFormInvalidDetail>(this, 'dvc-invalid', { errors: result.errors });
    }
  }

  /** `{ [pointer]: { source, from, verified, changed } }` for the values filled in from identity data. */
  get provenance(): Provenance {
    return this.controller ? this.controller.provenance(this.controller.value) : {};
  }

  /** Listens inside the shadow root: focus moving between two fields never leaves it, so the host would not see that `focusout`. */
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
    // The schema's chunks, the identity prefill's, then the validator's (so `validate()` works right after).
    const next = () => this.chunks.awaited(this.preparing, this.prefill.waiting, this.controller?.validation);
    for (let wait = next(); wait; wait = next()) {
      await wait;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('schema')) this.loadSchema();
    if (this.prefill.failed && this.controller) this.showProblem();
    if (this.controller) {
      this.controller.language = this.locale.language;
      this.controller.ui = this.ui;
      this.controller.simplified = this.simplifiedLanguage;
    }
    // Filled-in values are a change of the data like any other: the host hears of it.
    const filled = () => void this.updateComplete.then(() => this.afterChange(''));
    const identityChanged = this.prefill.update(changed, this.controller, this.correctionHref, filled);
    const presentation = changed.has('ui') || changed.has('step') || changed.has('simplifiedLanguage');
    if ((presentation || identityChanged) && !changed.has('schema')) refreshSections(this.controller);
  }

  protected override render(): TemplateResult {
    if (this.problem) return schemaErrorTemplate(this.problem, this.locale.language);
    if (!this.controller || this.prefill.waiting) return html``;
    if (this.prefill.pending(this.controller)) return this.prefill.render(this.controller);
    const content = html`
      <!-- Focused only on a submit attempt (focusSummary): errors that appear while typing never take focus. -->
      <dvc-error-summary disable-auto-focus .errors=${this.errors.summary}></dvc-error-summary>
      ${objectSection(this.controller, this.controller.root, '', this.step)}
      <div class="actions">
        <slot name="actions">
          ${buttonTemplate(
            { variant: 'primary', disabled: false, onClick: () => this.requestSubmit() },
            this.submitLabel || this.locale.t('dvc-form:form.submit'),
          )}
        </slot>
      </div>
    `;
    // A disabled fieldset disables every native and form-associated control inside, as in a native form.
    return this.disabledByForm ? html`<fieldset class="disabled" disabled>${content}</fieldset>` : content;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    refreshSections(this.controller, true);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('problem') && this.problem) reportSchemaProblem(this, this.locale, this.problem);
    this.updateFormAssociation();
  }

  // ——— Form association: one `name`, the JSON of `value`, validity, reset, disabled ———

  formResetCallback(): void {
    const controller = this.controller;
    if (!controller) {
      this.pendingValue = structuredClone(this.defaultValue);
      return;
    }
    controller.reset(structuredClone(this.defaultValue));
    refreshSections(this.controller);
    this.errors.applyErrors();
    this.afterChange('');
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabledByForm = disabled;
  }

  protected restoreValue(value: unknown): void {
    this.value = value;
  }

  /**
   * In a native form: the JSON of `value` under `name`, and the whole document's validity (so the
   * form's `checkValidity()` and submission see it). Outside a form nothing is validated here.
   */
  private updateFormAssociation(): void {
    const controller = this.controller;
    const invalid = () => (this.checkValidity() ? '' : this.locale.t('dvc-form:form.invalid'));
    this.setFormStateLazily(
      () => (controller ? JSON.stringify(controller.value) : null),
      () => (controller ? invalid() : schemaProblemMessage(this.problem, this.locale.language)),
    );
  }

  /** The enclosing form's submission found this form invalid: show the errors and the summary, not the browser's bubble. */
  private readonly handleInvalid = (event: Event): void => {
    event.preventDefault();
    if (this.controller) this.reportValidity();
  };

  /** Whether a submit attempt can go ahead; if not, `action` runs once its chunks have loaded (else the panel). */
  private whenSubmittable(controller: FormController, action: () => void): boolean {
    const current = (then: () => void) => () => this.controller === controller && then();
    return this.chunks.submittable(
      controller.validation,
      current(action),
      current(() => this.showProblem()),
    );
  }

  /** The panel instead of the form (by default: a chunk it needs cannot load, in the citizen's language); the data stays. */
  private showProblem(problem = new SchemaProblem('', 'schema.partUnavailable')): void {
    this.pendingValue = this.controller ? this.controller.data : this.pendingValue;
    this.controller = null;
    this.problem = problem;
  }

  private loadSchema(): void {
    const data = this.controller ? this.controller.data : this.pendingValue;
    this.controller = null;
    this.problem = null;
    this.errors.clear();
    try {
      const preparation = renderableSchema(this.schema, (schema) => this.checkMetaschemaLater(schema));
      if ('pending' in preparation) {
        this.pendingValue = data;
        // A chunk that cannot load (network): the localized panel, never a blank form; the data stays.
        const settle = (loaded: boolean) => () => {
          if (this.preparing !== pending) return;
          this.preparing = undefined;
          if (loaded) this.requestUpdate('schema');
          else this.showProblem();
        };
        const pending = preparation.pending.then(settle(true), settle(false));
        this.preparing = pending;
        return;
      }
      this.preparing = undefined;
      const { schema } = preparation;
      // `renderableSchema` made its own JSON copy of the host's schema: the controller keeps it (one copy per mount, not two).
      const controller = new FormController(schema, data ?? {}, () => this.errors.applyErrors(), true);
      this.controller = controller;
      markRendererWarm();
      this.prefill.restore();
      // In a native form, its validity once the validator has loaded.
      void controller.validation.settled?.then(() => this.controller === controller && this.updateFormAssociation());
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
    void checkMetaschemaWhenIdle(schema).then(
      (problem) => problem && this.schema === schema && this.showProblem(problem),
    );
  }

  private handleControlValue(event: CustomEvent<{ value: unknown }>): void {
    const pointer = fieldPointerOf(event);
    const controller = this.controller;
    // Controls' own events stay inside: the host listens to the form's dvc-change.
    event.stopPropagation();
    if (pointer === undefined || !controller) return;
    const field = controller.fields.get(pointer);
    if (!field) return;
    const changed = controller.write(pointer, fieldData(field, event.detail.value));
    if (this.validateOn === 'input') controller.visible.add(pointer);
    if (changed) this.afterChange(pointer);
    else if (controller.isShown(pointer)) this.errors.revalidateField(pointer);
  }

  /** After the data changed at `pointer`: re-render only the sections whose conditions read it. */
  private afterChange(pointer: string): void {
    const controller = this.controller;
    if (!controller) return;
    for (const section of sectionsReading(controller, pointer)) section.requestUpdate();
    if (pointer && controller.isShown(pointer)) this.errors.revalidateField(pointer);
    else if (controller.showAll) this.errors.applyErrors();
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

  private readonly handleFocusOut = (event: FocusEvent): void => {
    if (this.validateOn !== 'blur' || !this.controller) return;
    const pointer = fieldPointerOf(event);
    if (pointer === undefined) return;
    this.controller.visible.add(pointer);
    this.errors.revalidateField(pointer);
  };

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (!submitsOnEnter(event)) return;
    event.preventDefault();
    this.requestSubmit();
  };
}
