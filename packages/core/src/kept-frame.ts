import { nothing, render } from 'lit';
import { fieldProvenance, markerText, partId, type FieldFrame } from './field-template.js';
import { translate } from './i18n/i18n.js';
import { makeElement } from './kept-element.js';

/*
 * The pieces of a field's frame (label or legend, hint, provenance, error) as kept elements: what the
 * frame templates of field-template.ts render, built and updated without template instances or parts
 * (ADR 0021, third round). Kept widgets (`text-input/input.ts`, `checkbox/input.ts`, `date-input/boxes.ts`)
 * build their whole field from these.
 */

/** An empty field label or legend (`patchLabel` fills it): `<label class="label" part="label">`. */
export function makeLabel(
  document: Document,
  parent?: Node,
  tag: 'label' | 'legend' = 'label',
  attributes: Readonly<Record<string, string>> = { class: 'label', part: 'label' },
): HTMLLabelElement {
  const label = makeElement(document, tag, attributes, parent) as HTMLLabelElement;
  label.append(document.createTextNode(''));
  return label;
}

/**
 * A label made by `makeLabel`: its `for` (none for a legend: `forId` ''), its text and its requirement
 * marker (`<span class="marker">`, shown when `marker` is not empty).
 */
export function patchLabel(label: HTMLLabelElement, forId: string, text: string, marker: string): void {
  if (forId && label.htmlFor !== forId) label.htmlFor = forId;
  const textNode = label.firstChild as Text;
  if (textNode.data !== text) textNode.data = text;
  let span = label.lastElementChild as HTMLSpanElement | null;
  if (marker) {
    span ??= makeElement(label.ownerDocument, 'span', { class: 'marker' }, label);
    if (span.textContent !== marker) span.textContent = marker;
  } else span?.remove();
}

/**
 * The error message of a field, `<p class="error-message" id="…" part="error-message"><span class="visually-hidden">Lỗi:</span> message</p>`
 * as `fieldError` renders it, made when first needed (`p` undefined) and updated in place.
 */
export function patchErrorMessage(
  document: Document,
  p: HTMLParagraphElement | undefined,
  id: string,
  prefix: string,
  message: string,
): HTMLParagraphElement {
  if (!p) {
    p = makeElement(document, 'p', { class: 'error-message', id, part: 'error-message' });
    makeElement(document, 'span', { class: 'visually-hidden' }, p);
    p.append(document.createTextNode(' '), document.createTextNode(''));
  }
  if (p.id !== id) p.id = id;
  const hidden = p.firstChild as HTMLSpanElement;
  if (hidden.textContent !== prefix) hidden.textContent = prefix;
  const text = p.lastChild as Text;
  if (text.data !== message) text.data = message;
  return p;
}

/** A field's hint, `<div class="hint" part="hint" id="…">text</div>` as `fieldHint` renders it, made when first needed and updated in place. */
export function patchHint(
  document: Document,
  hint: HTMLDivElement | undefined,
  id: string,
  text: string,
): HTMLDivElement {
  hint ??= makeElement(document, 'div', { class: 'hint', part: 'hint', id });
  if (hint.id !== id) hint.id = id;
  if (hint.textContent !== text) hint.textContent = text;
  return hint;
}

/** What a kept field holds of its frame between renders (the directive itself, so no object more per field). */
export interface FrameParts {
  hint?: HTMLDivElement | undefined;
  error?: HTMLParagraphElement | undefined;
  /** The end of the provenance's place, made when a field first shows one (prefilled values only). */
  provenanceEnd?: Text | undefined;
}

/**
 * The hint and the provenance after `heading` (the label or legend), the error before `errorBefore`,
 * each shown or removed as `frame` says, in the order and with the markup of `fieldHint` and `fieldError`.
 * The provenance, rare and with links, is still its template, rendered in place before an empty text node.
 */
export function patchFrameParts(parts: FrameParts, heading: Element, errorBefore: Element, frame: FieldFrame): void {
  const document = heading.ownerDocument;
  if (frame.hint) {
    parts.hint = patchHint(document, parts.hint, partId(frame, 'hint'), frame.hint);
    if (parts.hint.previousSibling !== heading) heading.after(parts.hint);
  } else parts.hint?.remove();
  if (frame.provenance || parts.provenanceEnd) {
    const end = (parts.provenanceEnd ??= document.createTextNode(''));
    if (!end.parentNode) (parts.hint?.isConnected ? parts.hint : heading).after(end);
    render(frame.provenance ? fieldProvenance(frame) : nothing, end.parentNode as HTMLElement, { renderBefore: end });
  }
  if (frame.error) {
    const prefix = translate(frame.language, 'control.errorPrefix');
    parts.error = patchErrorMessage(document, parts.error, partId(frame, 'error'), prefix, frame.error);
    if (parts.error.nextSibling !== errorBefore) errorBefore.before(parts.error);
  } else parts.error?.remove();
}

/** The label or legend of a kept field: `for` (for a label), text and requirement marker. */
export function patchHeading(heading: HTMLLabelElement, frame: FieldFrame, forPart: string): void {
  patchLabel(heading, forPart ? partId(frame, forPart) : '', frame.label, markerText(frame));
}
