import { css } from 'lit';
import { baseStyles, fieldStyles, inputStyles, token, combineStyles } from '@dvc/core/styles.js';

/**
 * What the date adds to the shared field and input styles (also in `<dvc-form>`'s sheet). Its own
 * class names: `.item` and `.item-label` draw radio and checkbox targets in a shared sheet.
 */
export const dateInputOwnStyles = css`
  .date-input {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')} ${token('space-4')};
  }
  .date-item {
    display: flex;
    flex-direction: column;
  }
  .date-item-label {
    display: block;
    margin-block-end: ${token('space-1')};
  }
  /* GOV.UK widths: room for 2 and 4 digits plus padding, whatever the font size. */
  .date-box--2 {
    inline-size: 5.4ex;
  }
  .date-box--4 {
    inline-size: 9ex;
  }
`;

export const dateInputStyles = combineStyles(baseStyles, fieldStyles, inputStyles, dateInputOwnStyles);
