import { encode } from 'uqr';

/** A QR code as data: `size` × `size` modules, dark ones as horizontal runs (few rects to draw). */
export interface QrMatrix {
  readonly size: number;
  /** Quiet zone around the code, in modules (4, as the standard asks). */
  readonly margin: number;
  readonly runs: readonly { readonly x: number; readonly y: number; readonly width: number }[];
  isDark(x: number, y: number): boolean;
}

/**
 * Encodes `text` with `uqr` (an ES module of about 4 kB gzip; `qrcode` was CommonJS and twice the
 * size), error correction M, and returns its modules so a template can draw them as SVG rects (no
 * generated markup is ever parsed).
 */
export function qrMatrix(text: string, options: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' } = {}): QrMatrix {
  const { size, data } = encode(text, { ecc: options.errorCorrectionLevel ?? 'M', border: 0 });
  const isDark = (x: number, y: number): boolean => x >= 0 && y >= 0 && x < size && y < size && data[y]![x] === true;
  const runs: { x: number; y: number; width: number }[] = [];
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      if (!isDark(x, y)) continue;
      const start = x;
      while (isDark(x + 1, y)) x += 1;
      runs.push({ x: start, y, width: x - start + 1 });
    }
  }
  return { size, margin: 4, runs, isDark };
}
