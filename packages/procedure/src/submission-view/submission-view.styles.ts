import { css } from 'lit';
import { baseStyles, combineStyles, token } from '@dvc/core';

export const submissionViewStyles = combineStyles(
  baseStyles,
  css`
    :host {
      display: block;
      --_verified: var(--dvc-submission-view-verified, ${token('color-verified')});
      --_changed: var(--dvc-submission-view-changed, ${token('color-warning')});
    }
    .heading {
      margin: ${token('space-5')} 0 ${token('space-3')};
      font-weight: ${token('font-weight-bold')};
    }
    .heading--0 {
      margin-block-start: 0;
      font-size: 1.5em;
    }
    .heading--1 {
      font-size: 1.2em;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: ${token('space-2')} ${token('space-4')};
      margin: 0 0 ${token('space-4')};
    }
    .facts div {
      display: contents;
    }
    .facts dt {
      font-weight: ${token('font-weight-bold')};
    }
    .facts dd {
      margin: 0;
    }
    .assisted {
      border-inline-start: 5px solid ${token('color-info')};
      padding: ${token('space-2')} ${token('space-4')};
      margin-block-end: ${token('space-4')};
    }
    .assisted p {
      margin: 0;
    }
    table {
      inline-size: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: ${token('space-2')} ${token('space-3')} ${token('space-2')} 0;
      border-block-end: ${token('border-width')} solid ${token('color-border')};
    }
    thead th {
      font-weight: ${token('font-weight-bold')};
    }
    tbody th {
      font-weight: ${token('font-weight-regular')};
      inline-size: 30%;
    }
    .value {
      font-weight: ${token('font-weight-bold')};
      overflow-wrap: anywhere;
    }
    .provenance {
      color: ${token('color-text-secondary')};
      inline-size: 35%;
    }
    .badge {
      display: inline-block;
      margin-inline-end: ${token('space-2')};
      padding: 0 ${token('space-2')};
      border: ${token('border-width')} solid currentColor;
      font-weight: ${token('font-weight-bold')};
      color: ${token('color-text')};
    }
    .badge--verified {
      color: var(--_verified);
    }
    .badge--changed {
      color: var(--_changed);
      border-style: dashed;
    }
    .provenance__text {
      display: block;
    }
    @media (forced-colors: active) {
      .badge {
        color: CanvasText;
      }
    }
    /* On paper: black on white, every answer and its source kept together, no colour needed. */
    @media print {
      :host {
        color: #000;
        font-size: 11pt;
      }
      .group {
        break-inside: auto;
      }
      tr,
      .heading {
        break-inside: avoid;
        break-after: avoid;
      }
      .badge,
      .provenance {
        color: #000;
      }
      thead {
        display: table-header-group;
      }
    }
  `,
);
