import { css } from 'lit';
import { baseStyles, combineStyles, token } from '@dvc/core';

export const transferStyles = combineStyles(
  baseStyles,
  css`
    :host {
      display: block;
      margin-block-end: ${token('space-5')};
    }
    h2 {
      margin-block: 0 ${token('space-3')};
      font-size: ${token('font-size-heading-m')};
    }
    dl {
      margin: 0;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-2')} ${token('space-4')};
      padding-block: ${token('space-2')};
      border-block-end: 1px solid ${token('color-border')};
    }
    dt {
      font-weight: ${token('font-weight-bold')};
      min-inline-size: 12rem;
    }
    dd {
      margin: 0;
      flex: 1 1 12rem;
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
