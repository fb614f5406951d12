import { nothing, type TemplateResult } from 'lit';
import type { FieldFrame } from '@dvc/core/field-template.js';
import {
  checkboxesTemplate,
  checkedOptionValues,
  characterCountMessage,
  hasCharacterCount,
  rareWidgetStyles,
  textareaTemplate,
  toggleOption,
} from '@dvc/components/widgets-rare.js';
import { getAt } from '@dvc/schema';
import type { FieldRecord, FormController } from './form-controller.js';
import { adoptSheetWhereRendered } from './adopt-sheet.js';
import {
  announceDelay,
  emit,
  peekState,
  preventWhenReadonly,
  shownText,
  stateOf,
  typed,
  typedSends,
} from './widget-templates.js';

/**
 * The textarea and the checkboxes in `<dvc-form>`'s tree (ADR 0019), a chunk of their own (ADR 0017, seventh
 * amendment): few forms have them, so a form without them does not download them. Their rules come with them.
 */

function textareaWidget(
  controller: FormController,
  frame: FieldFrame,
  record: FieldRecord,
  refresh: () => void,
): TemplateResult {
  const maxlength = record.schema.maxLength;
  const counted = hasCharacterCount(maxlength);
  // The visible count follows every keystroke; the live region speaks it once the citizen pauses.
  const count = (text: string): void => {
    if (!counted) return;
    refresh();
    const state = stateOf(controller, record.pointer);
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.said = characterCountMessage(controller.language, maxlength, text);
      refresh();
    }, announceDelay);
  };
  return textareaTemplate(
    {
      ...frame,
      name: '',
      value: shownText(controller, record, getAt(controller.data, record.pointer)),
      rows: 5,
      autocomplete: record.model.autocomplete,
      maxlength,
      announcement: peekState(controller, record.pointer)?.said ?? '',
    },
    {
      ...typedSends,
      // After the data is written: the count re-renders the field with the text just typed.
      input: (event) => {
        const text = typed(event);
        emit(controller, record, event.target!, 'dvc-input', text, text);
        count(text);
      },
    },
  );
}

function checkboxesWidget(controller: FormController, frame: FieldFrame, record: FieldRecord): TemplateResult {
  const { options } = record.model;
  // The values now, not at this render: a click re-renders the field only when its error changes.
  const checked = (): string[] => {
    const value = getAt(controller.data, record.pointer);
    return Array.isArray(value) ? value.map(String) : [];
  };
  return checkboxesTemplate(
    { ...frame, options, value: checked() },
    {
      click: preventWhenReadonly,
      input: (event) => {
        const input = event.target as HTMLInputElement;
        emit(controller, record, input, 'dvc-input', toggleOption(options, checked(), input.value, input.checked));
      },
      change: (event) => emit(controller, record, event.target!, 'dvc-change', checkedOptionValues(options, checked())),
    },
  );
}

/** The template of a textarea or checkboxes field; its box adopts the two kinds' rules. */
export function rareWidgetTemplate(
  controller: FormController,
  record: FieldRecord,
  frame: FieldFrame,
  refresh: () => void,
): TemplateResult | typeof nothing {
  if (record.element && rareWidgetStyles.styleSheet)
    adoptSheetWhereRendered(record.element, rareWidgetStyles.styleSheet);
  if (record.model.kind === 'textarea') return textareaWidget(controller, frame, record, refresh);
  if (record.model.kind === 'checkboxes') return checkboxesWidget(controller, frame, record);
  return nothing;
}
