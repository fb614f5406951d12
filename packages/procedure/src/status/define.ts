import { DvcStatus } from './status.js';

if (!customElements.get('dvc-status')) customElements.define('dvc-status', DvcStatus);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-status': DvcStatus;
  }
}
