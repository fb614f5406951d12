import { DvcReceipt } from './receipt.js';

if (!customElements.get('dvc-receipt')) customElements.define('dvc-receipt', DvcReceipt);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-receipt': DvcReceipt;
  }
}
