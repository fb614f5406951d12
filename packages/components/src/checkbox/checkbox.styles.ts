import { css } from 'lit';
import { baseStyles, choiceStyles, fieldStyles, combineStyles } from '@dvc/core/styles.js';

/** What a single checkbox adds to the shared choice styles (also in `<dvc-form>`'s sheet). */
export const checkboxOwnStyles = css`
  .item > .hint {
    margin-block-end: 0;
  }
`;

export const checkboxStyles = combineStyles(baseStyles, fieldStyles, choiceStyles, checkboxOwnStyles);
