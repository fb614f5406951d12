import { css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { dispatchDvcEvent, LocaleController } from '@dvc/core';
import { mapClaims } from '../adapters/index.js';
import { validateCitizen } from '../adapters/shared.js';
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

  override connectedCallback(): void {
    registerIdentityStrings();
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputChanged = changed.has('claims') || changed.has('source') || changed.has('citizen');
    if (!inputChanged && !changed.has('prefillToken') && !changed.has('correctionUrl')) return;
    const result = this.mapInput();
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

  /** The citizen from `citizen` or `claims`, or `undefined` when neither is set. */
  private mapInput(): IdentityResult | undefined {
    if (this.citizen !== undefined && this.citizen !== null) return validateCitizen(this.citizen);
    if (this.claims === undefined || this.claims === null) return undefined;
    return mapClaims(this.source, this.claims);
  }
}

declare global {
  interface HTMLElementEventMap {
    'dvc-identity-error': CustomEvent<IdentityErrorDetail>;
  }
}
