import { css } from 'lit';
import { baseStyles, fieldStyles, inputStyles, token, combineStyles } from '@dvc/core/styles.js';

/** What a select adds to the shared field and input styles (also in `<dvc-form>`'s sheet). */
export const selectOwnStyles = css`
  .select-wrapper {
    position: relative;
    display: inline-block;
    min-inline-size: 11.5em;
    max-inline-size: 100%;
  }
  .select {
    padding-inline-end: calc(${token('space-2')} * 2 + 0.75em);
    text-overflow: ellipsis;
    cursor: pointer;
  }
  /* The chevron: 'appearance: none' removes the native one. Drawn with borders so forced
     colours paint it in the text colour. */
  .select-wrapper::after {
    content: '';
    position: absolute;
    inset-block-start: 50%;
    inset-inline-end: calc(${token('space-2')} + 0.125em);
    inline-size: 0.5em;
    block-size: 0.5em;
    border-inline-end: 0.15em solid ${token('color-text')};
    border-block-end: 0.15em solid ${token('color-text')};
    transform: translateY(-70%) rotate(45deg);
    pointer-events: none;
  }
  .select[aria-readonly='true'] {
    background: ${token('color-surface')};
    border-style: dashed;
    cursor: default;
  }
  .select:disabled {
    cursor: not-allowed;
  }
  .select-wrapper:has(.select:disabled)::after {
    opacity: 0.6;
  }
  @media (forced-colors: active) {
    .select-wrapper::after {
      border-color: CanvasText;
    }
  }
`;

export const selectStyles = combineStyles(baseStyles, fieldStyles, inputStyles, selectOwnStyles);
