import { svg, type SVGTemplateResult, type TemplateResult, html } from 'lit';
import type { QrMatrix } from './qr-matrix.js';

/**
 * A QR code as an SVG Lit template: one `<rect>` per run of dark modules, drawn on a white
 * quiet zone whatever the theme (scanners need dark on light). `label` is its accessible name
 * (e.g. the reference number or "QR code for a bank transfer of 135.000 ₫").
 */
export function qrCodeTemplate(matrix: QrMatrix, label: string, part = 'qr-code'): TemplateResult {
  const extent = matrix.size + matrix.margin * 2;
  const rects: SVGTemplateResult[] = matrix.runs.map(
    (run) => svg`<rect x=${run.x + matrix.margin} y=${run.y + matrix.margin} width=${run.width} height="1"></rect>`,
  );
  return html`<svg
    part=${part}
    role="img"
    aria-label=${label}
    viewBox="0 0 ${extent} ${extent}"
    shape-rendering="crispEdges"
    xmlns="http://www.w3.org/2000/svg"
  >
    <rect width=${extent} height=${extent} fill="#fff"></rect>
    <g fill="#000">${rects}</g>
  </svg>`;
}
