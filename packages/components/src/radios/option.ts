import { makeElement } from '@dvc/core/kept-element.js';
import { partId, type FieldFrame } from '@dvc/core/field-template.js';
import { setOrRemove } from '@dvc/core/text-element.js';
import type { ControlOption } from '@dvc/core/options.js';

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

export const radioEvents = ['click', 'keydown', 'input', 'change'] as const;

/**
 * One option of a radio group, `div.item > input.item-input[type=radio] + label.item-label (+ div.item-hint)`,
 * made once (`makeRadioOption`) and updated in place (`patchRadioOption`) by the group's kept field
 * (`group.ts`). As a template each option was a template instance with 14 parts and its own listeners
 * (about 1 KB per option at 2,000 fields, ADR 0021); the group's directive is the radio's one listener.
 */
export function makeRadioOption(document: Document, listener: EventListenerObject): HTMLDivElement {
  const item = makeElement(document, 'div', { class: 'item', part: 'item' });
  const input = makeElement(document, 'input', { class: 'item-input', part: 'input', type: 'radio' }, item);
  for (const type of radioEvents) input.addEventListener(type, listener);
  const label = makeElement(document, 'label', { class: 'item-label', part: 'item-label' }, item);
  label.append(document.createTextNode(''));
  return item;
}

/** An option made by `makeRadioOption`: its ids, name, value, state, label and hint. */
export function patchRadioOption(
  item: HTMLDivElement,
  group: RadioGroupState,
  option: ControlOption,
  index: number,
): void {
  const input = item.firstElementChild as HTMLInputElement;
  const label = input.nextElementSibling as HTMLLabelElement;
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
  let hint = label.nextElementSibling as HTMLDivElement | null;
  if (option.hint) {
    hint ??= makeElement(item.ownerDocument, 'div', { class: 'item-hint', part: 'item-hint' }, item);
    if (hint.id !== `${id}-hint`) hint.id = `${id}-hint`;
    if (hint.textContent !== option.hint) hint.textContent = option.hint;
  } else hint?.remove();
}
