import { css } from 'lit';
import { baseStyles, fieldStyles, token, combineStyles } from '@dvc/core/styles.js';

/** The group's own rules, class-based so they also serve `<dvc-form>`'s shared sheet (ADR 0023). */
export const fieldsetOwnStyles = css`
  .fieldset {
    max-inline-size: ${token('measure')};
  }
  legend.legend {
    margin-block-end: ${token('space-3')};
    white-space: normal;
  }
  legend.legend--s {
    font-size: ${token('font-size-heading-s')};
  }
  legend.legend--m {
    font-size: ${token('font-size-heading-m')};
  }
  legend.legend--l {
    font-size: ${token('font-size-heading-l')};
  }
  legend .heading {
    margin: 0;
    font: inherit;
  }
`;

export const fieldsetStyles = combineStyles(
  baseStyles,
  fieldStyles,
  fieldsetOwnStyles,
  css`
    /* Slotted controls keep their own spacing; the last one does not add to the group's. */
    ::slotted(:last-child) {
      margin-block-end: 0;
    }
  `,
);
