import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { SubmissionStatusReport } from '../../adapters/types.js';
import { bundleStatusTemplate } from '../services.js';
import { JourneyPageElement } from './page-element.js';

/**
 * The status of the application (`<dvc-status>`), per agency for a bundle, with Refresh.
 *
 * @summary Status page of a procedure.
 * @event dvc-status-refresh - Refresh pressed.
 * @event dvc-feedback-open - The feedback link followed.
 */
export class DvcStatusPage extends JourneyPageElement {
  @property({ attribute: false }) report?: SubmissionStatusReport;
  /** Why the status could not be loaded. */
  @property() problem = '';

  protected override render(): TemplateResult {
    return html`
      ${this.problem ? html`<p class="error-text" role="alert">${this.problem}</p>` : ''}
      <dvc-status .report=${this.report}></dvc-status>
      ${this.definition ? bundleStatusTemplate(this.definition, this.report, this.language, this.translateAny) : ''}
      <div class="button-group">
        <dvc-button type="button" variant="secondary" @click=${() => this.fire('dvc-status-refresh', {})}
          >${this.t('status.refresh')}</dvc-button
        >
      </div>
      <p>
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
