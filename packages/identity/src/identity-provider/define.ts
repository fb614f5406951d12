import { DvcIdentityProvider } from './identity-provider.js';

if (!customElements.get('dvc-identity-provider')) customElements.define('dvc-identity-provider', DvcIdentityProvider);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-identity-provider': DvcIdentityProvider;
  }
}
