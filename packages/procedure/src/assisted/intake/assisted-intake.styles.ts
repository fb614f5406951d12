import { css } from 'lit';
import { baseStyles, combineStyles, token } from '@dvc/core';
import { detailRowStyles } from '../../detail-rows.styles.js';

export const intakeStyles = combineStyles(
  baseStyles,
  detailRowStyles,
  css`
    :host {
      display: block;
      margin-block-end: ${token('space-5')};
    }
    h2 {
      margin-block: 0 ${token('space-3')};
      font-size: ${token('font-size-heading-l')};
      line-height: ${token('line-height-heading')};
    }
    h3,
    h4 {
      margin-block: ${token('space-5')} ${token('space-2')};
      font-size: ${token('font-size-heading-s')};
    }
    h2:focus,
    h3:focus {
      outline: 3px solid ${token('color-focus')};
      outline-offset: 2px;
    }
    .camera {
      display: grid;
      gap: ${token('space-3')};
      margin-block-end: ${token('space-5')};
      max-inline-size: 30rem;
    }
    video {
      inline-size: 100%;
      border: 2px solid ${token('color-border-input')};
    }
    .notice,
    blockquote {
      margin: 0 0 ${token('space-4')};
      padding-inline-start: ${token('space-4')};
      border-inline-start: 5px solid var(--dvc-assisted-quote-border, ${token('color-border')});
    }
    blockquote {
      font-size: ${token('font-size-label')};
    }
    .problem {
      color: ${token('color-error')};
      font-weight: ${token('font-weight-bold')};
    }
    .done {
      color: ${token('color-success')};
      font-weight: ${token('font-weight-bold')};
    }
    .demo {
      padding: ${token('space-2')} ${token('space-3')};
      background: ${token('color-surface')};
      font-weight: ${token('font-weight-bold')};
    }
    dvc-button {
      display: inline-block;
      margin-block: ${token('space-2')} ${token('space-4')};
    }
  `,
);
