import { noChange } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { partId, setOrRemove, type ControlOption, type FieldFrame } from '@dvc/core';

/** What one radio needs of its group. */
export interface RadioGroupState extends FieldFrame {
  readonly value: string;
}

export interface RadioHandlers {
  readonly click: (event: MouseEvent) => void;
  readonly keydown: (event: KeyboardEvent) => void;
  readonly input: (event: Event) => void;
  readonly change: (event: Event) => void;
}

const handledEvents = ['click', 'keydown', 'input', 'change'] as const;

/**
 * One option of a radio group, `div.item > input.item-input[type=radio] + label.item-label (+ div.item-hint)`,
 * built once in its place and updated there. As a template each option was a template instance with
 * 14 parts and its own listeners (about 1 KB per option at 2,000 fields, ADR 0021); here the directive
 * is the radio's one listener object (`handleEvent`) and calls the group's current handlers.
 */
class RadioOption extends Directive {
  private item: HTMLDivElement | undefined;
  private input: HTMLInputElement | undefined;
  private label: HTMLLabelElement | undefined;
  private hint: HTMLDivElement | undefined;
  private on: RadioHandlers | undefined;

  render(_group: RadioGroupState, _option: ControlOption, _index: number, _on: RadioHandlers): typeof noChange {
    return noChange;
  }

  override update(
    part: ChildPart,
    [group, option, index, on]: [RadioGroupState, ControlOption, number, RadioHandlers],
  ): HTMLDivElement {
    const document_ = part.parentNode.ownerDocument ?? document;
    this.on = on;
    let { item, input, label } = this;
    if (!item || !input || !label) {
      item = document_.createElement('div');
      item.className = 'item';
      item.setAttribute('part', 'item');
      input = document_.createElement('input');
      input.className = 'item-input';
      input.setAttribute('part', 'input');
      input.type = 'radio';
      for (const type of handledEvents) input.addEventListener(type, this);
      label = document_.createElement('label');
      label.className = 'item-label';
      label.setAttribute('part', 'item-label');
      label.append(document_.createTextNode(''));
      item.append(input, label);
      Object.assign(this, { item, input, label });
    }
    const id = partId(group, `option-${index}`);
    // Radios group by name within a tree: in a form's shared shadow root each field needs its own.
    const name = partId(group, 'choice');
    if (input.id !== id) input.id = id;
    if (input.name !== name) input.name = name;
    if (input.value !== option.value) input.value = option.value;
    const checked = option.value === group.value;
    if (input.checked !== checked) input.checked = checked;
    if (input.disabled !== group.disabled) input.disabled = group.disabled;
    setOrRemove(input, 'aria-disabled', group.readonly && !checked ? 'true' : '');
    setOrRemove(input, 'aria-describedby', option.hint ? `${id}-hint` : '');
    if (label.htmlFor !== id) label.htmlFor = id;
    const text = label.firstChild as Text;
    if (text.data !== option.label) text.data = option.label;
    if (option.hint) {
      const hint = (this.hint ??= document_.createElement('div'));
      hint.className = 'item-hint';
      hint.setAttribute('part', 'item-hint');
      if (hint.id !== `${id}-hint`) hint.id = `${id}-hint`;
      if (hint.textContent !== option.hint) hint.textContent = option.hint;
      if (hint.parentNode !== item) item.append(hint);
    } else this.hint?.remove();
    return item;
  }

  /** The radio's listener for every event it handles: the group's handler of that name from the last render. */
  handleEvent(event: Event): void {
    this.on?.[event.type as (typeof handledEvents)[number]](event as MouseEvent & KeyboardEvent);
  }
}

/** `radioOption(group, option, index, handlers)`: one radio with its label and hint, kept between renders. */
export const radioOption = directive(RadioOption);
