import { DvcCheckbox } from './checkbox.js';

if (!customElements.get('dvc-checkbox')) customElements.define('dvc-checkbox', DvcCheckbox);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-checkbox': DvcCheckbox;
  }
}
