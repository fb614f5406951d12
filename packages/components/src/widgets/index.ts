// The widget registry (ADR 0010): one template function per widget over a small field model,
// used by the standalone elements and by <dvc-form>, which renders fields into its own shadow root.
import { css } from 'lit';
import { choiceStyles, combineStyles, fieldFrameStyles, inputStyles, token } from '@dvc/core/styles.js';
import { checkboxOwnStyles } from '../checkbox/checkbox.styles.js';
import { radiosOwnStyles } from '../radios/radios.styles.js';
import { textInputOwnStyles } from '../text-input/text-input.styles.js';
import { selectOwnStyles } from '../select/select.styles.js';
import { dateInputOwnStyles } from '../date-input/date-input.styles.js';
import { fieldsetOwnStyles } from '../fieldset/fieldset.styles.js';
import { buttonOwnStyles } from '../button/button.styles.js';

export {
  textInputTemplate,
  type TextInputField,
  type TextInputHandlers,
  type TextInputType,
} from '../text-input/template.js';
export { checkboxTemplate, type CheckboxField, type CheckboxHandlers } from '../checkbox/template.js';
export { radiosTemplate, type RadiosField, type RadiosHandlers } from '../radios/template.js';
export { selectTemplate, chosenOption, type SelectField, type SelectHandlers } from '../select/template.js';
// The textarea and the checkboxes: `./widgets-rare.js` (a form downloads them only when its schema has them).
export { dateInputTemplate, datePartOf, type DateInputField, type DateInputHandlers } from '../date-input/template.js';
export { fieldsetTemplate, type FieldsetModel } from '../fieldset/template.js';
export { buttonTemplate, type ButtonModel } from '../button/template.js';
export {
  dateProblem,
  datePartNames,
  displayDate,
  isoFromParts,
  partsFromIso,
  type DateParts,
  type DatePartName,
  type DateProblem,
} from '../date-input/date-model.js';

/**
 * Everything the widgets above need, as one sheet for a tree that renders many of them; the textarea's and the
 * checkboxes' rules are `rareWidgetStyles` (`./widgets-rare.js`), which a form loads only when its schema has them.
 * `.dvc-widget` is the box each field sits in: what `:host` is for a standalone element.
 */
export const widgetStyles = combineStyles(
  fieldFrameStyles,
  inputStyles,
  choiceStyles,
  textInputOwnStyles,
  checkboxOwnStyles,
  radiosOwnStyles,
  selectOwnStyles,
  dateInputOwnStyles,
  fieldsetOwnStyles,
  buttonOwnStyles,
  css`
    .dvc-widget {
      display: block;
      margin-block-end: ${token('space-5')};
    }
  `,
);
