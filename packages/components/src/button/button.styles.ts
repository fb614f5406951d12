import { css } from 'lit';
import { baseStyles, token, combineStyles } from '@dvc/core/styles.js';

/** The button's own rules, class-based so they also serve `<dvc-form>`'s shared sheet (ADR 0023). */
export const buttonOwnStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: ${token('space-2')};
    min-block-size: 44px;
    min-inline-size: 44px;
    margin: 0 0 2px;
    padding: ${token('space-2')} ${token('space-3')};
    font: inherit;
    font-size: ${token('font-size-label')};
    line-height: 1.25;
    text-align: center;
    color: ${token('color-on-brand')};
    background-color: ${token('color-brand')};
    border: ${token('border-width')} solid transparent;
    border-radius: ${token('radius-s')};
    box-shadow: 0 2px 0 ${token('color-text')};
    cursor: pointer;
    appearance: none;
    touch-action: manipulation;
  }
  .button--secondary {
    color: ${token('color-on-button-secondary')};
    background-color: ${token('color-button-secondary')};
  }
  .button:hover:not(:disabled) {
    /* Darkens any theme's colour without a hover token per variant. */
    background-image: linear-gradient(rgb(0 0 0 / 15%), rgb(0 0 0 / 15%));
  }
  .button:active:not(:disabled) {
    translate: 0 2px;
    box-shadow: none;
  }
  .button:focus-visible {
    /* The yellow face is the main cue (GOV.UK); the ring keeps focus visible where the brand is yellow too. */
    outline: ${token('focus-width')} solid ${token('color-focus')};
    outline-offset: 2px;
    color: ${token('color-on-focus')};
    background-color: ${token('color-focus')};
    background-image: none;
    border-color: ${token('color-focus')};
    box-shadow:
      inset 0 0 0 1px ${token('color-focus')},
      0 2px 0 ${token('color-focus-inner')};
  }
  .button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button:focus-visible {
      outline: ${token('focus-width')} solid Highlight;
      outline-offset: 2px;
    }
    .button:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;

/**
 * The warning and start buttons, which only `<dvc-button>` draws: `<dvc-form>` draws primary and secondary
 * buttons, so its sheet (and first download) goes without these.
 */
export const buttonVariantStyles = css`
  .button--warning {
    color: ${token('color-on-warning')};
    background-color: ${token('color-warning')};
  }
  .button--start {
    font-size: ${token('font-size-heading-m')};
    font-weight: ${token('font-weight-bold')};
    line-height: 1;
    padding: ${token('space-3')} ${token('space-4')};
  }
  .start-icon {
    flex: none;
    inline-size: 0.73em;
    block-size: auto;
  }
`;

export const buttonStyles = combineStyles(
  baseStyles,
  css`
    :host {
      display: inline-block;
      margin-block-end: ${token('space-5')};
      vertical-align: top;
    }
  `,
  buttonOwnStyles,
  buttonVariantStyles,
);
