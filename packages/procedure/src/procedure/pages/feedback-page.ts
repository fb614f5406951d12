import { html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { JourneyPageElement } from './page-element.js';

export interface DvcFeedbackSendDetail {
  readonly satisfaction: string;
  readonly comment: string;
}

/**
 * Feedback on the service: how satisfied, and a comment; thanks once sent.
 *
 * @summary Feedback page of a procedure.
 * @event dvc-feedback-send - Sent; detail `{ satisfaction, comment }`.
 */
export class DvcFeedbackPage extends JourneyPageElement {
  @state() private sent = false;

  protected override render(): TemplateResult {
    // Focusable so it can take focus from the send button it replaces (never left on the body).
    if (this.sent) return html`<p class="thanks" role="status" tabindex="-1">${this.t('feedback.thanks')}</p>`;
    const options = ['verySatisfied', 'satisfied', 'neutral', 'dissatisfied'].map((value) => ({
      value,
      label: this.t(`feedback.${value}`),
    }));
    return html`
      <dvc-radios class="satisfaction" label=${this.t('feedback.satisfaction')} .options=${options}></dvc-radios>
      <dvc-textarea
        class="comment"
        label=${this.t('feedback.comment')}
        hint=${this.t('feedback.commentHint')}
        maxlength="1200"
      ></dvc-textarea>
      <dvc-button type="button" @click=${this.send}>${this.t('feedback.send')}</dvc-button>
    `;
  }

  private readonly send = (): void => {
    const value = (selector: string): string =>
      this.querySelector<HTMLElement & { value: string }>(selector)?.value ?? '';
    this.fire<DvcFeedbackSendDetail>('dvc-feedback-send', {
      satisfaction: value('dvc-radios.satisfaction'),
      comment: value('dvc-textarea.comment'),
    });
    this.sent = true;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('.thanks')?.focus());
  };
}
