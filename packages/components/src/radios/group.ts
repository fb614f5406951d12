import { nothing } from 'lit';
import { directive } from 'lit/directive.js';
import { describedBy, partId } from '@dvc/core/field-template.js';
import { KeptElement, makeElement } from '@dvc/core/kept-element.js';
import { makeLabel, patchFrameParts, patchHeading, type FrameParts } from '@dvc/core/kept-frame.js';
import { setOrRemove } from '@dvc/core/text-element.js';
import { translate } from '@dvc/core/i18n.js';
import { makeRadioOption, patchRadioOption } from './option.js';
import type { RadiosField, RadiosHandlers } from './template.js';

/**
 * A whole radio group, `div.field > fieldset[role=radiogroup]` with its legend, hint, error, the
 * read-only sentence and `div.items` of options, built once in its place and updated there, with the
 * markup the template had (ADR 0021, third round). The directive is every radio's one listener object.
 */
class RadiosGroup extends KeptElement<HTMLDivElement, [RadiosField, RadiosHandlers]> implements FrameParts {
  hint: HTMLDivElement | undefined;
  error: HTMLParagraphElement | undefined;
  provenanceEnd: Text | undefined;
  private readonlySentence: HTMLSpanElement | undefined;

  protected build(document: Document): HTMLDivElement {
    const field = makeElement(document, 'div', { class: 'field ', part: 'field' });
    const fieldset = makeElement(document, 'fieldset', { role: 'radiogroup', part: 'fieldset', class: '' }, field);
    makeLabel(document, fieldset, 'legend');
    makeElement(document, 'div', { class: 'items ', part: 'items' }, fieldset);
    return field;
  }

  protected patch(element: HTMLDivElement, [field, on]: [RadiosField, RadiosHandlers]): void {
    this.on = on;
    const fieldset = element.firstElementChild as HTMLFieldSetElement;
    const legend = fieldset.firstElementChild as HTMLLabelElement;
    const items = fieldset.lastElementChild as HTMLDivElement;
    const { error, readonly } = field;
    // Chromium does not expose aria-readonly on a radiogroup, so a locked group says it in its
    // description, and the radios it will not let the citizen choose are aria-disabled (ADR 0018).
    const readonlyId = partId(field, 'readonly');
    setOrRemove(element, 'class', `field ${error ? 'field--error' : ''}`);
    fieldset.setAttribute('class', readonly ? 'choices--readonly' : '');
    const described = describedBy(field, readonly ? [readonlyId] : []);
    setOrRemove(fieldset, 'aria-describedby', described === nothing ? '' : described);
    setOrRemove(fieldset, 'aria-required', field.required ? 'true' : '');
    setOrRemove(fieldset, 'aria-readonly', readonly ? 'true' : '');
    setOrRemove(fieldset, 'aria-invalid', error ? 'true' : '');
    patchHeading(legend, field, '');
    if (readonly) {
      const sentence = (this.readonlySentence ??= makeElement(element.ownerDocument, 'span', {
        class: 'visually-hidden',
        id: readonlyId,
      }));
      if (sentence.id !== readonlyId) sentence.id = readonlyId;
      sentence.textContent = translate(field.language, 'control.readonlyChoice');
      if (sentence.nextSibling !== items) items.before(sentence);
    } else this.readonlySentence?.remove();
    patchFrameParts(this, legend, readonly ? this.readonlySentence! : items, field);
    items.setAttribute('class', `items ${field.inline ? 'items--inline' : ''}`);
    field.options.forEach((option, index) => {
      const item =
        (items.children[index] as HTMLDivElement | undefined) ??
        items.appendChild(makeRadioOption(element.ownerDocument, this));
      patchRadioOption(item, field, option, index);
    });
    while (items.children.length > field.options.length) items.lastElementChild!.remove();
  }
}

/** `radiosGroup(field, handlers)`: a whole radio group (legend, hint, error, options), kept between renders. */
export const radiosGroup = directive(RadiosGroup);
