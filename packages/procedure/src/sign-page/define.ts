import '@dvc/components/button/define.js';
import { DvcSignPage } from './sign-page.js';

if (!customElements.get('dvc-sign-page')) customElements.define('dvc-sign-page', DvcSignPage);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-sign-page': DvcSignPage;
  }
}
