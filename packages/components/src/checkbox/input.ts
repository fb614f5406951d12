import { nothing } from 'lit';
import { directive } from 'lit/directive.js';
import { describedBy, partId } from '@dvc/core/field-template.js';
import { KeptElement, makeElement, writeValue } from '@dvc/core/kept-element.js';
import { makeLabel, patchFrameParts, patchHeading, type FrameParts } from '@dvc/core/kept-frame.js';
import { setOrRemove } from '@dvc/core/text-element.js';
import type { CheckboxField, CheckboxHandlers } from './template.js';

/**
 * A whole checkbox field, `div.field` with its error and `div.item` (native `<input>`, label, hint), built
 * once in its place and updated there, with the markup the template had: no template instance or parts
 * (ADR 0021, second and third rounds), and the directive is the input's one listener object.
 */
class KeptCheckbox extends KeptElement<HTMLDivElement, [CheckboxField, CheckboxHandlers]> implements FrameParts {
  hint: HTMLDivElement | undefined;
  error: HTMLParagraphElement | undefined;
  provenanceEnd: Text | undefined;
  private committedValue: string | undefined;

  protected build(document: Document): HTMLDivElement {
    const field = makeElement(document, 'div', { class: 'field ', part: 'field' });
    const item = makeElement(document, 'div', { class: 'item', part: 'item' }, field);
    const input = makeElement(document, 'input', { class: 'item-input', part: 'input', type: 'checkbox' }, item);
    this.listen(input, ['click', 'input', 'change']);
    makeLabel(document, item, 'label', { class: 'item-label', part: 'label' });
    return field;
  }

  protected patch(element: HTMLDivElement, [field, on]: [CheckboxField, CheckboxHandlers]): void {
    this.on = on;
    const item = element.lastElementChild as HTMLDivElement;
    const input = item.firstElementChild as HTMLInputElement;
    const label = input.nextElementSibling as HTMLLabelElement;
    setOrRemove(element, 'class', `field ${field.error ? 'field--error' : ''}`);
    patchHeading(label, field, 'control');
    patchFrameParts(this, label, item, field);
    input.id = partId(field, 'control');
    this.committedValue = writeValue(input, field.value, this.committedValue);
    // As `live()`: set on every render, whatever state a click left the box in.
    input.checked = field.checked;
    setOrRemove(input, 'aria-required', field.required ? 'true' : undefined);
    input.toggleAttribute('disabled', field.disabled);
    setOrRemove(input, 'aria-readonly', field.readonly ? 'true' : undefined);
    setOrRemove(input, 'aria-invalid', field.error ? 'true' : 'false');
    const described = describedBy(field);
    setOrRemove(input, 'aria-describedby', described === nothing ? '' : described);
  }
}

/** `checkboxField(field, handlers)`: a whole checkbox field (error, box, label, hint), kept between renders. */
export const checkboxField = directive(KeptCheckbox);
