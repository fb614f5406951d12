/**
 * The officer endpoints the officer page calls (docs/rest-api.md, "Officer"). Answers are checked
 * for the little the page relies on; the submission itself goes to `<dvc-submission-view>`.
 */
import type { StoredSubmission } from '@dvc/procedure';
import { isRecord, PortalRequestError, requestJson } from './api.js';
import type { Localized } from './text.js';

export type OfficerStatus = StoredSubmission['status'];

export interface OfficerSession {
  readonly officerId: string;
  readonly name: string;
}

export interface SubmissionListing {
  readonly reference: string;
  readonly procedureId: string;
  readonly procedureTitle: Localized | undefined;
  readonly submittedAt: string;
  readonly status: OfficerStatus;
}

export interface OfficerSubmission extends StoredSubmission {
  /** Where the officer may move it next. */
  readonly transitions: readonly OfficerStatus[];
}

/** `GET /api/officer/session`: the signed-in officer, or `null`. */
export async function officerSession(): Promise<OfficerSession | null> {
  const body = await requestJson('/api/officer/session');
  if (!isRecord(body) || body['signedIn'] !== true) return null;
  return { officerId: String(body['officerId']), name: String(body['name']) };
}

/** Signs in as a demo officer (the officer's own signed cookie); the first one without an id. */
export async function officerSignIn(officerId?: string): Promise<void> {
  await requestJson('/api/demo/officer/session', {
    method: 'POST',
    body: JSON.stringify(officerId ? { officerId } : {}),
  });
}

export async function officerSignOut(): Promise<void> {
  await requestJson('/api/demo/officer/sign-out', { method: 'POST', body: '{}' });
}

/** `GET /api/officer/submissions` (the first 100, newest first). */
export async function listSubmissions(): Promise<SubmissionListing[]> {
  const body = await requestJson('/api/officer/submissions?limit=100');
  const list = isRecord(body) && Array.isArray(body['submissions']) ? body['submissions'] : undefined;
  if (!list) throw new PortalRequestError(0);
  return list.filter(isRecord).map((entry) => ({
    reference: String(entry['reference']),
    procedureId: String(entry['procedureId']),
    procedureTitle: entry['procedureTitle'] as Localized | undefined,
    submittedAt: String(entry['submittedAt']),
    status: entry['status'] as OfficerStatus,
  }));
}

function asSubmission(body: unknown): OfficerSubmission {
  if (!isRecord(body) || typeof body['reference'] !== 'string' || !Array.isArray(body['transitions']))
    throw new PortalRequestError(0);
  return body as unknown as OfficerSubmission;
}

/** `GET /api/officer/submissions/:reference`, or `undefined` when there is none. */
export async function getSubmission(reference: string): Promise<OfficerSubmission | undefined> {
  try {
    return asSubmission(await requestJson(`/api/officer/submissions/${encodeURIComponent(reference)}`));
  } catch (error) {
    if (error instanceof PortalRequestError && error.status === 404) return undefined;
    throw error;
  }
}

/** `POST /api/officer/submissions/:reference/status`: the submission as it is now. */
export async function advanceStatus(reference: string, status: OfficerStatus): Promise<OfficerSubmission> {
  return asSubmission(
    await requestJson(`/api/officer/submissions/${encodeURIComponent(reference)}/status`, {
      method: 'POST',
      body: JSON.stringify({ status }),
    }),
  );
}
