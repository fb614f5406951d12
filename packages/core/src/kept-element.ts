import { noChange } from 'lit';
import { Directive, type ChildPart } from 'lit/directive.js';

/**
 * `document.createElement(tag)` with its attributes set in the order given (the order a template
 * wrote them in, so the markup reads the same), appended to `parent` when given.
 */
export function makeElement<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  parent?: Node,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const name in attributes) element.setAttribute(name, attributes[name]!);
  parent?.appendChild(element);
  return element;
}

/** A control's handlers by event type, as a template would bind them (`@input=${on.input}`). */
export type KeptHandlers = object;

/**
 * A directive that keeps one element (with its children) in its child position: `build` makes it
 * once, `patch` updates it on every render, and the directive returns it as the part's value. A
 * template instance costs a part per binding plus an array of them (ADR 0021); this keeps only the
 * elements. The directive is also the one listener object (`handleEvent`) of the controls given to
 * `listen`, and calls the handler of the event's type from the last render, so no listener is added
 * or removed per render.
 */
export abstract class KeptElement<E extends Element, A extends unknown[]> extends Directive {
  private kept: E | undefined;
  /** The handlers of the last render, by event type. */
  protected on: KeptHandlers | undefined;

  render(..._args: A): typeof noChange {
    return noChange;
  }

  override update(part: ChildPart, args: A): E {
    const element = (this.kept ??= this.build(part.parentNode.ownerDocument ?? document));
    this.patch(element, args);
    return element;
  }

  /** Makes the element once, in the document of the part it goes in. */
  protected abstract build(document: Document): E;

  /** Writes what this render shows into the element made by `build`. */
  protected abstract patch(element: E, args: A): void;

  /** Sends `types` of events on `control` to the current handlers. */
  protected listen(control: EventTarget, types: readonly string[]): void {
    for (const type of types) control.addEventListener(type, this);
  }

  handleEvent(event: Event): void {
    const handler = (this.on as Record<string, ((event: Event) => void) | undefined> | undefined)?.[event.type];
    handler?.(event);
  }
}

/**
 * Writes a native control's `.value` when `value` differs from the value last written (`last`), as Lit's
 * `.value` binding compared it (not the text typed since); returns the value now written.
 */
export function writeValue(
  control: HTMLInputElement | HTMLTextAreaElement,
  value: string,
  last: string | undefined,
): string {
  if (value !== last) control.value = value;
  return value;
}
