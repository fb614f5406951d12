import { css } from 'lit';
import { baseStyles, choiceStyles, fieldStyles, combineStyles } from '@dvc/core';

export const checkboxStyles = combineStyles(
  baseStyles,
  fieldStyles,
  choiceStyles,
  css`
    .item > .hint {
      margin-block-end: 0;
    }
  `,
);
