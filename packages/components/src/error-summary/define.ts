import { DvcErrorSummary } from './error-summary.js';

if (!customElements.get('dvc-error-summary')) customElements.define('dvc-error-summary', DvcErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-error-summary': DvcErrorSummary;
  }
}
