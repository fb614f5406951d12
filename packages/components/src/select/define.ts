import { DvcSelect } from './select.js';

if (!customElements.get('dvc-select')) customElements.define('dvc-select', DvcSelect);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-select': DvcSelect;
  }
}
