/** @dvc/cli as a library: the linter, the type generator and the step derivation, for other Node tools. */
export { lintFile, lintText } from './lint/lint.js';
export {
  exitCodeOf,
  messageOf,
  countBySeverity,
  type LintProblem,
  type LintResult,
  type Severity,
} from './lint/problems.js';
export { hintLimit, questionsPerStepLimit } from './lint/rules.js';
export { answersTypes, formatTypes } from './types.js';
export {
  dataSchemaWithSteps,
  topLevelPropertyDefinitions,
  procedureSchemaPath,
  type ProcedureDefinition,
  type ProcedureStep,
  type LocalizedText,
} from './procedure.js';
export { startPreview, type PreviewOptions, type PreviewServer } from './preview/server.js';
export { main } from './main.js';
