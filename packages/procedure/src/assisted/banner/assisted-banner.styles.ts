import { css } from 'lit';
import { baseStyles, combineStyles, token } from '@dvc/core';
import { largeTextStyles } from '../presentation.js';

export const bannerStyles = combineStyles(
  baseStyles,
  // Standalone (a story, a host page) the banner scales itself; inside a large-text coordinator it inherits.
  largeTextStyles,
  css`
    :host {
      display: block;
      margin-block-end: ${token('space-5')};
    }
    section {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: ${token('space-2')} ${token('space-5')};
      padding: ${token('space-3')} ${token('space-4')};
      background: var(--dvc-assisted-banner-background, ${token('color-surface')});
      border-inline-start: 6px solid var(--dvc-assisted-banner-border, ${token('color-brand')});
    }
    .who {
      margin: 0;
      font-weight: ${token('font-weight-bold')};
    }
    .switches {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-2')} ${token('space-4')};
    }
    .switch {
      display: inline-flex;
      align-items: center;
      gap: ${token('space-2')};
      min-block-size: 44px;
      cursor: pointer;
    }
    input {
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      accent-color: ${token('color-text')};
    }
    input:focus-visible {
      outline: 3px solid ${token('color-focus')};
      outline-offset: 2px;
    }
  `,
);
