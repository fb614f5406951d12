import { DvcNotificationBanner } from './notification-banner.js';

if (!customElements.get('dvc-notification-banner'))
  customElements.define('dvc-notification-banner', DvcNotificationBanner);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-notification-banner': DvcNotificationBanner;
  }
}
