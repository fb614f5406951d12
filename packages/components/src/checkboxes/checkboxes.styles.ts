import { css } from 'lit';
import { baseStyles, choiceStyles, fieldStyles, token, combineStyles } from '@dvc/core';

export const checkboxesStyles = combineStyles(
  baseStyles,
  fieldStyles,
  choiceStyles,
  css`
    .divider {
      inline-size: 44px;
      margin-block-end: ${token('space-2')};
      text-align: center;
    }
  `,
);
