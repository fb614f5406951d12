import { css } from 'lit';
import { baseStyles, choiceStyles, fieldStyles, token, combineStyles } from '@dvc/core';

export const radiosStyles = combineStyles(
  baseStyles,
  fieldStyles,
  choiceStyles,
  css`
    .items--inline .item {
      margin-block-end: 0;
      margin-inline-end: ${token('space-2')};
    }
  `,
);
