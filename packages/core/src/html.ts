import { html as litHtml, type TemplateResult } from 'lit';

/**
 * Template strings without the whitespace that only formats the source (issue 12): a run of
 * whitespace holding a line break next to a tag (`>` before it, or `<` after it) becomes nothing.
 * Such runs are text nodes in the DOM (more than a third of a 2,000-field form's nodes) that render
 * nothing: the kit's widgets lay out with flex/grid and blocks, and Chromium leaves whitespace-only
 * text out of accessible names. Whitespace on one line (`</span> ${error}`) stays.
 */
const compacted = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

function compact(strings: TemplateStringsArray): TemplateStringsArray {
  let known = compacted.get(strings);
  if (!known) {
    const parts = strings.map((part) =>
      part
        .replace(/>\s*\n\s*</g, '><')
        .replace(/^\s*\n\s*(?=<)/, '')
        .replace(/>\s*\n\s*$/, '>'),
    );
    // Lit accepts only arrays made by a template literal (they have `raw`); the same array each time keeps its template cache.
    known = Object.freeze(Object.assign(parts, { raw: parts.slice() })) as unknown as TemplateStringsArray;
    compacted.set(strings, known);
  }
  return known;
}

/** Lit's `html`, for templates of many instances (widgets, sections): the same markup without formatting whitespace. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): TemplateResult {
  return litHtml(compact(strings), ...values);
}
