import { noChange } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { partId, setOrRemove, translate } from '@dvc/core';
import { dateAutocomplete, datePartNames, type DatePartName } from './date-model.js';
import type { DateInputField, DateInputHandlers } from './template.js';

interface DateBox {
  readonly label: HTMLLabelElement;
  readonly input: HTMLInputElement;
  /** The value last written, as Lit's `.value` binding compared it (not the text typed since). */
  committedValue: string | undefined;
}

/**
 * A date's day, month and year boxes with their labels, built once in their place and updated
 * there, with the markup the template had. As template bindings they were about 40 parts per date
 * (ADR 0021, second round); here the directive is also the boxes' one listener object.
 */
class DateBoxes extends Directive {
  private root: HTMLDivElement | undefined;
  private readonly boxes = new Map<DatePartName, DateBox>();
  private on: DateInputHandlers | undefined;

  render(_field: DateInputField, _on: DateInputHandlers): typeof noChange {
    return noChange;
  }

  override update(part: ChildPart, [field, on]: [DateInputField, DateInputHandlers]): HTMLDivElement {
    this.on = on;
    let root = this.root;
    if (!root) {
      const document_ = part.parentNode.ownerDocument ?? document;
      root = document_.createElement('div');
      root.className = 'date-input';
      root.setAttribute('part', 'date-input');
      for (const name of datePartNames) {
        const item = root.appendChild(document_.createElement('div'));
        item.className = 'date-item';
        const label = item.appendChild(document_.createElement('label'));
        label.className = 'date-item-label';
        label.setAttribute('part', 'item-label');
        const input = item.appendChild(document_.createElement('input'));
        input.setAttribute('part', `input ${name}-input`);
        input.className = `input ${name === 'year' ? 'date-box--4' : 'date-box--2'}`;
        input.type = 'text';
        input.inputMode = 'numeric';
        input.spellcheck = false;
        for (const type of ['input', 'change', 'keydown']) input.addEventListener(type, this);
        this.boxes.set(name, { label, input, committedValue: undefined });
      }
      this.root = root;
    }
    for (const [name, box] of this.boxes) {
      const { label, input } = box;
      const id = partId(field, name);
      label.htmlFor = id;
      label.textContent = translate(field.language, `date.${name}`);
      input.id = id;
      setOrRemove(input, 'name', field.name ? `${field.name}-${name}` : undefined);
      if (field.parts[name] !== box.committedValue) {
        input.value = field.parts[name];
        box.committedValue = field.parts[name];
      }
      setOrRemove(input, 'autocomplete', dateAutocomplete(field.autocomplete, name));
      input.toggleAttribute('readonly', field.readonly);
      input.toggleAttribute('disabled', field.disabled);
      setOrRemove(input, 'aria-invalid', field.error && field.faulty.includes(name) ? 'true' : 'false');
    }
    return root;
  }

  /** The boxes' listener for every event they handle: the field's handler of that name from the last render. */
  handleEvent(event: Event): void {
    this.on?.[event.type as 'input' | 'change' | 'keydown']?.(event as InputEvent & KeyboardEvent);
  }
}

/** `dateBoxes(field, handlers)`: a date's three labelled boxes, kept between renders. */
export const dateBoxes = directive(DateBoxes);
