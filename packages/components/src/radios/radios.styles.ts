import { css } from 'lit';
import { baseStyles, choiceStyles, fieldStyles, token, combineStyles } from '@dvc/core/styles.js';

/** What radios add to the shared choice styles (also in `<dvc-form>`'s sheet). */
export const radiosOwnStyles = css`
  .items--inline .item {
    margin-block-end: 0;
    margin-inline-end: ${token('space-2')};
  }
`;

export const radiosStyles = combineStyles(baseStyles, fieldStyles, choiceStyles, radiosOwnStyles);
