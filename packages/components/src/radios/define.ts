import { DvcRadios } from './radios.js';

if (!customElements.get('dvc-radios')) customElements.define('dvc-radios', DvcRadios);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-radios': DvcRadios;
  }
}
