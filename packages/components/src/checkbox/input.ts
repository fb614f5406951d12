import { nothing } from 'lit';
import { directive } from 'lit/directive.js';
import { describedBy, KeptElement, makeElement, partId, setOrRemove, writeValue } from '@dvc/core';
import type { CheckboxField, CheckboxHandlers } from './template.js';

/**
 * A checkbox's native `<input>`, built once in its place and updated there, with the markup the
 * template had (ADR 0021, second round): one part instead of a dozen bindings, and the directive
 * is the input's one listener object.
 */
class CheckboxInput extends KeptElement<HTMLInputElement, [CheckboxField, CheckboxHandlers]> {
  private committedValue: string | undefined;

  protected build(document: Document): HTMLInputElement {
    const input = makeElement(document, 'input', { class: 'item-input', part: 'input', type: 'checkbox' });
    this.listen(input, ['click', 'input', 'change']);
    return input;
  }

  protected patch(input: HTMLInputElement, [field, on]: [CheckboxField, CheckboxHandlers]): void {
    this.on = on;
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

/** `checkboxInput(field, handlers)`: a checkbox's native input, kept between renders. */
export const checkboxInput = directive(CheckboxInput);
