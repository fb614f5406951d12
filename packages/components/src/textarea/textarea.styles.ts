import { css } from 'lit';
import { baseStyles, fieldStyles, inputStyles, token, combineStyles } from '@dvc/core/styles.js';

/** What a textarea adds to the shared field and input styles (also in `<dvc-form>`'s sheet). */
export const textareaOwnStyles = css`
  .textarea {
    min-block-size: calc(${token('control-height')} * 2);
    resize: vertical;
  }
  .count {
    margin-block: ${token('space-1')} 0;
    color: ${token('color-text-secondary')};
  }
  .count--over {
    font-weight: ${token('font-weight-bold')};
    color: ${token('color-error')};
  }
  .textarea.textarea--over {
    border-color: ${token('color-error')};
  }
  @media (forced-colors: active) {
    .textarea.textarea--over {
      border-color: CanvasText;
      border-width: ${token('border-width-error')};
    }
  }
`;

export const textareaStyles = combineStyles(baseStyles, fieldStyles, inputStyles, textareaOwnStyles);
