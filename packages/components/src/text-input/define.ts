import { DvcTextInput } from './text-input.js';

if (!customElements.get('dvc-text-input')) customElements.define('dvc-text-input', DvcTextInput);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-text-input': DvcTextInput;
  }
}
