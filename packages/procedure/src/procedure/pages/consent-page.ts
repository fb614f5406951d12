import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { DvcIdentityConsentDetail } from '@dvc/form';
import type { IdentityState } from '@dvc/identity';
import { JourneyPageElement } from './page-element.js';

export interface DvcConsentDetail {
  readonly choice: 'accepted' | 'declined';
}

/**
 * The consent page: whether identity data may fill the form. It is `<dvc-form>`'s own consent
 * disclosure (the fields identity data answers, which are locked, accept or type everything),
 * shown by a form that only asks: the answers live in the journey's one form.
 *
 * @summary Identity consent page of a procedure.
 * @event dvc-consent - The citizen chose; detail `{ choice }`.
 */
export class DvcConsentPage extends JourneyPageElement {
  /** The answers' schema (the journey's). */
  @property({ attribute: false }) schema?: Record<string, unknown>;
  @property({ attribute: false }) identity?: IdentityState;

  protected override render(): TemplateResult | typeof nothing {
    if (!this.schema || !this.identity) return nothing;
    // Without `$id` the form keeps no choice of its own in the session: this page always asks.
    const { $id: _id, ...schema } = this.schema;
    return html`<dvc-form
      class="consent-form"
      .schema=${schema}
      .identity=${this.identity}
      identity-consent="ask"
      @dvc-identity-consent=${this.choose}
    ></dvc-form>`;
  }

  private readonly choose = (event: CustomEvent<DvcIdentityConsentDetail>): void => {
    event.stopPropagation();
    this.fire<DvcConsentDetail>('dvc-consent', { choice: event.detail.choice });
  };
}
