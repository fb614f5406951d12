/**
 * `@dvc/schema`: the headless core every DVC Kit package reads JSON Schemas with — JSON pointers,
 * local `$ref` / `$defs` / `definitions` resolution, the field model, the active-field traversal.
 * `x-prefill` discovery is `@dvc/schema/prefill.js` (not here: a form's first download leaves it out, ADR 0017,
 * sixth amendment). `activeContext` (a traversal context with its own validator) is
 * `@dvc/schema/active-context.js`. The validator is `@dvc/schema/validation.js`, the Vietnamese formats
 * `@dvc/schema/formats.js`. No DOM, no Lit: it runs in Node and the browser.
 */
export { SchemaProblem, type JsonSchema, type JsonSchemaObject, type LocalizedText } from './schema-types.js';
export { getAt, setAt, parsePointer, joinPointer, escapePointerToken, isObject, sameValue } from './pointer.js';
export {
  resolveLocalRef,
  deref,
  asSchemaObject,
  childPointer,
  primaryType,
  schemaType,
  type Located,
} from './resolve.js';
export { walkActive, activeFields, activeValue, itemSchema, type ActiveContext, type ActiveField } from './active.js';
export {
  fieldModel,
  localized,
  withUiHints,
  type FieldModel,
  type FieldKind,
  type UiHints,
  type ControlOption,
} from './field-model.js';
export {
  objectView,
  isForbidden,
  type ObjectView,
  type PropertyView,
  type BranchChoice,
  type ChoiceState,
  type SubschemaTest,
  type ObjectViewContext,
} from './object-view.js';
export { checkSchema } from './check.js';
export { branchLabels, unrenderableShapes, fieldShapeProblem } from './shapes.js';
export { optionsOf, singleValue } from './field-model.js';
export { copyJson } from './validation/json-copy.js';
