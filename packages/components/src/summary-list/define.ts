import { DvcSummaryList } from './summary-list.js';

if (!customElements.get('dvc-summary-list')) customElements.define('dvc-summary-list', DvcSummaryList);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-summary-list': DvcSummaryList;
  }
}
