import { DvcPaymentTransfer } from './transfer.js';

if (!customElements.get('dvc-payment-transfer')) customElements.define('dvc-payment-transfer', DvcPaymentTransfer);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-payment-transfer': DvcPaymentTransfer;
  }
}
