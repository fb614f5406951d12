// Classes and types only: importing this module registers nothing (see define-all.js / x/define.js).
export { DvcTextInput, type TextInputType } from './text-input/text-input.js';
export { DvcTextarea } from './textarea/textarea.js';
export { DvcSelect } from './select/select.js';
export { DvcRadios } from './radios/radios.js';
export { DvcCheckboxes, type CheckboxOption } from './checkboxes/checkboxes.js';
export { DvcCheckbox } from './checkbox/checkbox.js';
export { DvcDateInput, type DateParts, type DatePartName } from './date-input/date-input.js';
export {
  DvcFileUpload,
  parseAccept,
  fileMatchesAccept,
  fileCountValidator,
  fileTypeValidator,
  fileSizeValidator,
  type AcceptToken,
  type FileConstraints,
} from './file-upload/file-upload.js';
export { DvcFieldset, type LegendSize, type LegendHeading } from './fieldset/fieldset.js';
export { DvcButton, type ButtonType, type ButtonVariant } from './button/button.js';
export {
  DvcErrorSummary,
  type ErrorSummaryItem,
  type DvcErrorSummaryLinkDetail,
} from './error-summary/error-summary.js';
export { DvcNotificationBanner, type NotificationBannerType } from './notification-banner/notification-banner.js';
export {
  DvcSummaryList,
  type SummaryListRow,
  type SummaryListAction,
  type DvcSummaryActionDetail,
} from './summary-list/summary-list.js';
export {
  DvcStepIndicator,
  type StepIndicatorStep,
  type StepStatus,
  type StepIndicatorVariant,
} from './step-indicator/step-indicator.js';
