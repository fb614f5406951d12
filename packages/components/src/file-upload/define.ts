import { DvcFileUpload } from './file-upload.js';

if (!customElements.get('dvc-file-upload')) customElements.define('dvc-file-upload', DvcFileUpload);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-file-upload': DvcFileUpload;
  }
}
