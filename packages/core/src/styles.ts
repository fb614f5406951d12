import { css, unsafeCSS, type CSSResult } from 'lit';
import { defaultTheme } from '@dvc/tokens/default-theme.js';

/**
 * `var(--dvc-NAME, default)`: components read public tokens and fall back to the default theme,
 * so they look right even on a page that loaded no theme stylesheet.
 */
export function token(name: string): CSSResult {
  const fallback = defaultTheme.tokens[name];
  if (fallback === undefined) throw new Error(`Unknown design token: ${name}`);
  return unsafeCSS(`var(--dvc-${name}, ${fallback})`);
}

/** Host defaults and the visually-hidden utility every component uses. */
export const baseStyles = css`
  :host {
    font-family: ${token('font-family')};
    font-size: ${token('font-size-body')};
    line-height: ${token('line-height-body')};
    color: ${token('color-text')};
    -webkit-font-smoothing: antialiased;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;

/** Label, hint and error message around a widget, wherever it renders (its own shadow root or a form's). */
export const fieldFrameStyles = css`
  .field {
    max-inline-size: ${token('measure')};
  }
  .field--error {
    border-inline-start: ${token('border-width-error')} solid ${token('color-error')};
    padding-inline-start: ${token('space-4')};
  }
  .label,
  legend.label {
    display: block;
    margin-block-end: ${token('space-1')};
    padding: 0;
    font-size: ${token('font-size-label')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-heading')};
    color: ${token('color-text')};
  }
  .marker {
    font-weight: ${token('font-weight-regular')};
  }
  .hint {
    display: block;
    margin-block: 0 ${token('space-3')};
    color: ${token('color-text-secondary')};
  }
  .provenance {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: ${token('space-1')} ${token('space-2')};
    margin-block: 0 ${token('space-3')};
    color: ${token('color-text-secondary')};
  }
  .verified-badge {
    display: inline-block;
    padding: 0 ${token('space-2')};
    font-weight: ${token('font-weight-bold')};
    color: ${token('color-verified')};
    border: ${token('border-width')} solid currentColor;
    border-radius: ${token('radius-s')};
  }
  .verified-badge::before {
    content: '✓ ';
  }
  .correction-link {
    color: ${token('color-link')};
  }
  .correction-link:focus-visible {
    outline: ${token('focus-width')} solid ${token('color-focus')};
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px ${token('color-focus-inner')};
  }
  .error-message {
    display: block;
    margin-block: 0 ${token('space-3')};
    font-weight: ${token('font-weight-bold')};
    color: ${token('color-error')};
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
`;

/** Label, hint and error message, shared by every form control, and the control's host box. */
export const fieldStyles = css`
  :host {
    display: block;
    margin-block-end: ${token('space-5')};
  }
  ${fieldFrameStyles}
`;

/** The two-tone focus indicator: visible on any background, 3:1 against both neighbours. */
export const focusRing = css`
  outline: ${token('focus-width')} solid ${token('color-focus')};
  outline-offset: 0;
  box-shadow: inset 0 0 0 2px ${token('color-focus-inner')};
`;

/** Text-like native inputs. */
export const inputStyles = css`
  .input {
    display: block;
    inline-size: 100%;
    min-block-size: ${token('control-height')};
    margin: 0;
    padding: ${token('space-1')} ${token('space-2')};
    font: inherit;
    line-height: ${token('line-height-body')};
    color: ${token('color-text')};
    background: ${token('color-background')};
    border: ${token('border-width')} solid ${token('color-border-input')};
    border-radius: ${token('radius-s')};
    appearance: none;
  }
  .input:focus-visible,
  .input:focus {
    ${focusRing}
  }
  .input[aria-invalid='true'] {
    border-color: ${token('color-error')};
  }
  .input[readonly] {
    background: ${token('color-surface')};
    border-style: dashed;
  }
  .input:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .input:focus,
    .input:focus-visible {
      outline: ${token('focus-width')} solid Highlight;
      box-shadow: none;
    }
    /* Not Mark: it is a highlight colour (yellow on white, 1.1:1). The text colour, thicker, stays visible. */
    .input[aria-invalid='true'] {
      border-color: CanvasText;
      border-width: ${token('border-width-error')};
    }
  }
`;

/**
 * Radios and checkboxes, as GOV.UK draws them: the native input stays the real, focusable
 * control, transparent and on top of a 44 × 44 CSS px target (WCAG 2.2 target size); the circle
 * or box is drawn with borders on the label, so it survives forced colours.
 */
export const choiceStyles = css`
  .items--inline {
    display: flex;
    flex-wrap: wrap;
    column-gap: ${token('space-5')};
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    position: relative;
    margin-block-end: ${token('space-2')};
  }
  .item:last-child {
    margin-block-end: 0;
  }
  .item-input {
    z-index: 1;
    flex: none;
    inline-size: 44px;
    block-size: 44px;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .item-label {
    align-self: center;
    max-inline-size: calc(100% - 44px);
    margin: 0;
    padding: 7px ${token('space-4')};
    cursor: pointer;
    touch-action: manipulation;
  }
  .item-label::before,
  .item-label::after {
    content: '';
    position: absolute;
    box-sizing: border-box;
  }
  .item-label::before {
    inset-block-start: 2px;
    inset-inline-start: 2px;
    inline-size: 40px;
    block-size: 40px;
    border: ${token('border-width')} solid currentcolor;
    background: ${token('color-background')};
  }
  /* No tick box at all until checked: thousands of unchecked options would each add a layer of paint work. */
  .item-label::after {
    content: none;
    opacity: 0;
  }
  .item-input[type='radio'] + .item-label::before {
    border-radius: 50%;
  }
  .item-input[type='radio'] + .item-label::after {
    inset-block-start: 12px;
    inset-inline-start: 12px;
    inline-size: 0;
    block-size: 0;
    border: 10px solid currentcolor;
    border-radius: 50%;
    background: currentcolor;
  }
  .item-input[type='checkbox'] + .item-label::after {
    inset-block-start: 11px;
    inset-inline-start: 9px;
    inline-size: 23px;
    block-size: 12px;
    transform: rotate(-45deg);
    border: solid currentcolor;
    border-width: 0 0 5px 5px;
    border-block-start-color: transparent;
    background: transparent;
  }
  .item-input:checked + .item-label::after {
    content: '';
    opacity: 1;
  }
  .item:hover .item-input:not(:disabled, :focus, [aria-readonly='true']) + .item-label::before {
    box-shadow: 0 0 0 ${token('space-2')} ${token('color-border')};
  }
  .item-input:focus + .item-label::before {
    border-width: 4px;
    outline: ${token('focus-width')} solid transparent;
    outline-offset: 1px;
    box-shadow: 0 0 0 ${token('focus-width')} ${token('color-focus')};
  }
  .item-hint,
  .item > .hint {
    display: block;
    inline-size: 100%;
    margin-block: -${token('space-1')} 0;
    padding-inline: calc(44px + ${token('space-4')}) ${token('space-4')};
    color: ${token('color-text-secondary')};
  }
  .item-input[aria-readonly='true'] + .item-label::before,
  .choices--readonly .item-label::before {
    border-style: dashed;
    background: ${token('color-surface')};
  }
  .item-input[aria-readonly='true'],
  .item-input[aria-readonly='true'] + .item-label,
  .choices--readonly .item-input,
  .choices--readonly .item-label {
    cursor: default;
  }
  .item-input:disabled,
  .item-input:disabled + .item-label {
    cursor: not-allowed;
  }
  .item-input:disabled + .item-label {
    opacity: 0.5;
  }
  @media (forced-colors: active) {
    .item-label::before {
      border-color: CanvasText;
      background: Canvas;
    }
    .item-label::after {
      border-color: CanvasText;
    }
    .item-input:focus + .item-label::before {
      outline-color: Highlight;
      outline-offset: 2px;
    }
    .item-input:disabled + .item-label {
      opacity: 1;
      color: GrayText;
    }
    .item-input:disabled + .item-label::before,
    .item-input:disabled + .item-label::after {
      border-color: GrayText;
    }
  }
`;

/**
 * Joins a component's style parts into one stylesheet: every shadow root then adopts a single
 * sheet instead of four, which Chromium's style engine handles faster at thousands of fields.
 */
export function combineStyles(...parts: CSSResult[]): CSSResult {
  return unsafeCSS(parts.map((part) => part.cssText).join('\n'));
}
