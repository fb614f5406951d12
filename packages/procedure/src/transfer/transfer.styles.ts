import { css } from 'lit';
import { baseStyles, combineStyles, token } from '@dvc/core';
import { detailRowStyles } from '../detail-rows.styles.js';

export const transferStyles = combineStyles(
  baseStyles,
  detailRowStyles,
  css`
    :host {
      display: block;
      margin-block-end: ${token('space-5')};
    }
    h2 {
      margin-block: 0 ${token('space-3')};
      font-size: ${token('font-size-heading-m')};
    }
    /* Each value sits beside its copy button. */
    dl {
      margin: 0;
    }
    .row {
      align-items: center;
      row-gap: ${token('space-2')};
    }
    dd {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-2')} ${token('space-4')};
    }
    .value {
      flex: 1 1 auto;
      overflow-wrap: anywhere;
    }
  `,
);
