// The widgets few forms have (ADR 0017, seventh amendment): the textarea's and the checkboxes' templates and rules, for
// a tree that renders them beside the others (`widgets.js`). `<dvc-form>` loads them with its chunk for these two kinds.
import { combineStyles } from '@dvc/core/styles.js';
import { textareaOwnStyles } from '../textarea/textarea.styles.js';
import { checkboxesOwnStyles } from '../checkboxes/checkboxes.styles.js';

export {
  textareaTemplate,
  characterCountMessage,
  hasCharacterCount,
  type TextareaField,
  type TextareaHandlers,
} from '../textarea/template.js';
export {
  checkboxesTemplate,
  checkedOptionValues,
  toggleOption,
  type CheckboxesField,
  type CheckboxesHandlers,
  type CheckboxOption,
} from '../checkboxes/template.js';

export const rareWidgetStyles = combineStyles(textareaOwnStyles, checkboxesOwnStyles);
