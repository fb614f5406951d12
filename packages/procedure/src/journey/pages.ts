/** The pages a journey can have, in the order the citizen meets them (CONTRACTS: review before payment). */
export type JourneyPage =
  | 'assisted-intake'
  | 'start'
  | 'consent'
  | `step-${string}`
  | 'lookup'
  | 'documents'
  | 'review'
  | 'declaration'
  | 'sign'
  | 'payment'
  | 'confirmation'
  | 'status'
  | 'feedback';

/** Pages open only after the application was received. */
export const afterSubmission: readonly JourneyPage[] = ['confirmation', 'status', 'feedback'];

/** Whether `value` names a page kind at all (a step page is checked against the definition later). */
export function isPageName(value: unknown): value is JourneyPage {
  if (typeof value !== 'string') return false;
  return (
    value.startsWith('step-') ||
    [
      'assisted-intake',
      'start',
      'consent',
      'lookup',
      'documents',
      'review',
      'declaration',
      'sign',
      'payment',
      'confirmation',
      'status',
      'feedback',
    ].includes(value)
  );
}
