import { nothing, noChange } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { describedBy, partId, setOrRemove } from '@dvc/core';
import type { TextInputField, TextInputHandlers } from './template.js';

/**
 * The native `<input>` of a text field, built once in its place and updated there, with the markup
 * and attribute order the template had. As template bindings it was 17 parts per field (about
 * 1 KB at 2,000 fields, ADR 0021); here the directive is also the input's one listener object
 * (`handleEvent`) and calls the field's current handlers.
 */
class TextInputElement extends Directive {
  private input: HTMLInputElement | undefined;
  private on: TextInputHandlers | undefined;
  /** The value last written, as Lit's `.value` binding compared it (not the text the citizen typed since). */
  private committedValue: string | undefined;

  render(_field: TextInputField, _on: TextInputHandlers): typeof noChange {
    return noChange;
  }

  override update(part: ChildPart, [field, on]: [TextInputField, TextInputHandlers]): HTMLInputElement {
    this.on = on;
    let input = this.input;
    if (!input) {
      input = (part.parentNode.ownerDocument ?? document).createElement('input');
      input.setAttribute('part', 'input');
      for (const type of ['input', 'change', 'keydown']) input.addEventListener(type, this);
      this.input = input;
    }
    setOrRemove(input, 'id', partId(field, 'control'));
    setOrRemove(input, 'class', `input ${field.width ? `input--width-${field.width}` : ''}`);
    setOrRemove(input, 'type', field.type);
    setOrRemove(input, 'name', field.name);
    if (field.value !== this.committedValue) {
      input.value = field.value;
      this.committedValue = field.value;
    }
    setOrRemove(input, 'autocomplete', field.autocomplete);
    setOrRemove(input, 'inputmode', field.inputmode);
    setOrRemove(input, 'placeholder', field.placeholder);
    setOrRemove(input, 'spellcheck', field.spellcheck);
    input.toggleAttribute('required', field.required);
    input.toggleAttribute('readonly', field.readonly);
    input.toggleAttribute('disabled', field.disabled);
    setOrRemove(input, 'aria-invalid', field.error ? 'true' : 'false');
    const described = describedBy(field);
    setOrRemove(input, 'aria-describedby', described === nothing ? '' : described);
    return input;
  }

  /** The input's listener for every event it handles: the field's handler of that name from the last render. */
  handleEvent(event: Event): void {
    this.on?.[event.type as 'input' | 'change' | 'keydown']?.(event as InputEvent & KeyboardEvent);
  }
}

/** `textInput(field, handlers)`: a text field's native input, kept between renders. */
export const textInput = directive(TextInputElement);
