import { css } from 'lit';
import { baseStyles, choiceStyles, fieldStyles, token, combineStyles } from '@dvc/core/styles.js';

/** What a group of checkboxes adds to the shared choice styles (also in `<dvc-form>`'s sheet). */
export const checkboxesOwnStyles = css`
  .divider {
    inline-size: 44px;
    margin-block-end: ${token('space-2')};
    text-align: center;
  }
`;

export const checkboxesStyles = combineStyles(baseStyles, fieldStyles, choiceStyles, checkboxesOwnStyles);
