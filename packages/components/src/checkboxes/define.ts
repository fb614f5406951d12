import { DvcCheckboxes } from './checkboxes.js';

if (!customElements.get('dvc-checkboxes')) customElements.define('dvc-checkboxes', DvcCheckboxes);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-checkboxes': DvcCheckboxes;
  }
}
