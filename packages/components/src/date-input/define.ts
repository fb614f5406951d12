import { DvcDateInput } from './date-input.js';

if (!customElements.get('dvc-date-input')) customElements.define('dvc-date-input', DvcDateInput);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-date-input': DvcDateInput;
  }
}
