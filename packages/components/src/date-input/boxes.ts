import { nothing } from 'lit';
import { directive } from 'lit/directive.js';
import { describedBy, partId } from '@dvc/core/field-template.js';
import { KeptElement, makeElement, writeValue } from '@dvc/core/kept-element.js';
import { makeLabel, patchFrameParts, patchHeading, type FrameParts } from '@dvc/core/kept-frame.js';
import { setOrRemove } from '@dvc/core/text-element.js';
import { translate } from '@dvc/core/i18n.js';
import { dateAutocomplete, datePartNames } from './date-model.js';
import type { DateInputField, DateInputHandlers } from './template.js';

/**
 * A whole date field, `div.field > fieldset` with its legend, hint, error and the day, month and year boxes
 * with their labels, built once in its place and updated there, with the markup the templates had
 * (`fieldGroup` over the boxes). As template bindings the boxes were about 40 parts per date (ADR 0021,
 * second round) and the group another template instance with seven (third round); here the directive is
 * also the boxes' one listener object.
 */
class DateField extends KeptElement<HTMLDivElement, [DateInputField, DateInputHandlers]> implements FrameParts {
  hint: HTMLDivElement | undefined;
  error: HTMLParagraphElement | undefined;
  provenanceEnd: Text | undefined;
  /** Per box (day, month, year), the value last written. */
  private readonly committed: (string | undefined)[] = [];

  protected build(document: Document): HTMLDivElement {
    const field = makeElement(document, 'div', { class: 'field ', part: 'field' });
    const fieldset = makeElement(document, 'fieldset', { part: 'fieldset' }, field);
    makeLabel(document, fieldset, 'legend');
    const root = makeElement(document, 'div', { class: 'date-input', part: 'date-input' }, fieldset);
    for (const name of datePartNames) {
      const item = makeElement(document, 'div', { class: 'date-item' }, root);
      makeElement(document, 'label', { class: 'date-item-label', part: 'item-label' }, item);
      const input = makeElement(
        document,
        'input',
        {
          part: `input ${name}-input`,
          class: `input ${name === 'year' ? 'date-box--4' : 'date-box--2'}`,
          type: 'text',
          inputmode: 'numeric',
          spellcheck: 'false',
        },
        item,
      );
      this.listen(input, ['input', 'change', 'keydown']);
    }
    return field;
  }

  protected patch(element: HTMLDivElement, [field, on]: [DateInputField, DateInputHandlers]): void {
    this.on = on;
    const fieldset = element.firstElementChild as HTMLFieldSetElement;
    const legend = fieldset.firstElementChild as HTMLLabelElement;
    const root = fieldset.lastElementChild as HTMLDivElement;
    setOrRemove(element, 'class', `field ${field.error ? 'field--error' : ''}`);
    const described = describedBy(field);
    setOrRemove(fieldset, 'aria-describedby', described === nothing ? '' : described);
    patchHeading(legend, field, '');
    patchFrameParts(this, legend, root, field);
    datePartNames.forEach((name, index) => {
      const item = root.children[index]!;
      const label = item.firstElementChild as HTMLLabelElement;
      const input = item.lastElementChild as HTMLInputElement;
      const id = partId(field, name);
      label.htmlFor = id;
      label.textContent = translate(field.language, `date.${name}`);
      input.id = id;
      setOrRemove(input, 'name', field.name ? `${field.name}-${name}` : undefined);
      this.committed[index] = writeValue(input, field.parts[name], this.committed[index]);
      setOrRemove(input, 'autocomplete', dateAutocomplete(field.autocomplete, name));
      input.toggleAttribute('readonly', field.readonly);
      input.toggleAttribute('disabled', field.disabled);
      setOrRemove(input, 'aria-invalid', field.error && field.faulty.includes(name) ? 'true' : 'false');
    });
  }
}

/** `dateField(field, handlers)`: a whole date field (legend, hint, error, three labelled boxes), kept between renders. */
export const dateField = directive(DateField);
