import { executeServerCommand } from '@web/test-runner-commands';

/** A rectangle in screenshot pixels: left/top inclusive, right/bottom exclusive. */
export interface PixelRect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** A screenshot of an element (test-results/screenshots/<name>.png), decoded for pixel checks. */
export interface Shot {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
  /** The element's border box in screenshot pixels. */
  readonly box: PixelRect;
  /** The most frequent colour: the page behind the control. */
  readonly background: readonly [number, number, number];
}

interface ScreenshotReply {
  readonly png: string;
  readonly clip: { x: number; y: number; width: number; height: number };
  readonly box: { x: number; y: number; width: number; height: number };
}

/** Chromium's own screenshot of the element plus a margin (not a computation in the page). */
export async function screenshotElement(element: Element, name: string, margin = 12): Promise<Shot> {
  window.__dvcAxTarget = element;
  const reply = await executeServerCommand<ScreenshotReply, { name: string; margin: number }>('screenshot-element', {
    name,
    margin,
  });
  delete window.__dvcAxTarget;
  if (!reply) throw new Error('screenshot-element returned nothing');
  const bytes = Uint8Array.from(atob(reply.png), (character) => character.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  const scale = bitmap.width / reply.clip.width;
  const box: PixelRect = {
    left: Math.round((reply.box.x - reply.clip.x) * scale),
    top: Math.round((reply.box.y - reply.clip.y) * scale),
    right: Math.round((reply.box.x + reply.box.width - reply.clip.x) * scale),
    bottom: Math.round((reply.box.y + reply.box.height - reply.clip.y) * scale),
  };
  return { width: bitmap.width, height: bitmap.height, data, box, background: mostFrequentColour(data) };
}

function mostFrequentColour(data: Uint8ClampedArray): [number, number, number] {
  const counts = new Map<number, number>();
  for (let index = 0; index < data.length; index += 4) {
    const packed = (data[index]! << 16) | (data[index + 1]! << 8) | data[index + 2]!;
    counts.set(packed, (counts.get(packed) ?? 0) + 1);
  }
  const [packed] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return [(packed >> 16) & 255, (packed >> 8) & 255, packed & 255];
}

function luminance(r: number, g: number, b: number): number {
  const linear = (channel: number): number => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * Whether a pixel is "ink": it contrasts at least 3:1 with the background, the WCAG 1.4.11
 * minimum for borders and focus indicators (so a `Mark` yellow border on white does not count).
 */
export function isInk(shot: Shot, x: number, y: number): boolean {
  if (x < 0 || y < 0 || x >= shot.width || y >= shot.height) return false;
  const index = (y * shot.width + x) * 4;
  const pixel = luminance(shot.data[index]!, shot.data[index + 1]!, shot.data[index + 2]!);
  const background = luminance(...shot.background);
  return (Math.max(pixel, background) + 0.05) / (Math.min(pixel, background) + 0.05) >= 3;
}

export type Side = 'top' | 'right' | 'bottom' | 'left';

/**
 * The share of positions along one side of `rect` that have ink within a band of distances from
 * the edge: 0 is the box's outermost pixel row, positive is outside, negative inside. Corners
 * (`inset` pixels) are left out, so rounded corners do not count against the border.
 */
export function edgeCoverage(shot: Shot, rect: PixelRect, side: Side, band: [number, number], inset = 6): number {
  const horizontal = side === 'top' || side === 'bottom';
  const start = (horizontal ? rect.left : rect.top) + inset;
  const end = (horizontal ? rect.right : rect.bottom) - inset;
  let covered = 0;
  for (let along = start; along < end; along += 1) {
    for (let distance = band[0]; distance <= band[1]; distance += 1) {
      const across =
        side === 'top'
          ? rect.top - distance
          : side === 'bottom'
            ? rect.bottom - 1 + distance
            : side === 'left'
              ? rect.left - distance
              : rect.right - 1 + distance;
      if (horizontal ? isInk(shot, along, across) : isInk(shot, across, along)) {
        covered += 1;
        break;
      }
    }
  }
  return end > start ? covered / (end - start) : 0;
}

/** Coverage of all four sides, for assertion messages. */
export function frameCoverage(shot: Shot, rect: PixelRect, band: [number, number]): Record<Side, number> {
  const sides: Side[] = ['top', 'right', 'bottom', 'left'];
  return Object.fromEntries(
    sides.map((side) => [side, Math.round(edgeCoverage(shot, rect, side, band) * 100) / 100]),
  ) as Record<Side, number>;
}

/** Ink pixels inside a rectangle, and their bounding box. */
export function inkIn(shot: Shot, rect: PixelRect): { count: number; bounds: PixelRect | null } {
  let count = 0;
  let bounds: { left: number; top: number; right: number; bottom: number } | null = null;
  for (let y = Math.max(0, rect.top); y < Math.min(shot.height, rect.bottom); y += 1) {
    for (let x = Math.max(0, rect.left); x < Math.min(shot.width, rect.right); x += 1) {
      if (!isInk(shot, x, y)) continue;
      count += 1;
      bounds = bounds
        ? {
            left: Math.min(bounds.left, x),
            top: Math.min(bounds.top, y),
            right: Math.max(bounds.right, x + 1),
            bottom: Math.max(bounds.bottom, y + 1),
          }
        : { left: x, top: y, right: x + 1, bottom: y + 1 };
    }
  }
  return { count, bounds };
}
