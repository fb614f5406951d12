import { css } from 'lit';
import { baseStyles, combineStyles, token } from '@dvc/core';

export const signPageStyles = combineStyles(
  baseStyles,
  css`
    :host {
      display: block;
      margin-block-end: ${token('space-5')};
    }
    h2 {
      margin-block: 0 ${token('space-4')};
    }
    h2:focus {
      outline: none;
    }
    h3 {
      margin-block: 0 ${token('space-3')};
    }
    section {
      border: 1px solid ${token('color-border')};
      padding: ${token('space-4')};
      margin-block-end: ${token('space-5')};
    }
    dl {
      margin: 0 0 ${token('space-4')};
    }
    .row {
      display: grid;
      grid-template-columns: minmax(10rem, 1fr) 2fr;
      gap: ${token('space-3')};
      padding-block: ${token('space-2')};
      border-block-end: 1px solid ${token('color-border')};
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    dd ul {
      margin: 0;
      padding-inline-start: ${token('space-4')};
    }
    pre {
      margin: 0;
      padding: ${token('space-3')};
      background: ${token('color-surface')};
      white-space: pre-wrap;
      word-break: break-all;
      font-size: 0.875em;
    }
    pre:focus-visible {
      outline: 3px solid ${token('color-focus')};
    }
    summary {
      cursor: pointer;
      color: ${token('color-link')};
      margin-block-end: ${token('space-2')};
    }
    .countdown {
      font-size: 1.5em;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .error {
      border-inline-start: 5px solid ${token('color-error')};
      padding-inline-start: ${token('space-3')};
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-3')};
    }
    @media (max-width: 40rem) {
      .row {
        grid-template-columns: 1fr;
        gap: ${token('space-1')};
      }
    }
  `,
);
