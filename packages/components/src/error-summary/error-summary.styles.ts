import { css } from 'lit';
import { baseStyles, focusRing, token, combineStyles } from '@dvc/core';

export const errorSummaryStyles = combineStyles(
  baseStyles,
  css`
    :host {
      display: block;
      margin-block-end: ${token('space-6')};
    }
    .error-summary {
      padding: ${token('space-4')};
      border: ${token('border-width-error')} solid ${token('color-error')};
      background: ${token('color-background')};
    }
    .error-summary:focus {
      ${focusRing}
    }
    .heading {
      margin: 0 0 ${token('space-4')};
      font-size: ${token('font-size-heading-m')};
      font-weight: ${token('font-weight-bold')};
      line-height: ${token('line-height-heading')};
    }
    .description ::slotted(*) {
      margin-block: 0 ${token('space-4')};
    }
    .list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .list li + li {
      margin-block-start: ${token('space-2')};
    }
    .link {
      font-weight: ${token('font-weight-bold')};
      color: ${token('color-error')};
      text-decoration: underline;
      text-decoration-thickness: max(1px, 0.0625rem);
      text-underline-offset: 0.15em;
    }
    .link:hover {
      text-decoration-thickness: max(3px, 0.1875rem);
    }
    .link:focus-visible {
      outline: ${token('focus-width')} solid transparent;
      color: ${token('color-on-focus')};
      background: ${token('color-focus')};
      box-shadow:
        0 -2px ${token('color-focus')},
        0 4px ${token('color-focus-inner')};
      text-decoration: none;
    }
    @media (forced-colors: active) {
      .error-summary {
        border-color: CanvasText;
      }
      .error-summary:focus,
      .link:focus-visible {
        outline: ${token('focus-width')} solid Highlight;
        outline-offset: 2px;
        box-shadow: none;
      }
      .link {
        color: LinkText;
      }
    }
  `,
);
