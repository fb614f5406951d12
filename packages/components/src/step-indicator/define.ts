import { DvcStepIndicator } from './step-indicator.js';

if (!customElements.get('dvc-step-indicator')) customElements.define('dvc-step-indicator', DvcStepIndicator);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-step-indicator': DvcStepIndicator;
  }
}
