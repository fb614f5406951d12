import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { dispatchDvcEvent, translate, type LocaleController } from '@dvc/core';
import { citizenFactProblems, describeIdentityProblem } from '@dvc/identity/prefill-strings.js';
import type { IdentityState } from '@dvc/identity/prefill-core.js';
import { isObject, setAt, type JsonSchemaObject } from '@dvc/schema';
import type { FormController } from './form-controller.js';
import { focusTarget } from './widgets.js';
import { PrefillState, type PrefillField } from './prefill.js';
import type {
  DvcFormSubmitDetail,
  DvcIdentityConsentDetail,
  IdentityConsent,
  IdentityErrorDetail,
} from './form-types.js';
import { adoptSheetWhereRendered } from './adopt-sheet.js';
import { identityConsentStyles } from './identity-consent.styles.js';

/** Identities already checked against the citizen model (each is checked, and reported, once). */
const checkedIdentities = new WeakMap<IdentityState, boolean>();

/**
 * The identity if it fits the citizen model, else `undefined`; the first check of an identity that
 * does not fit calls `report` with its problems worded in the language `whenReady` gives once that
 * has loaded (ADR 0020).
 */
export function usableIdentity(
  identity: IdentityState | undefined,
  locale: Pick<LocaleController, 'language' | 'whenReady'>,
  report: (detail: IdentityErrorDetail) => void,
): IdentityState | undefined {
  if (!identity) return undefined;
  let checked = checkedIdentities.get(identity);
  if (checked === undefined) {
    const problems = citizenFactProblems(identity.citizen);
    checked = problems.length === 0;
    checkedIdentities.set(identity, checked);
    if (!checked) {
      locale.whenReady(() => {
        const messages = problems.map((problem) => describeIdentityProblem(problem, locale.language));
        report({ source: 'citizen', problems, messages });
      });
    }
  }
  return checked ? identity : undefined;
}

/** Where the citizen's choice is kept for the session: per schema `$id` (none without one). */
export function consentStorageKey(schema: unknown): string | undefined {
  const id = isObject(schema) ? schema['$id'] : undefined;
  return typeof id === 'string' && id ? `dvc-identity-consent:${id}` : undefined;
}

export function storedConsent(key: string | undefined, fallback: IdentityConsent): IdentityConsent {
  try {
    const stored = key ? sessionStorage.getItem(key) : null;
    return stored === 'accepted' || stored === 'declined' ? stored : fallback;
  } catch {
    return fallback;
  }
}

export function storeConsent(key: string | undefined, choice: IdentityConsent): void {
  if (!key) return;
  try {
    sessionStorage.setItem(key, choice);
  } catch {
    // Storage can be off (private mode, policy): the choice still holds for this page.
  }
}

export interface IdentityConsentView {
  readonly language: string;
  readonly identity: IdentityState;
  /** The fields identity data would fill. */
  readonly answerable: readonly { readonly field: PrefillField }[];
  readonly label: (pointer: string, schema: JsonSchemaObject) => string;
  readonly choose: (choice: Exclude<IdentityConsent, 'ask'>) => void;
}

/** The disclosure shown before identity data fills the form: what would be filled in, accept or type everything. */
export function identityConsentTemplate(view: IdentityConsentView): TemplateResult {
  const { language, identity, answerable, label, choose } = view;
  const t = (key: string, options?: Record<string, string>): string => translate(language, key, options);
  const source = t(`dvc-form:identity.source.${identity.citizen.assurance.source}`);
  return html`<section class="identity-consent" part="identity-consent" aria-labelledby="identity-consent-title">
    <h2 id="identity-consent-title" tabindex="-1">${t('dvc-form:identity.consentTitle')}</h2>
    <p>${t('dvc-form:identity.consentIntro', { source })}</p>
    <ul>
      ${answerable.map(({ field }) => html`<li>${label(field.pointer, field.schema)}${field.spec.policy === 'locked' ? ` ${t('dvc-form:identity.lockedNote')}` : ''}</li>`)}
    </ul>
    <p>${t('dvc-form:identity.consentChoice')}</p>
    <div class="actions">
      <dvc-button type="button" @click=${() => choose('accepted')}>${t('dvc-form:identity.accept')}</dvc-button>
      <dvc-button type="button" variant="secondary" @click=${() => choose('declined')}
        >${t('dvc-form:identity.decline')}</dvc-button
      >
    </div>
  </section>`;
}

/** The form's prefill state for its schema, made on first need (a form without an identity never has one). */
function prefillOf(controller: FormController): PrefillState {
  if (controller.prefill instanceof PrefillState) return controller.prefill;
  const state = new PrefillState(controller.validation.root);
  controller.prefill = state;
  return state;
}

/** What identity prefill needs of `<dvc-form>`. */
export interface IdentityPrefillHost extends ReactiveControllerHost, HTMLElement {
  readonly schema?: unknown;
  readonly identityConsent: IdentityConsent;
}

/**
 * `<dvc-form>`'s identity prefill: which identity is used, whether the citizen was asked, and the
 * values it fills in (`x-prefill`). The citizen's choice is kept for the session per schema `$id`.
 */
export class IdentityPrefill {
  /** The host's properties whose change means the prefilled values are worked out again. */
  private static readonly inputs = ['schema', 'identity', 'providedIdentity', 'identityConsent', 'correctionHref'];
  /** The citizen chose since the last update. */
  private chosen = false;

  /** The citizen's choice for this form, once made. */
  private choice: IdentityConsent = 'ask';

  constructor(
    private readonly host: IdentityPrefillHost,
    /** The identity given: the form's property, else the provider's. */
    private readonly given: () => IdentityState | undefined,
    private readonly locale: LocaleController,
  ) {}

  /** The identity in use; one that fails the citizen model is not used (and reported once with `dvc-identity-error`). */
  get identity(): IdentityState | undefined {
    return usableIdentity(this.given(), this.locale, (detail) =>
      queueMicrotask(() => dispatchDvcEvent<IdentityErrorDetail>(this.host, 'dvc-identity-error', detail)),
    );
  }

  get consent(): IdentityConsent {
    return this.host.identityConsent !== 'ask' ? this.host.identityConsent : this.choice;
  }

  /** What `dvc-submit` carries: the value, where prefilled values came from, and the token when identity data was accepted. */
  submitDetail(controller: FormController): DvcFormSubmitDetail {
    const value = controller.value;
    const prefillToken = this.consent === 'accepted' ? this.identity?.prefillToken : undefined;
    return { value, provenance: controller.provenance(value), ...(prefillToken ? { prefillToken } : {}) };
  }

  /** Whether this update must work the prefilled values out again (an input changed, or the citizen chose). */
  inputsChanged(changed: ReadonlyMap<PropertyKey, unknown>): boolean {
    const chosen = this.chosen;
    this.chosen = false;
    return chosen || IdentityPrefill.inputs.some((name) => changed.has(name));
  }

  /** Identity data could fill some fields and the citizen has not said yet whether it may. */
  pending(controller: FormController | null): boolean {
    return this.consent === 'ask' && !!controller && prefillOf(controller).answerable(this.identity).length > 0;
  }

  /** A new schema: the choice kept for its `$id`, if any. */
  restore(): void {
    this.choice = storedConsent(consentStorageKey(this.host.schema), this.choice);
  }

  /** Fills (or clears) identity values according to the identity and the choice; `true` when the data changed. */
  apply(controller: FormController): boolean {
    const identity = this.consent === 'accepted' ? this.identity : undefined;
    const before = controller.data;
    controller.data = prefillOf(controller).apply(controller.data, identity, (data, pointer, value) =>
      setAt(data, pointer, value),
    );
    if (controller.data === before) return false;
    for (const pointer of controller.prefill.filled.keys()) controller.errors.delete(pointer);
    return true;
  }

  /** The disclosure's rules, in the form's shadow root from the first time it shows. */
  private adoptStyles(): void {
    const sheet = identityConsentStyles.styleSheet;
    if (sheet && this.host.shadowRoot) adoptSheetWhereRendered(this.host.shadowRoot, sheet);
  }

  choose(choice: Exclude<IdentityConsent, 'ask'>): void {
    this.choice = choice;
    storeConsent(consentStorageKey(this.host.schema), choice);
    dispatchDvcEvent<DvcIdentityConsentDetail>(this.host, 'dvc-identity-consent', { choice });
    this.chosen = true;
    this.host.requestUpdate();
  }

  /** The disclosure, for a form whose `pending` is true; once the citizen has chosen, focus goes to the first field. */
  render(controller: FormController): TemplateResult {
    const identity = this.identity!;
    this.adoptStyles();
    return identityConsentTemplate({
      language: this.locale.language,
      identity,
      answerable: prefillOf(controller).answerable(identity),
      label: (pointer, schema) => controller.model(schema, pointer, pointer.split('/').pop() ?? '').label,
      choose: (choice) => {
        this.choose(choice);
        void this.focusFirstField(controller);
      },
    });
  }

  private async focusFirstField(controller: FormController): Promise<void> {
    await this.host.updateComplete;
    const element = controller.renderedFields()[0]?.element;
    const first = element ? (focusTarget(element) as HTMLElement & { updateComplete?: Promise<unknown> }) : undefined;
    await first?.updateComplete;
    first?.focus();
  }
}
