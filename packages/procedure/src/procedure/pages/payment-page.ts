import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { translate } from '@dvc/core';
import { summarizeFees, type FeeSummary } from '../../payment/fee-lines.js';
import { qrLibraries } from '../../payment/lazy-modules.js';
import { qrCodeTemplate } from '../../payment/qr-template.js';
import type { Payment, VietQrTransfer } from '../../adapters/types.js';
import { feeText } from './fee-text.js';
import { JourneyPageElement } from './page-element.js';

export interface DvcPaymentSimulateDetail {
  readonly outcome: 'paid' | 'failed';
}

/**
 * The payment page: the fee, then the VietQR code and transfer details while the payment is
 * pending, its outcome, and Continue (or Submit) once paid.
 *
 * @summary Payment page of a procedure.
 * @event dvc-payment-start - Pay (or pay again) pressed.
 * @event dvc-payment-simulate - The demo's simulated outcome; detail `{ outcome }`.
 * @event dvc-continue - Continue (or Submit) pressed once paid.
 */
export class DvcPaymentPage extends JourneyPageElement {
  @property({ attribute: false }) fees: FeeSummary = summarizeFees([]);
  @property({ attribute: false }) payment?: Payment;
  /** A problem or the polling state, said in the page. */
  @property() message = '';
  /** The payment adapter can simulate an outcome (demo server). */
  @property({ type: Boolean }) simulated = false;
  /** Text of the button once paid ("Tiếp tục", or "Gửi hồ sơ" when paying is the last step). */
  @property({ attribute: 'continue-label' }) continueLabel = '';
  /** Submitting: the button waits. */
  @property({ type: Boolean }) busy = false;

  protected override render(): TemplateResult {
    const fees = this.fees;
    const payment = this.payment;
    const amount = fees.formattedTotal;
    const t = (key: string, options?: Record<string, unknown>): string => this.t(key, options);
    return html`
      <p>${this.t('payment.intro')}</p>
      <dvc-summary-list
        .rows=${[{ key: this.t('start.cost'), value: feeText(fees, this.language, t) }]}
      ></dvc-summary-list>
      ${
        payment?.status === 'paid'
          ? html`<dvc-notification-banner
                type="success"
                heading=${this.t('payment.paid', { amount })}
                disable-auto-focus
              ></dvc-notification-banner>
              ${this.message ? html`<p class="error-text" role="alert">${this.message}</p>` : nothing}
              <div class="status" role="status">${this.busy ? this.t('review.submitting') : ''}</div>
              <dvc-button type="button" ?disabled=${this.busy} @click=${() => this.fire('dvc-continue', {})}
                >${this.continueLabel || this.t('continue')}</dvc-button
              >`
          : payment?.status === 'pending'
            ? this.renderPending(payment, amount)
            : html`${this.message ? html`<p class="error-text payment-problem" role="alert" tabindex="-1">${this.message}</p>` : nothing}
                <dvc-button type="button" @click=${() => this.fire('dvc-payment-start', {})}
                  >${payment?.status === 'failed' ? this.t('payment.retry') : this.t('payment.start', { amount })}</dvc-button
                >`
      }
    `;
  }

  /** The VietQR code, once its chunk (uqr, vietnam-qr-pay) has loaded; the transfer details below it show meanwhile. */
  private qrCode(transfer: VietQrTransfer, label: string): TemplateResult | typeof nothing {
    const libraries = this.lazyModules.get(qrLibraries);
    return libraries ? qrCodeTemplate(libraries.qrMatrix(libraries.vietQrText(transfer)), label) : nothing;
  }

  private renderPending(payment: Payment, amount: string): TemplateResult {
    const qrLabel = translate(this.language, 'dvc-procedure:payment.qrLabel', { amount });
    const simulate = (outcome: 'paid' | 'failed') => () =>
      this.fire<DvcPaymentSimulateDetail>('dvc-payment-simulate', { outcome });
    return html`
      <p>${this.t('payment.scan', { amount })}</p>
      ${
        payment.vietQr
          ? html`<div class="qr">${this.qrCode(payment.vietQr, qrLabel)}</div>
              <dvc-payment-transfer .transfer=${payment.vietQr}></dvc-payment-transfer>`
          : nothing
      }
      ${payment.redirectUrl ? html`<p><a href=${payment.redirectUrl}>${this.t('payment.redirect')}</a></p>` : nothing}
      <p class="status" role="status">${this.message || this.t('payment.pending')}</p>
      ${
        this.simulated
          ? html`<div class="button-group">
              <dvc-button type="button" @click=${simulate('paid')}>${this.t('payment.simulatePaid')}</dvc-button>
              <dvc-button type="button" variant="secondary" @click=${simulate('failed')}
                >${this.t('payment.simulateFailed')}</dvc-button
              >
            </div>`
          : nothing
      }
    `;
  }
}
