import { css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { dispatchDvcEvent } from '@dvc/core/events.js';
import { LocaleController } from '@dvc/core/locale-controller.js';
import { loadedIdentityChecks, mapClaimsLazily, validateCitizenLazily } from '../lazy-checks.js';
import { identityContext, type IdentityState } from '../identity-context.js';
import { describeIdentityProblem, registerIdentityStrings } from '../locales/index.js';
import type { IdentityProblem, IdentityResult } from '../problems.js';

/** Detail of `dvc-identity-error`. */
export interface IdentityErrorDetail {
  /** The `source` attribute for claims, or `citizen` when the `citizen` property was given. */
  readonly source: string;
  readonly problems: IdentityProblem[];
  /** The problems as sentences in the language of the element's place in the page. */
  readonly messages: string[];
}

/**
 * Maps identity claims (or takes a citizen) and provides them to every form inside it, through
 * `@lit/context` (`identityContext`). Bad input provides nothing: the forms stay empty and
 * editable, and `dvc-identity-error` says why.
 *
 * @summary Provides a signed-in citizen's identity to the forms inside it.
 * @slot - The forms (and anything else) that may use the identity.
 * @event dvc-identity-error - The claims or citizen could not be used; detail `{ source, problems, messages }`.
 */
export class DvcIdentityProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** A payload from `source`: VNeID user info, the national portal's profile, or the chip ID card's QR text. */
  @property({ attribute: false }) claims: unknown;
  /** Which adapter maps `claims`: `vneid`, `portal-profile` or `cccd-qr`. */
  @property() source = '';
  /** A citizen already in the kit's model (validated too); wins over `claims`. */
  @property({ attribute: false }) citizen: unknown;
  /** Opaque token the host received with the claims, passed through to submissions. */
  @property({ attribute: 'prefill-token' }) prefillToken?: string;
  /** Where the citizen can get wrong data corrected at source. */
  @property({ attribute: 'correction-url' }) correctionUrl?: string;

  /** The identity given to the forms inside; `undefined` when there is none or it was not usable. */
  @provide({ context: identityContext }) identity: IdentityState | undefined;

  private readonly locale = new LocaleController(this);
  private pendingError: { source: string; problems: IdentityProblem[] } | undefined;
  /** The mapping under way while the checks' module loads (`lazy-checks.ts`); `updateComplete` waits for it. */
  private mapping: Promise<void> | undefined;

  override connectedCallback(): void {
    registerIdentityStrings();
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputChanged = changed.has('claims') || changed.has('source') || changed.has('citizen');
    if (!inputChanged && !changed.has('prefillToken') && !changed.has('correctionUrl')) return;
    const result = this.mapInput();
    if (result instanceof Promise) {
      // The checks (with zod) load on first need; the identity is provided when they have run.
      const mapping: Promise<void> = result.then((mapped) => {
        if (this.mapping !== mapping) return;
        this.mapping = undefined;
        this.provide(mapped, true);
        this.requestUpdate();
      });
      this.mapping = mapping;
      this.identity = undefined;
      return;
    }
    this.mapping = undefined;
    this.provide(result, inputChanged);
  }

  private provide(result: IdentityResult | undefined, inputChanged: boolean): void {
    if (result && !result.ok && inputChanged)
      this.pendingError = { source: this.citizen !== undefined ? 'citizen' : this.source, problems: result.problems };
    this.identity = result?.ok
      ? {
          citizen: result.citizen,
          ...(this.prefillToken ? { prefillToken: this.prefillToken } : {}),
          ...(this.correctionUrl ? { correctionUrl: this.correctionUrl } : {}),
        }
      : undefined;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.mapping) {
      await this.mapping;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(): void {
    const error = this.pendingError;
    if (!error) return;
    this.pendingError = undefined;
    // The messages are in the page's language: if that is still loading (ADR 0020), once it is there.
    this.locale.whenReady(() => {
      const messages = error.problems.map((problem) => describeIdentityProblem(problem, this.locale.language));
      dispatchDvcEvent<IdentityErrorDetail>(this, 'dvc-identity-error', { ...error, messages });
    });
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }

  /**
   * The citizen from `citizen` or `claims`, or `undefined` when neither is set: at once when the
   * checks have loaded, else a promise of it.
   */
  private mapInput(): IdentityResult | Promise<IdentityResult> | undefined {
    const checks = loadedIdentityChecks();
    if (this.citizen !== undefined && this.citizen !== null)
      return checks ? checks.validateCitizen(this.citizen) : validateCitizenLazily(this.citizen);
    if (this.claims === undefined || this.claims === null) return undefined;
    return checks ? checks.mapClaims(this.source, this.claims) : mapClaimsLazily(this.source, this.claims);
  }
}

declare global {
  interface HTMLElementEventMap {
    'dvc-identity-error': CustomEvent<IdentityErrorDetail>;
  }
}
