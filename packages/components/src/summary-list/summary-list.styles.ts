import { css } from 'lit';
import { baseStyles, token, combineStyles } from '@dvc/core/styles.js';

export const summaryListStyles = combineStyles(
  baseStyles,
  css`
    :host {
      display: block;
      margin-block-end: ${token('space-6')};
      container-type: inline-size;
    }
    .list {
      margin: 0;
    }
    .row {
      padding-block: ${token('space-3')};
      border-block-end: 1px solid ${token('color-border')};
    }
    .list--no-border .row {
      border-block-end: 0;
      padding-block: ${token('space-2')};
    }
    .key {
      margin: 0 0 ${token('space-1')};
      font-weight: ${token('font-weight-bold')};
      overflow-wrap: anywhere;
    }
    .value {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .line {
      display: block;
    }
    .not-provided {
      color: ${token('color-text-secondary')};
    }
    .actions {
      margin: ${token('space-2')} 0 0;
    }
    .actions-list {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-2')} 0;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .actions-item {
      padding-inline: ${token('space-3')};
      border-inline-start: 1px solid ${token('color-border')};
    }
    .actions-item:first-child {
      padding-inline-start: 0;
      border-inline-start: 0;
    }
    .action {
      color: ${token('color-link')};
      text-decoration: underline;
      text-decoration-thickness: max(1px, 0.0625rem);
      text-underline-offset: 0.15em;
    }
    .action:visited {
      color: ${token('color-link-visited')};
    }
    .action:hover {
      color: ${token('color-link-hover')};
      text-decoration-thickness: max(3px, 0.1875rem);
    }
    .action:focus-visible {
      outline: ${token('focus-width')} solid transparent;
      color: ${token('color-on-focus')};
      background: ${token('color-focus')};
      box-shadow:
        0 -2px ${token('color-focus')},
        0 4px ${token('color-focus-inner')};
      text-decoration: none;
    }
    @container (min-width: 40rem) {
      .row {
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(0, 7fr);
        column-gap: ${token('space-4')};
      }
      .list--with-actions .row {
        grid-template-columns: minmax(0, 3fr) minmax(0, 5fr) minmax(0, 2fr);
      }
      .list--with-actions .row--no-actions .value {
        grid-column: 2 / -1;
      }
      .key {
        margin: 0;
      }
      .actions {
        margin: 0;
        text-align: end;
      }
      .actions-list {
        justify-content: flex-end;
      }
      .actions-item:last-child {
        padding-inline-end: 0;
      }
    }
    @media (forced-colors: active) {
      .row,
      .actions-item {
        border-color: CanvasText;
      }
      .action {
        color: LinkText;
      }
      .action:focus-visible {
        outline: ${token('focus-width')} solid Highlight;
        outline-offset: 2px;
        box-shadow: none;
      }
    }
  `,
);
