import { css } from 'lit';
import { token } from '@dvc/core';

/**
 * The label–value rows (`<dl>` of `div.row`s) that the bank-transfer details, the assisted intake
 * and the assisted receipt show: one look for all three. A row wraps its value under its label on
 * narrow screens.
 */
export const detailRowStyles = css`
  dl {
    margin: 0 0 ${token('space-3')};
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')} ${token('space-4')};
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
    overflow-wrap: anywhere;
  }
`;
