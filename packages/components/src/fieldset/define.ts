import { DvcFieldset } from './fieldset.js';

if (!customElements.get('dvc-fieldset')) customElements.define('dvc-fieldset', DvcFieldset);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-fieldset': DvcFieldset;
  }
}
