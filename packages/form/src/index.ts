export { DvcForm, toData, type DvcFormValidationResult, type DvcFormChangeDetail, type DvcFormSubmitDetail, type DvcFormInvalidDetail, type DvcSchemaErrorDetail, type FormValidateOn } from './form.js';
export { FormController, registerRendererStrings, formNamespace, type FieldError } from './form-controller.js';
export { FormValidation, type DataError } from './form-validation.js';
export { registerFormStrings, formStringsNamespace, formStringsVi, formStringsEn, type FormStrings } from './locales/index.js';
export { SchemaProblem, type JsonSchema, type JsonSchemaObject, type LocalizedText } from './schema/schema-types.js';
export { fieldModel, type FieldModel, type FieldKind, type UiHints } from './schema/field-model.js';
export { objectView, type ObjectView, type PropertyView } from './schema/object-view.js';
export { getAt, setAt, parsePointer, joinPointer } from './schema/pointer.js';
export { checkSchema } from './schema/check.js';
