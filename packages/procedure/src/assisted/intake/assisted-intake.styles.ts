import { css } from 'lit';
import { baseStyles, combineStyles, token } from '@dvc/core';

export const intakeStyles = combineStyles(
  baseStyles,
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
    dl {
      margin: 0 0 ${token('space-3')};
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-1')} ${token('space-4')};
      padding-block: ${token('space-2')};
      border-block-end: 1px solid ${token('color-border')};
    }
    dt {
      font-weight: ${token('font-weight-bold')};
      min-inline-size: 12rem;
    }
    dd {
      margin: 0;
      flex: 1 1 12rem;
      overflow-wrap: anywhere;
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
