import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { SubmissionReceipt } from '../../adapters/types.js';
import { localize } from '../definition.js';
import { JourneyPageElement } from './page-element.js';

/**
 * The confirmation: the reference, the printable receipt (`<dvc-receipt>`: its QR code links to
 * the status page; in assisted filing it names the officer), what happens next, track, feedback.
 *
 * @summary Confirmation page of a procedure.
 * @event dvc-status-open - "Theo dõi tình trạng hồ sơ" pressed.
 * @event dvc-feedback-open - The feedback link followed.
 */
export class DvcConfirmationPage extends JourneyPageElement {
  @property({ attribute: false }) receipt?: SubmissionReceipt;
  /** The application's status page, absolute (the receipt's QR code and link). */
  @property({ attribute: 'status-href' }) statusHref = '';
  /** The officer who filed it with the citizen (assisted filing). */
  @property({ attribute: 'assisted-by' }) assistedBy = '';

  protected override render(): TemplateResult | typeof nothing {
    const definition = this.definition;
    const receipt = this.receipt;
    if (!definition || !receipt) return nothing;
    const language = this.language;
    return html`
      <div class="panel" part="panel">
        <p>${this.t('confirmation.reference')}</p>
        <p class="reference" part="reference">${receipt.reference}</p>
      </div>
      <dvc-receipt
        .receipt=${receipt}
        procedure-title=${localize(definition.title, language)}
        status-href=${this.statusHref}
        assisted-by=${this.assistedBy}
      ></dvc-receipt>
      <h2>${this.t('confirmation.next')}</h2>
      <p>
        ${this.t('confirmation.nextBody', {
          agency: localize(definition.agency.name, language),
          time: localize(definition.processingTime.text, language),
          result: localize(definition.result.title, language),
          delivery: definition.result.delivery.map((delivery) => this.t(`delivery.${delivery}`)).join(', '),
        })}
      </p>
      <div class="button-group no-print">
        <dvc-button type="button" @click=${() => this.fire('dvc-status-open', {})}
          >${this.t('confirmation.track')}</dvc-button
        >
      </div>
      <p class="no-print">
        <a
          href="#"
          @click=${(event: Event) => {
            event.preventDefault();
            this.fire('dvc-feedback-open', {});
          }}
          >${this.t('confirmation.feedback')}</a
        >
      </p>
    `;
  }
}
