import { DvcTextarea } from './textarea.js';

if (!customElements.get('dvc-textarea')) customElements.define('dvc-textarea', DvcTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-textarea': DvcTextarea;
  }
}
