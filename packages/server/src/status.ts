/**
 * Submission statuses. Without an officer they advance with time on the server's clock (the
 * demo's stand-in for an agency's back office); once an officer acts (./officer.ts), the clock
 * stops and the officers' events say where the submission stands.
 */
import type { StatusEvent } from './store/index.js';

export type SubmissionStatus = 'received' | 'processing' | 'result-ready' | 'rejected';

export interface StatusSchedule {
  /** From submission to `processing`, ms (default 20 s). */
  readonly processingAfterMs: number;
  /** From submission to `result-ready`, ms (default 60 s). */
  readonly resultReadyAfterMs: number;
}

export const defaultStatusSchedule: StatusSchedule = { processingAfterMs: 20_000, resultReadyAfterMs: 60_000 };

export interface StatusReport {
  readonly status: SubmissionStatus;
  readonly history: { status: SubmissionStatus; at: string }[];
}

export function statusHistory(submittedAt: string, now: number, schedule: StatusSchedule): StatusReport {
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

/**
 * Where a stored submission stands: the clock's history up to the first officer event, then the
 * officers' events. The citizen's status page and the officer's view both read this.
 */
export function recordStatus(
  record: { readonly submittedAt: string; readonly statusEvents?: readonly StatusEvent[] | undefined },
  now: number,
  schedule: StatusSchedule,
): StatusReport {
  const events = record.statusEvents ?? [];
  const first = events[0];
  if (!first) return statusHistory(record.submittedAt, now, schedule);
  const history = [
    ...statusHistory(record.submittedAt, Date.parse(first.at), schedule).history,
    ...events.map(({ status, at }) => ({ status, at })),
  ];
  return { status: history[history.length - 1]!.status, history };
}
