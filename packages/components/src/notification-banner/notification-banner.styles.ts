import { css } from 'lit';
import { baseStyles, focusRing, token, combineStyles } from '@dvc/core/styles.js';

export const notificationBannerStyles = combineStyles(
  baseStyles,
  css`
    :host {
      display: block;
      margin-block-end: ${token('space-6')};
    }
    .banner {
      --_dvc-banner-colour: ${token('color-info')};
      --_dvc-banner-on-colour: ${token('color-on-info')};
      border: 5px solid var(--_dvc-banner-colour);
      background: var(--_dvc-banner-colour);
    }
    .banner--success {
      --_dvc-banner-colour: ${token('color-success')};
      --_dvc-banner-on-colour: ${token('color-on-success')};
    }
    .banner:focus {
      ${focusRing}
    }
    .header {
      padding: ${token('space-1')} ${token('space-4')} ${token('space-1')};
      border-block-end: 1px solid transparent;
    }
    .title {
      margin: 0;
      font-size: ${token('font-size-body')};
      font-weight: ${token('font-weight-bold')};
      line-height: ${token('line-height-heading')};
      color: var(--_dvc-banner-on-colour);
    }
    .content {
      padding: ${token('space-4')};
      color: ${token('color-text')};
      background: ${token('color-background')};
    }
    .heading {
      margin: 0 0 ${token('space-3')};
      font-size: ${token('font-size-heading-s')};
      font-weight: ${token('font-weight-bold')};
      line-height: ${token('line-height-heading')};
    }
    .heading:last-child {
      margin-block-end: 0;
    }
    ::slotted(*) {
      margin-block: 0 ${token('space-3')};
    }
    ::slotted(:last-child) {
      margin-block-end: 0;
    }
    @media (forced-colors: active) {
      .banner {
        border-color: CanvasText;
      }
      .header {
        border-block-end-color: CanvasText;
      }
      .banner:focus {
        outline: ${token('focus-width')} solid Highlight;
        outline-offset: 2px;
        box-shadow: none;
      }
    }
  `,
);
