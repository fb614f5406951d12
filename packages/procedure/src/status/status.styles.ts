import { css } from 'lit';
import { baseStyles, combineStyles, token } from '@dvc/core';

export const statusStyles = combineStyles(
  baseStyles,
  css`
    :host {
      display: block;
      margin-block-end: ${token('space-5')};
    }
    ol {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      position: relative;
      padding-inline-start: ${token('space-6')};
      padding-block-end: ${token('space-4')};
      border-inline-start: 3px solid ${token('color-border')};
      margin-inline-start: ${token('space-2')};
    }
    li:last-child {
      border-inline-start-color: transparent;
    }
    li::before {
      content: '';
      position: absolute;
      inset-inline-start: calc(-1 * ${token('space-2')} - 1.5px);
      inset-block-start: 0.2em;
      inline-size: ${token('space-4')};
      block-size: ${token('space-4')};
      border-radius: 50%;
      background: ${token('color-background')};
      border: 3px solid ${token('color-text')};
      box-sizing: border-box;
    }
    li.current::before {
      background: ${token('color-text')};
    }
    .title {
      margin: 0;
      font-weight: ${token('font-weight-bold')};
    }
    .time,
    .hint {
      margin: 0;
      color: ${token('color-text-secondary')};
    }
    .current-tag {
      display: inline-block;
      margin-inline-start: ${token('space-2')};
      padding: 0 ${token('space-2')};
      border: ${token('border-width')} solid currentColor;
      font-weight: ${token('font-weight-regular')};
    }
    /* A certificate's subject and serial are long unbroken strings: they wrap anywhere rather than scroll at 320 px. */
    .signed,
    .assisted {
      overflow-wrap: anywhere;
    }
    @media (forced-colors: active) {
      li::before {
        border-color: CanvasText;
      }
      li.current::before {
        background: CanvasText;
      }
    }
  `,
);
