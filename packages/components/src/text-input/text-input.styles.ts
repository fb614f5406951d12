import { css } from 'lit';
import { baseStyles, fieldStyles, inputStyles, token, combineStyles } from '@dvc/core/styles.js';

/** What a text input adds to the shared field and input styles (also in `<dvc-form>`'s sheet). */
export const textInputOwnStyles = css`
  .input--width-2 {
    max-inline-size: 5.4ex;
  }
  .input--width-4 {
    max-inline-size: 9ex;
  }
  .input--width-10 {
    max-inline-size: 23ex;
  }
  .input--width-20 {
    max-inline-size: 41ex;
  }
  .input-wrapper {
    display: flex;
    align-items: stretch;
  }
  .affix {
    display: flex;
    align-items: center;
    padding-inline: ${token('space-2')};
    background: ${token('color-surface')};
    border: ${token('border-width')} solid ${token('color-border-input')};
    font-weight: ${token('font-weight-bold')};
    white-space: nowrap;
  }
  .affix--prefix {
    border-inline-end: 0;
  }
  .affix--suffix {
    border-inline-start: 0;
  }
`;

export const textInputStyles = combineStyles(baseStyles, fieldStyles, inputStyles, textInputOwnStyles);
