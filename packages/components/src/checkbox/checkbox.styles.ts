import { css } from 'lit';
import { baseStyles, choiceStyles, fieldStyles } from '@dvc/core';

export const checkboxStyles = [
  baseStyles,
  fieldStyles,
  choiceStyles,
  css`
    .item > .hint {
      margin-block-end: 0;
    }
  `,
];
