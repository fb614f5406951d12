import { DvcButton } from './button.js';

if (!customElements.get('dvc-button')) customElements.define('dvc-button', DvcButton);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-button': DvcButton;
  }
}
