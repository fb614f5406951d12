/** The events `<dvc-procedure>` fires. */
import type { JourneyPage } from '../journey/pages.js';

export interface DvcProcedureSubmittedDetail {
  readonly reference: string;
  readonly procedureId: string;
}
export interface DvcProcedurePageDetail {
  readonly page: JourneyPage;
}
export interface DvcProcedureFeedbackDetail {
  readonly procedureId: string;
  readonly reference: string | undefined;
  readonly satisfaction: string;
  readonly comment: string;
}
export interface DvcPageRefusedDetail {
  /** The page asked for (any value). */
  readonly requested: unknown;
  /** The page opened instead: the first page that still asks something (or the confirmation). */
  readonly page: JourneyPage;
}

declare global {
  interface HTMLElementEventMap {
    'dvc-procedure-page': CustomEvent<DvcProcedurePageDetail>;
    'dvc-page-refused': CustomEvent<DvcPageRefusedDetail>;
    'dvc-procedure-submitted': CustomEvent<DvcProcedureSubmittedDetail>;
    'dvc-procedure-feedback': CustomEvent<DvcProcedureFeedbackDetail>;
  }
}
