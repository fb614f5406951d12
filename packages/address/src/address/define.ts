import { DvcAddress } from './address.js';

if (!customElements.get('dvc-address')) customElements.define('dvc-address', DvcAddress);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-address': DvcAddress;
  }
}
