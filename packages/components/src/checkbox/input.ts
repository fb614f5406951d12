import { nothing, noChange } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { describedBy, partId, setOrRemove } from '@dvc/core';
import type { CheckboxField, CheckboxHandlers } from './template.js';

/**
 * A checkbox's native `<input>`, built once in its place and updated there, with the markup the
 * template had (ADR 0021, second round): one part instead of a dozen bindings, and the directive
 * is the input's one listener object.
 */
class CheckboxInput extends Directive {
  private input: HTMLInputElement | undefined;
  private on: CheckboxHandlers | undefined;
  private committedValue: string | undefined;

  render(_field: CheckboxField, _on: CheckboxHandlers): typeof noChange {
    return noChange;
  }

  override update(part: ChildPart, [field, on]: [CheckboxField, CheckboxHandlers]): HTMLInputElement {
    this.on = on;
    let input = this.input;
    if (!input) {
      input = (part.parentNode.ownerDocument ?? document).createElement('input');
      input.className = 'item-input';
      input.setAttribute('part', 'input');
      input.type = 'checkbox';
      for (const type of ['click', 'input', 'change']) input.addEventListener(type, this);
      this.input = input;
    }
    input.id = partId(field, 'control');
    if (field.value !== this.committedValue) {
      input.value = field.value;
      this.committedValue = field.value;
    }
    // As `live()`: set on every render, whatever state a click left the box in.
    input.checked = field.checked;
    setOrRemove(input, 'aria-required', field.required ? 'true' : undefined);
    input.toggleAttribute('disabled', field.disabled);
    setOrRemove(input, 'aria-readonly', field.readonly ? 'true' : undefined);
    setOrRemove(input, 'aria-invalid', field.error ? 'true' : 'false');
    const described = describedBy(field);
    setOrRemove(input, 'aria-describedby', described === nothing ? '' : described);
    return input;
  }

  /** The input's listener for every event it handles: the field's handler of that name from the last render. */
  handleEvent(event: Event): void {
    this.on?.[event.type as 'click' | 'input' | 'change']?.(event as MouseEvent);
  }
}

/** `checkboxInput(field, handlers)`: a checkbox's native input, kept between renders. */
export const checkboxInput = directive(CheckboxInput);
