import { css } from 'lit';
import { baseStyles, fieldStyles, inputStyles, token, combineStyles } from '@dvc/core';

export const dateInputStyles = combineStyles(
  baseStyles,
  fieldStyles,
  inputStyles,
  css`
    .date-input {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-2')} ${token('space-4')};
    }
    .item {
      display: flex;
      flex-direction: column;
    }
    .item-label {
      display: block;
      margin-block-end: ${token('space-1')};
    }
    /* GOV.UK widths: room for 2 and 4 digits plus padding, whatever the font size. */
    .input--width-2 {
      inline-size: 5.4ex;
    }
    .input--width-4 {
      inline-size: 9ex;
    }
  `,
);
