import { css } from 'lit';
import { baseStyles, token, combineStyles } from '@dvc/core/styles.js';

export const stepIndicatorStyles = combineStyles(
  baseStyles,
  css`
    :host {
      display: block;
      margin-block-end: ${token('space-5')};
    }
    .progress {
      margin: 0 0 ${token('space-2')};
      font-size: ${token('font-size-label')};
      color: ${token('color-text-secondary')};
    }
    .segments {
      display: flex;
      gap: 2px;
      max-inline-size: ${token('measure')};
    }
    .segment {
      flex: 1 1 0;
      block-size: 0.5rem;
      border: 1px solid ${token('color-border-input')};
      background: ${token('color-background')};
    }
    .segment--completed {
      background: ${token('color-brand')};
      border-color: ${token('color-brand')};
    }
    .segment--current {
      background: ${token('color-brand')};
      border-color: ${token('color-brand')};
      block-size: 0.75rem;
      margin-block-start: -0.125rem;
    }
    .steps {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .step {
      display: flex;
      gap: ${token('space-3')};
      align-items: flex-start;
      padding-block: ${token('space-2')};
    }
    .marker {
      flex: none;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      inline-size: 2rem;
      block-size: 2rem;
      border: ${token('border-width')} solid ${token('color-border-input')};
      border-radius: 50%;
      font-weight: ${token('font-weight-bold')};
      line-height: 1;
      color: ${token('color-text')};
      background: ${token('color-background')};
    }
    .step--completed .marker,
    .step--current .marker {
      border-color: ${token('color-brand')};
      color: ${token('color-on-brand')};
      background: ${token('color-brand')};
    }
    .text {
      display: flex;
      flex-direction: column;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .step--current .label {
      font-weight: ${token('font-weight-bold')};
    }
    .status {
      font-size: ${token('font-size-small')};
      color: ${token('color-text-secondary')};
    }
    @media (forced-colors: active) {
      .segment {
        forced-color-adjust: none;
        border-color: CanvasText;
        background: Canvas;
      }
      .segment--completed,
      .segment--current {
        background: CanvasText;
      }
      .marker {
        forced-color-adjust: none;
        border-color: CanvasText;
        color: CanvasText;
        background: Canvas;
      }
      .step--completed .marker,
      .step--current .marker {
        border-color: CanvasText;
        color: Canvas;
        background: CanvasText;
      }
    }
  `,
);
