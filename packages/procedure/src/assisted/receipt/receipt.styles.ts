import { css } from 'lit';
import { baseStyles, combineStyles, token } from '@dvc/core';
import { detailRowStyles } from '../../detail-rows.styles.js';

export const receiptStyles = combineStyles(
  baseStyles,
  detailRowStyles,
  css`
    :host {
      display: block;
      margin-block-end: ${token('space-5')};
    }
    article {
      padding: ${token('space-4')};
      border: 2px solid ${token('color-border-input')};
      max-inline-size: 40rem;
    }
    h2 {
      margin-block: 0 ${token('space-3')};
      font-size: ${token('font-size-heading-m')};
    }
    /* The printed receipt is narrower: labels take less room and values do not stretch. */
    dt {
      min-inline-size: 10rem;
    }
    dd {
      flex: initial;
    }
    figure {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-3')};
      margin: ${token('space-3')} 0;
    }
    svg {
      inline-size: var(--dvc-receipt-qr-size, 10rem);
      block-size: var(--dvc-receipt-qr-size, 10rem);
    }
    figcaption {
      flex: 1 1 12rem;
    }
    a {
      color: ${token('color-link')};
    }
    .print {
      font: inherit;
      font-weight: ${token('font-weight-bold')};
      min-block-size: 44px;
      padding: ${token('space-2')} ${token('space-4')};
      color: ${token('color-on-button-secondary')};
      background: ${token('color-button-secondary')};
      border: 2px solid ${token('color-border-input')};
      cursor: pointer;
    }
    .print:focus-visible {
      outline: 3px solid ${token('color-focus')};
      outline-offset: 2px;
    }
    @media print {
      :host {
        color: #000;
      }
      article {
        border: 1px solid #000;
        max-inline-size: none;
      }
      .print {
        display: none;
      }
      a::after {
        content: ' (' attr(href) ')';
        overflow-wrap: anywhere;
      }
      svg {
        inline-size: var(--dvc-receipt-qr-size, 4cm);
        block-size: var(--dvc-receipt-qr-size, 4cm);
      }
    }
  `,
);
