import { noChange } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { KeptElement } from './kept-element.js';
import { makeLabel, patchErrorMessage, patchLabel } from './kept-frame.js';

/**
 * One element that holds only text (the hint, the requirement marker), created once in its place
 * and then updated there: `<div class="hint" part="hint" id="…">…</div>`, the same markup and
 * attribute order as a template would give. A template instance costs its parts plus an array of
 * them (about 250 bytes each at 2,000 fields, ADR 0021); this directive keeps one element.
 */
class TextElement extends Directive {
  private element: HTMLElement | undefined;

  render(_tag: string, _className: string, _part: string, _id: string, _text: string): typeof noChange {
    return noChange;
  }

  override update(
    part: ChildPart,
    [tag, className, partName, id, text]: [string, string, string, string, string],
  ): HTMLElement {
    let element = this.element;
    if (!element || element.localName !== tag) {
      element = (part.parentNode.ownerDocument ?? document).createElement(tag);
      element.className = className;
      if (partName) element.setAttribute('part', partName);
      this.element = element;
    }
    if (id && element.id !== id) element.id = id;
    if (element.textContent !== text) element.textContent = text;
    return element;
  }
}

/** Sets an attribute that differs, or removes it when `value` is empty or undefined (a binding's `nothing`). */
export function setOrRemove(element: Element, name: string, value: string | undefined): void {
  if (!value) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** `textElement('div', 'hint', 'hint', id, text)`: a text-only element in a child position, kept between renders. */
export const textElement = directive(TextElement);

/**
 * A field's `<label class="label" part="label" for="…">Label<span class="marker"> (bắt buộc)</span></label>`,
 * created once in its place and updated there, like `textElement` (the label, its text and its
 * marker were a template instance with three parts per field).
 */
class LabelElement extends KeptElement<HTMLLabelElement, [string, string, string]> {
  protected build(document: Document): HTMLLabelElement {
    return makeLabel(document);
  }

  protected patch(label: HTMLLabelElement, [forId, text, marker]: [string, string, string]): void {
    patchLabel(label, forId, text, marker);
  }
}

/** `labelElement(forId, label, markerText)`: a field's label with its requirement marker, kept between renders. */
export const labelElement = directive(LabelElement);

/** A field's error message (`patchErrorMessage`'s markup) in a child position, kept between renders. */
class ErrorElement extends KeptElement<HTMLParagraphElement, [string, string, string]> {
  protected build(document: Document): HTMLParagraphElement {
    return patchErrorMessage(document, undefined, '', '', '');
  }

  protected patch(p: HTMLParagraphElement, [id, prefix, message]: [string, string, string]): void {
    patchErrorMessage(p.ownerDocument, p, id, prefix, message);
  }
}

/** `errorElement(id, prefix, message)`: `<p class="error-message" …><span class="visually-hidden">prefix</span> message</p>`. */
export const errorElement = directive(ErrorElement);
