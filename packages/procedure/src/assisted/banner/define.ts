import { DvcAssistedBanner } from './assisted-banner.js';

if (!customElements.get('dvc-assisted-banner')) customElements.define('dvc-assisted-banner', DvcAssistedBanner);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-assisted-banner': DvcAssistedBanner;
  }
}
