import { css, unsafeCSS, type CSSResult } from 'lit';
import { defaultTheme } from '@dvc/tokens';

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

/** Label, hint and error message, shared by every form control. */
export const fieldStyles = css`
  :host {
    display: block;
    margin-block-end: ${token('space-5')};
  }
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
    .input[aria-invalid='true'] {
      border-color: Mark;
    }
  }
`;
