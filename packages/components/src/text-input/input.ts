import { nothing, noChange } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { describedBy, partId, setOrRemove } from '@dvc/core';
import type { TextInputField, TextInputHandlers } from './template.js';

/**
 * The `<div class="input-wrapper">` of a text field with its prefix, native `<input>` and suffix,
 * built once in its place and updated there, with the markup and attribute order the template had.
 * As template bindings the input was 17 parts per field and the affixes two more (ADR 0021); here
 * the directive is also the input's one listener object (`handleEvent`) and calls the field's
 * current handlers.
 */
class TextInputElement extends Directive {
  private wrapper: HTMLDivElement | undefined;
  private input: HTMLInputElement | undefined;
  private prefix: HTMLSpanElement | undefined;
  private suffix: HTMLSpanElement | undefined;
  private on: TextInputHandlers | undefined;
  /** The value last written, as Lit's `.value` binding compared it (not the text the citizen typed since). */
  private committedValue: string | undefined;

  render(_field: TextInputField, _on: TextInputHandlers): typeof noChange {
    return noChange;
  }

  override update(part: ChildPart, [field, on]: [TextInputField, TextInputHandlers]): HTMLDivElement {
    this.on = on;
    const document_ = part.parentNode.ownerDocument ?? document;
    let wrapper = this.wrapper;
    let input = this.input;
    if (!wrapper || !input) {
      wrapper = document_.createElement('div');
      wrapper.className = 'input-wrapper';
      input = wrapper.appendChild(document_.createElement('input'));
      input.setAttribute('part', 'input');
      for (const type of ['input', 'change', 'keydown']) input.addEventListener(type, this);
      this.wrapper = wrapper;
      this.input = input;
    }
    this.prefix = affix(wrapper, this.prefix, 'prefix', field.prefixText, input);
    this.suffix = affix(wrapper, this.suffix, 'suffix', field.suffixText, null);
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
    return wrapper;
  }

  /** The input's listener for every event it handles: the field's handler of that name from the last render. */
  handleEvent(event: Event): void {
    this.on?.[event.type as 'input' | 'change' | 'keydown']?.(event as InputEvent & KeyboardEvent);
  }
}

/** Shows `<span class="affix affix--prefix" aria-hidden="true">text</span>` before `next` (null: at the end), or removes it. */
function affix(
  wrapper: HTMLElement,
  span: HTMLSpanElement | undefined,
  side: string,
  text: string,
  next: Node | null,
): HTMLSpanElement | undefined {
  if (text) {
    span ??= wrapper.ownerDocument.createElement('span');
    span.className = `affix affix--${side}`;
    span.setAttribute('aria-hidden', 'true');
    span.textContent = text;
    if (span.parentNode !== wrapper) wrapper.insertBefore(span, next);
  } else span?.remove();
  return span;
}

/** `textInput(field, handlers)`: a text field's input wrapper with its affixes and native input, kept between renders. */
export const textInput = directive(TextInputElement);
