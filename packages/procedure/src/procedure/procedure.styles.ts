import { css } from 'lit';
import { baseStyles, combineStyles, token } from '@dvc/core/styles.js';
import { largeTextStyles } from '../assisted/presentation.js';

export const procedureStyles = combineStyles(
  baseStyles,
  css`
    :host {
      display: block;
      max-inline-size: 48rem;
      color: ${token('color-text')};
    }
    h1 {
      margin: 0 0 ${token('space-5')};
      font-size: ${token('font-size-heading-l')};
      line-height: ${token('line-height-heading')};
    }
    h1:focus {
      outline: none;
    }
    h2 {
      margin: ${token('space-6')} 0 ${token('space-3')};
      font-size: ${token('font-size-heading-m')};
      line-height: ${token('line-height-heading')};
    }
    p {
      margin: 0 0 ${token('space-4')};
    }
    .lead {
      font-size: ${token('font-size-label')};
    }
    .note,
    .status {
      color: ${token('color-text-secondary')};
    }
    .list {
      margin: 0 0 ${token('space-4')};
      padding-inline-start: ${token('space-5')};
    }
    .list li {
      margin-block-end: ${token('space-2')};
    }
    a {
      color: ${token('color-link')};
    }
    a:visited {
      color: ${token('color-link-visited')};
    }
    a:focus-visible {
      outline: ${token('focus-width')} solid ${token('color-focus')};
      outline-offset: 0;
      box-shadow: inset 0 0 0 2px ${token('color-focus-inner')};
    }
    .back-link {
      display: inline-block;
      margin-block-end: ${token('space-4')};
    }
    .back-link::before {
      content: '‹ ';
    }
    .button-group {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-3')};
      margin-block-end: ${token('space-4')};
    }
    .document {
      margin-block-end: ${token('space-5')};
    }
    .panel {
      /* The reference below sizes itself to the panel's width (cqi), whatever the page around it. */
      container-type: inline-size;
      margin-block-end: ${token('space-5')};
      padding: ${token('space-5')};
      text-align: center;
      color: ${token('color-background')};
      background: ${token('color-success')};
    }
    .panel p {
      margin: 0;
    }
    /* The reference is read out and copied as one piece: on a narrow panel (320 px screen, the
       portal's margins around it) it gets smaller to stay on one line, sized to the panel, not the
       window (1.4.10); a font wider than expected may break it after a hyphen, never inside a
       group and never past the edge. */
    .reference {
      font-size: min(${token('font-size-heading-l')}, 5.2cqi);
      font-weight: ${token('font-weight-bold')};
      letter-spacing: 0.05em;
      overflow-wrap: normal;
    }
    .qr {
      inline-size: 12rem;
      margin-block-end: ${token('space-4')};
      background: #fff;
    }
    .error-text {
      font-weight: ${token('font-weight-bold')};
      color: ${token('color-error')};
    }
    .definition-error {
      padding: ${token('space-4')};
      border: ${token('border-width-error')} solid ${token('color-error')};
    }
    [hidden] {
      display: none !important;
    }
    @media print {
      .no-print,
      .back-link,
      dvc-button {
        display: none !important;
      }
      .panel {
        color: #000;
        background: none;
        border: 3px solid #000;
      }
    }
    @media (forced-colors: active) {
      .panel {
        border: 3px solid CanvasText;
      }
    }
  `,
  // `large-text` (set from the assisted banner's switch) scales every font-size token inside.
  largeTextStyles,
);
