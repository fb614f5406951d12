// The root entry validates synchronously from the start (`FormValidation`, `summarizeAnswers`).
import './validator-eager.js';

export {
  DvcForm,
  toData,
  type DvcFormValidationResult,
  type DvcFormChangeDetail,
  type DvcFormSubmitDetail,
  type DvcFormInvalidDetail,
  type DvcSchemaErrorDetail,
  type FormValidateOn,
} from './form.js';
export { FormController, registerRendererStrings, formNamespace, type FieldError } from './form-controller.js';
export { FormValidation, type DataError } from './form-validation.js';
export { registerFormStrings, formStringsNamespace, formStringsVi, type FormStrings } from './locales/index.js';
// The schema core moved to `@dvc/schema`; re-exported so portals' imports keep working.
export {
  SchemaProblem,
  fieldModel,
  objectView,
  getAt,
  setAt,
  parsePointer,
  joinPointer,
  checkSchema,
} from '@dvc/schema';
export type {
  JsonSchema,
  JsonSchemaObject,
  LocalizedText,
  FieldModel,
  FieldKind,
  UiHints,
  ObjectView,
  PropertyView,
} from '@dvc/schema';
export { summarizeAnswers, isoToDisplayDate, type AnswerRow } from './summary.js';
export { findPrefillFields, PrefillState, type PrefillField } from './prefill.js';
export type { IdentityConsent, DvcIdentityConsentDetail, IdentityErrorDetail } from './form.js';
