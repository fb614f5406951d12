/** Submission statuses advance with time on the server's clock: the demo's stand-in for an agency's back office. */
export type SubmissionStatus = 'received' | 'processing' | 'result-ready';

export interface StatusSchedule {
  /** From submission to `processing`, ms (default 20 s). */
  readonly processingAfterMs: number;
  /** From submission to `result-ready`, ms (default 60 s). */
  readonly resultReadyAfterMs: number;
}

export const defaultStatusSchedule: StatusSchedule = { processingAfterMs: 20_000, resultReadyAfterMs: 60_000 };

export function statusHistory(
  submittedAt: string,
  now: number,
  schedule: StatusSchedule,
): { status: SubmissionStatus; history: { status: SubmissionStatus; at: string }[] } {
  const start = Date.parse(submittedAt);
  const steps: [SubmissionStatus, number][] = [
    ['received', start],
    ['processing', start + schedule.processingAfterMs],
    ['result-ready', start + schedule.resultReadyAfterMs],
  ];
  const history = steps
    .filter(([, at]) => at <= now)
    .map(([status, at]) => ({ status, at: new Date(at).toISOString() }));
  if (history.length === 0) history.push({ status: 'received', at: new Date(start).toISOString() });
  return { status: history[history.length - 1]?.status ?? 'received', history };
}
