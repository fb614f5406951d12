/**
 * The few reference-server calls the portal chrome makes itself (the journey's calls go through
 * `@dvc/procedure`'s HTTP adapters). Answers are checked before use; anything unexpected is an error.
 */
import { mapClaims } from '@dvc/identity';
import type { Localized } from './text.js';

export class PortalRequestError extends Error {
  constructor(readonly status: number) {
    super(`request failed with status ${status}`);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLocalized(value: unknown): value is Localized {
  return (
    typeof value === 'string' ||
    (isRecord(value) &&
      typeof value['vi'] === 'string' &&
      (value['en'] === undefined || typeof value['en'] === 'string'))
  );
}

export async function requestJson(path: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(path, {
    credentials: 'same-origin',
    ...init,
    headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) },
  });
  if (!response.ok) throw new PortalRequestError(response.status);
  return (await response.json()) as unknown;
}

export interface ProcedureListing {
  readonly id: string;
  readonly title: Localized;
  readonly summary: Localized | undefined;
  readonly agency: Localized | undefined;
  readonly fees: readonly unknown[];
  readonly processingTime: Localized | undefined;
}

/** `GET /api/procedures`: the list on the home page. */
export async function listProcedures(): Promise<ProcedureListing[]> {
  const body = await requestJson('/api/procedures');
  const procedures = isRecord(body) && Array.isArray(body['procedures']) ? body['procedures'] : undefined;
  if (!procedures) throw new PortalRequestError(0);
  return procedures.flatMap((entry: unknown): ProcedureListing[] => {
    if (!isRecord(entry) || typeof entry['id'] !== 'string' || !isLocalized(entry['title'])) return [];
    const time = isRecord(entry['processingTime']) ? entry['processingTime']['text'] : undefined;
    const agency = isRecord(entry['agency']) ? entry['agency']['name'] : entry['agency'];
    return [
      {
        id: entry['id'],
        title: entry['title'],
        summary: isLocalized(entry['summary']) ? entry['summary'] : undefined,
        agency: isLocalized(agency) ? agency : undefined,
        fees: Array.isArray(entry['fees']) ? entry['fees'] : [],
        processingTime: isLocalized(time) ? time : undefined,
      },
    ];
  });
}

/** `GET /api/procedures/:id`: the whole definition, or `undefined` when there is no such procedure. */
export async function getProcedure(id: string): Promise<Record<string, unknown> | undefined> {
  try {
    const body = await requestJson(`/api/procedures/${encodeURIComponent(id)}`);
    if (!isRecord(body)) throw new PortalRequestError(0);
    return body;
  } catch (error) {
    if (error instanceof PortalRequestError && error.status === 404) return undefined;
    throw error;
  }
}

export interface DemoCitizenListing {
  readonly id: string;
  readonly label: string;
  readonly sources: readonly string[];
}

/** `GET /api/demo/citizens`. */
export async function listCitizens(): Promise<DemoCitizenListing[]> {
  const body = await requestJson('/api/demo/citizens');
  const citizens = isRecord(body) && Array.isArray(body['citizens']) ? body['citizens'] : [];
  return citizens.flatMap((entry: unknown): DemoCitizenListing[] =>
    isRecord(entry) && typeof entry['id'] === 'string' && typeof entry['label'] === 'string'
      ? [
          {
            id: entry['id'],
            label: entry['label'],
            sources: Array.isArray(entry['sources'])
              ? entry['sources'].filter((source): source is string => typeof source === 'string')
              : [],
          },
        ]
      : [],
  );
}

export async function signIn(citizenId: string): Promise<void> {
  await requestJson('/api/demo/sign-in', { method: 'POST', body: JSON.stringify({ citizenId }) });
}

export interface OfficerListing {
  readonly id: string;
  readonly name: string;
  readonly unit: Localized;
}

function officerOf(value: unknown): OfficerListing | null {
  if (!isRecord(value) || typeof value['id'] !== 'string' || typeof value['name'] !== 'string') return null;
  return { id: value['id'], name: value['name'], unit: isLocalized(value['unit']) ? value['unit'] : '' };
}

/** The demo's synthetic officers (assisted filing). */
export async function listOfficers(): Promise<OfficerListing[]> {
  const body = await requestJson('/api/demo/officers');
  const officers = isRecord(body) && Array.isArray(body['officers']) ? body['officers'] : [];
  return officers.map(officerOf).filter((officer): officer is OfficerListing => officer !== null);
}

export async function signOut(): Promise<void> {
  await requestJson('/api/demo/sign-out', { method: 'POST', body: '{}' });
}

export interface Session {
  /** The citizen's full name as their claims give it; '' when the claims do not map. */
  readonly name: string;
}

/** Who is signed in (`GET /api/identity`: the claims, or 200 `{ signedIn: false }`), or `null`. */
export async function currentSession(): Promise<Session | null> {
  try {
    const body = await requestJson('/api/identity');
    if (!isRecord(body) || typeof body['source'] !== 'string') return null;
    const result = mapClaims(body['source'], body['claims']);
    return { name: result.ok ? result.citizen.fullName : '' };
  } catch (error) {
    if (error instanceof PortalRequestError && error.status === 401) return null;
    throw error;
  }
}
