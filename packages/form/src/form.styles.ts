import { css } from 'lit';
import { baseStyles, combineStyles, token } from '@dvc/core/styles.js';
import { widgetStyles } from '@dvc/components/widgets.js';

export const formStyles = combineStyles(
  baseStyles,
  // The fields the form renders itself share this one sheet (ADR 0010).
  widgetStyles,
  css`
    :host {
      display: block;
    }
    /* The space under a <dvc-button> (its host's margin), for the buttons the form draws itself. */
    .actions > slot > .button,
    .dvc-section > .button {
      margin-block-end: calc(${token('space-5')} + 2px);
      vertical-align: top;
    }
    fieldset.disabled {
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    .schema-error {
      padding: ${token('space-4')};
      border: ${token('border-width-error')} solid ${token('color-error')};
    }
    .schema-error h2 {
      margin: 0 0 ${token('space-3')};
      font-size: ${token('font-size-heading-m')};
      line-height: ${token('line-height-heading')};
    }
    .schema-error p {
      margin: 0 0 ${token('space-3')};
    }
    .schema-error p:last-child {
      margin-block-end: 0;
    }
    .actions {
      margin-block-start: ${token('space-5')};
    }
  `,
);
