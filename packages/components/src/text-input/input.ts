import { nothing } from 'lit';
import { directive } from 'lit/directive.js';
import { describedBy, partId } from '@dvc/core/field-template.js';
import { KeptElement, makeElement, writeValue } from '@dvc/core/kept-element.js';
import { makeLabel, patchFrameParts, patchHeading, type FrameParts } from '@dvc/core/kept-frame.js';
import { setOrRemove } from '@dvc/core/text-element.js';
import type { TextInputField, TextInputHandlers } from './template.js';

/**
 * A whole text field, `div.field` with its label, hint, provenance, error and the native `<input>` (in a
 * `div.input-wrapper` with its prefix and suffix when it has either), built once in its place and updated there, with the markup and attribute
 * order the templates had. As a template instance with label, hint, error and input parts it was about
 * 0.4 KB of parts and arrays per field (ADR 0021, third round); the prefilled value's provenance, rare,
 * is still its template, rendered in place before an empty text node.
 */
class TextField extends KeptElement<HTMLDivElement, [TextInputField, TextInputHandlers]> implements FrameParts {
  hint: HTMLDivElement | undefined;
  error: HTMLParagraphElement | undefined;
  provenanceEnd: Text | undefined;
  private input: HTMLInputElement | undefined;
  private wrapper: HTMLDivElement | undefined;
  private prefix: HTMLSpanElement | undefined;
  private suffix: HTMLSpanElement | undefined;
  private committedValue: string | undefined;

  protected build(document: Document): HTMLDivElement {
    const field = makeElement(document, 'div', { class: 'field ', part: 'field' });
    makeLabel(document, field);
    this.input = makeElement(document, 'input', { part: 'input' }, field);
    this.listen(this.input, ['input', 'change', 'keydown']);
    return field;
  }

  protected patch(root: HTMLDivElement, [field, on]: [TextInputField, TextInputHandlers]): void {
    this.on = on;
    const label = root.firstElementChild as HTMLLabelElement;
    const input = this.input!;
    setOrRemove(root, 'class', `field ${field.error ? 'field--error' : ''}`);
    patchHeading(label, field, 'control');
    const control = this.wrapInput(root, input, Boolean(field.prefixText || field.suffixText));
    patchFrameParts(this, label, control, field);
    if (this.wrapper) {
      this.prefix = affix(this.wrapper, this.prefix, 'prefix', field.prefixText, input);
      this.suffix = affix(this.wrapper, this.suffix, 'suffix', field.suffixText, null);
    }
    setOrRemove(input, 'id', partId(field, 'control'));
    setOrRemove(input, 'class', `input ${field.width ? `input--width-${field.width}` : ''}`);
    setOrRemove(input, 'type', field.type);
    setOrRemove(input, 'name', field.name);
    this.committedValue = writeValue(input, field.value, this.committedValue);
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
  }

  /**
   * The input alone when it has no prefix or suffix (most fields: one flex box fewer per field, issue 12),
   * else inside `div.input-wrapper` with them; returns what now holds the input in the field.
   */
  private wrapInput(root: HTMLDivElement, input: HTMLInputElement, affixed: boolean): HTMLElement {
    if (affixed) {
      const wrapper = (this.wrapper ??= makeElement(root.ownerDocument, 'div', { class: 'input-wrapper' }));
      if (input.parentNode !== wrapper) {
        root.insertBefore(wrapper, input);
        wrapper.append(input);
      }
      return wrapper;
    }
    if (this.wrapper?.parentNode) {
      this.wrapper.before(input);
      this.wrapper.remove();
    }
    return input;
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
    span ??= makeElement(wrapper.ownerDocument, 'span', { class: `affix affix--${side}`, 'aria-hidden': 'true' });
    span.textContent = text;
    if (span.parentNode !== wrapper) wrapper.insertBefore(span, next);
  } else span?.remove();
  return span;
}

/** `textField(field, handlers)`: a whole text field (label, hint, error, input with its affixes), kept between renders. */
export const textField = directive(TextField);
