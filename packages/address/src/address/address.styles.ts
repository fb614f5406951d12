import { css } from 'lit';
import { baseStyles, combineStyles, fieldStyles, focusRing, inputStyles, token } from '@dvc/core';

/** The address's own rules, without the field and input rules every widget shares: what `<dvc-form>` adds to its sheet (ADR 0025). */
export const addressPartStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .part {
    margin-block-start: ${token('space-3')};
  }
  .item-label {
    display: block;
    margin-block-end: ${token('space-1')};
  }
  .combobox {
    position: relative;
  }
  .listbox {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    inset-block-start: 100%;
    max-block-size: 18em;
    margin: 0;
    padding: 0;
    overflow-y: auto;
    list-style: none;
    background: ${token('color-background')};
    border: ${token('border-width')} solid ${token('color-border-input')};
    border-block-start: 0;
  }
  .listbox[hidden] {
    display: none;
  }
  .option {
    padding: ${token('space-2')};
    cursor: pointer;
    border-block-end: 1px solid ${token('color-border')};
  }
  .option:hover {
    text-decoration: underline;
  }
  .option[aria-selected='true'] {
    color: ${token('color-on-focus')};
    background: ${token('color-focus')};
    outline: 2px solid transparent;
  }
  .popup-message {
    margin: 0;
    padding: ${token('space-2')};
    color: ${token('color-text-secondary')};
    background: ${token('color-background')};
    border: ${token('border-width')} solid ${token('color-border-input')};
    border-block-start: 0;
  }
  .load-status:empty {
    display: none;
  }
  .load-status {
    margin: ${token('space-1')} 0 0;
    color: ${token('color-text-secondary')};
  }
  .load-error {
    margin-block-start: ${token('space-2')};
    padding: ${token('space-2')} ${token('space-3')};
    border-inline-start: ${token('border-width-error')} solid ${token('color-error')};
  }
  .load-error p {
    margin: 0 0 ${token('space-2')};
  }
  .retry {
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: ${token('space-2')} ${token('space-3')};
    font: inherit;
    color: ${token('color-on-button-secondary')};
    background: ${token('color-button-secondary')};
    border: ${token('border-width')} solid transparent;
    border-radius: ${token('radius-s')};
    box-shadow: 0 2px 0 ${token('color-text')};
    cursor: pointer;
  }
  .retry:focus-visible {
    ${focusRing}
  }
  .retry:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .where {
    border: 0;
    padding: 0;
    margin: 0 0 ${token('space-4')};
  }
  .where-legend {
    margin-bottom: ${token('space-2')};
  }
  .where-item {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
    min-height: 44px;
  }
  .where-input {
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: ${token('color-text')};
  }
  .where-input:focus-visible {
    ${focusRing}
  }
  @media (forced-colors: active) {
    .option[aria-selected='true'] {
      color: HighlightText;
      background: Highlight;
      forced-color-adjust: none;
    }
  }
`;

export const addressStyles = combineStyles(baseStyles, fieldStyles, inputStyles, addressPartStyles);
