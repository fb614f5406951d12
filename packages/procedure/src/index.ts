export * from './adapters/index.js';
export * from './adapters/locales/index.js';
export * from './drafts/index.js';
export * from './payment/index.js';
export {
  DvcProcedure,
  type JourneyPage,
  type DvcProcedureSubmittedDetail,
  type DvcProcedurePageDetail,
  type DvcProcedureFeedbackDetail,
  type DvcPageRefusedDetail,
} from './procedure/procedure.js';
export {
  Journey,
  labelInSection,
  type JourneyState,
  type ReviewAnswer,
  type ReviewSection,
} from './journey/journey.js';
export {
  procedureDefinitionSchema,
  schemaWithSteps,
  localize,
  type ProcedureDefinition,
  type ProcedureDocument,
  type ProcedureStep,
} from './procedure/definition.js';
export { registerJourneyStrings, journeyStringsVi, type JourneyStrings } from './procedure/locales/index.js';
export { DvcStatus, formatDateTime } from './status/status.js';
export { DvcSignPage, type SignPageState } from './sign-page/sign-page.js';
export { DvcPaymentTransfer } from './transfer/transfer.js';
export { bankNameOf } from './payment/bank-names.js';
export * from './signing/index.js';
export { DvcSubmissionView } from './submission-view/submission-view.js';
export {
  answerGroups,
  type StoredSubmission,
  type SubmissionViewDefinition,
  type ProvenanceKind,
} from './submission-view/model.js';
export { registerSubmissionViewStrings, submissionViewStringsVi } from './submission-view/strings.js';
export * from './assisted/index.js';
