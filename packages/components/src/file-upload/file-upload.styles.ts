import { css } from 'lit';
import { baseStyles, fieldStyles, focusRing, token, combineStyles } from '@dvc/core';

export const fileUploadStyles = combineStyles(
  baseStyles,
  fieldStyles,
  css`
    .dropzone {
      position: relative;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-2')} ${token('space-3')};
      min-block-size: 44px;
      padding: ${token('space-3')};
      background: ${token('color-background')};
      border: ${token('border-width')} dashed ${token('color-border-input')};
    }
    .dropzone--active {
      background: ${token('color-surface')};
      border-style: solid;
      border-color: ${token('color-brand')};
    }
    .dropzone--readonly {
      background: ${token('color-surface')};
    }
    .field--error .dropzone {
      border-color: ${token('color-error')};
    }
    /*
     * The native input covers the whole zone: a click anywhere opens the picker, a drop lands on
     * it, and its own focus ring wraps the zone. Its browser-language text and button are not
     * painted; the kit's localized face below shows through.
     */
    .native {
      position: absolute;
      inset: 0;
      z-index: 1;
      inline-size: 100%;
      block-size: 100%;
      margin: 0;
      padding: 0;
      color: transparent;
      background: transparent;
      border: 0;
      cursor: pointer;
      forced-color-adjust: none;
    }
    .native::file-selector-button {
      visibility: hidden;
    }
    .native:focus-visible,
    .native:focus {
      ${focusRing}
    }
    .native:disabled {
      cursor: not-allowed;
    }
    .dropzone--readonly .native {
      cursor: default;
    }
    .dropzone-content {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-2')} ${token('space-3')};
    }
    .choose {
      display: inline-block;
      padding: ${token('space-2')} ${token('space-3')};
      color: ${token('color-on-button-secondary')};
      background: ${token('color-button-secondary')};
      border: ${token('border-width')} solid transparent;
      box-shadow: 0 2px 0 ${token('color-text')};
      line-height: 1.25;
    }
    .native:focus-visible + .dropzone-content .choose,
    .native:focus + .dropzone-content .choose {
      ${focusRing}
      color: ${token('color-on-focus')};
      background: ${token('color-focus')};
    }
    .native:disabled + .dropzone-content {
      opacity: 0.6;
    }
    .status {
      flex-basis: 100%;
      margin: 0;
      color: ${token('color-text')};
    }
    .file-list {
      margin: ${token('space-3')} 0 0;
      padding: 0;
      list-style: none;
    }
    .file {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: ${token('space-2')} ${token('space-4')};
      padding-block: ${token('space-2')};
      border-block-end: 1px solid ${token('color-border')};
    }
    .file--error {
      padding-inline-start: ${token('space-3')};
      border-inline-start: ${token('border-width-error')} solid ${token('color-error')};
    }
    .file-details {
      display: flex;
      flex-wrap: wrap;
      gap: 0 ${token('space-2')};
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .file-name {
      font-weight: ${token('font-weight-bold')};
    }
    .file-size {
      color: ${token('color-text-secondary')};
    }
    .file-error {
      flex-basis: 100%;
      order: 3;
      font-weight: ${token('font-weight-bold')};
      color: ${token('color-error')};
    }
    .remove {
      min-block-size: 44px;
      min-inline-size: 44px;
      padding: ${token('space-1')} ${token('space-2')};
      font: inherit;
      color: ${token('color-link')};
      text-decoration: underline;
      background: transparent;
      border: 0;
      cursor: pointer;
    }
    .remove:hover {
      color: ${token('color-link-hover')};
      text-decoration-thickness: 3px;
    }
    .remove:focus-visible {
      ${focusRing}
      color: ${token('color-on-focus')};
      background: ${token('color-focus')};
      text-decoration: none;
    }
    .remove:disabled {
      opacity: 0.6;
      cursor: not-allowed;
    }
    @media (forced-colors: active) {
      .dropzone--active {
        border-color: Highlight;
      }
      .field--error .dropzone,
      .file--error {
        border-color: CanvasText;
        border-width: ${token('border-width-error')};
      }
      .choose {
        border-color: ButtonText;
      }
      .native:focus-visible,
      .native:focus,
      .native:focus-visible + .dropzone-content .choose,
      .native:focus + .dropzone-content .choose,
      .remove:focus-visible {
        outline: ${token('focus-width')} solid Highlight;
        box-shadow: none;
      }
    }
  `,
);
