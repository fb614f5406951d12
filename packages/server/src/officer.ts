/**
 * The officer's endpoints (docs/rest-api.md, "Officer"): list stored submissions, read one with
 * the server's provenance, documents, payment, signature and assistance, and move it along
 * `received → processing → result-ready | rejected`. Only a demo officer's session opens them;
 * a citizen (or anyone else) is refused with 403 in words of their language.
 */
import { z } from 'zod';
import { parse, type ApiContext, type ApiRequest } from './context.js';
import { readJsonBody } from './limits.js';
import { localizedProblem } from './officer-messages.js';
import type { DemoOfficer } from './officer-session.js';
import { sendJson } from './problems.js';
import { canonicalReference } from './reference.js';
import { recordStatus, type SubmissionStatus } from './status.js';
import type { StatusEvent, SubmissionRecord } from './store/index.js';

/** The moves an officer may make; `result-ready` and `rejected` are final. */
export const allowedTransitions: Readonly<Record<SubmissionStatus, readonly StatusEvent['status'][]>> = {
  received: ['processing'],
  processing: ['result-ready', 'rejected'],
  'result-ready': [],
  rejected: [],
};

const statuses = ['received', 'processing', 'result-ready', 'rejected'] as const;
const listQuerySchema = z.object({
  procedureId: z.string().min(1).max(100).optional(),
  status: z.enum(statuses).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
const signInSchema = z.object({ officerId: z.string().min(1).max(100).optional() });
const advanceSchema = z.object({
  status: z.enum(['processing', 'result-ready', 'rejected']),
  note: z.string().max(500).optional(),
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function officerView(officer: DemoOfficer): Record<string, unknown> {
  return { signedIn: true, officerId: officer.id, name: officer.name, unit: officer.unit };
}

/** The signature as the officer needs it: when, and by which certificate (fields the signing step stored). */
function signatureOf(record: SubmissionRecord): Record<string, unknown> | undefined {
  const stored = (record as { signature?: unknown }).signature;
  if (!isRecord(stored)) return undefined;
  const pick = (key: string): unknown => (typeof stored[key] === 'string' ? stored[key] : undefined);
  const chain = Array.isArray(stored['certificateChain']) ? stored['certificateChain'] : undefined;
  return Object.fromEntries(
    Object.entries({
      signedAt: pick('signedAt'),
      subject: pick('subject') ?? pick('certificateSubject') ?? pick('signer'),
      issuer: pick('issuer') ?? pick('certificateIssuer'),
      serialNumber: pick('serialNumber'),
      certificates: chain?.length,
    }).filter(([, value]) => value !== undefined),
  );
}

/** Who helped the citizen file, as the assisted-filing step stored it. */
function assistanceOf(record: SubmissionRecord): Record<string, unknown> | undefined {
  const stored = record as { assistance?: unknown; assistedBy?: unknown };
  if (isRecord(stored.assistance)) return stored.assistance;
  if (typeof stored.assistedBy === 'string') return { officerId: stored.assistedBy };
  if (isRecord(stored.assistedBy)) return stored.assistedBy;
  return undefined;
}

function summary(context: ApiContext, record: SubmissionRecord): Record<string, unknown> {
  const title = context.procedures.get(record.procedureId)?.definition['title'];
  return {
    reference: record.reference,
    procedureId: record.procedureId,
    ...(title === undefined ? {} : { procedureTitle: title }),
    submittedAt: record.submittedAt,
    status: recordStatus(record, context.now(), context.schedule).status,
    assisted: assistanceOf(record) !== undefined,
    signed: signatureOf(record) !== undefined,
  };
}

async function detail(context: ApiContext, record: SubmissionRecord): Promise<Record<string, unknown>> {
  const payment = record.paymentId === undefined ? undefined : await context.store.payment(record.paymentId);
  const signature = signatureOf(record);
  const assistance = assistanceOf(record);
  const report = recordStatus(record, context.now(), context.schedule);
  return {
    ...summary(context, record),
    ...report,
    /** Where an officer may move it next (the page's buttons). */
    transitions: allowedTransitions[report.status],
    statusEvents: record.statusEvents ?? [],
    value: record.value,
    provenance: record.provenance,
    documents: record.documents,
    ...(record.citizenId === undefined ? {} : { citizenId: record.citizenId }),
    ...(payment ? { payment: { paymentId: payment.paymentId, amount: payment.amount, status: payment.status } } : {}),
    ...(signature ? { signature } : {}),
    ...(assistance ? { assistance } : {}),
  };
}

/** Handles `/api/demo/officer/…` and `/api/officer/…`; answers `false` for any other path. */
export async function handleOfficer(context: ApiContext, api: ApiRequest): Promise<boolean> {
  const { method, path, request, response } = api;
  const route = `${method} /${path.join('/')}`;

  if (route === 'POST /demo/officer/session') {
    const body = parse(signInSchema, await readJsonBody(request, context.bodyLimits));
    const officer = context.officers.find(body.officerId ?? 'CB-0001');
    if (!officer) throw localizedProblem(request, 404, 'officer-unknown');
    response.setHeader('set-cookie', context.officers.setCookieHeader(officer));
    sendJson(response, 200, officerView(officer));
    return true;
  }
  if (route === 'POST /demo/officer/sign-out') {
    response.setHeader('set-cookie', context.officers.setCookieHeader(undefined));
    sendJson(response, 200, { signedIn: false });
    return true;
  }
  if (path[0] !== 'officer') return false;

  const officer = context.officers.fromCookie(request.headers.cookie);
  if (route === 'GET /officer/session') {
    sendJson(response, 200, officer ? officerView(officer) : { signedIn: false });
    return true;
  }
  // A citizen's session (or none) never opens the officer's endpoints.
  if (!officer) throw localizedProblem(request, 403, 'officer-only');

  const [, collection, typed, action, ...rest] = path;
  if (collection !== 'submissions' || rest.length > 0) throw localizedProblem(request, 404, 'not-found');

  if (method === 'GET' && typed === undefined) {
    const query = Object.fromEntries(new URL(request.url ?? '/', 'http://localhost').searchParams);
    const { procedureId, status, limit, offset } = parse(listQuerySchema, query);
    const all = (await context.store.listSubmissions(procedureId === undefined ? {} : { procedureId })).map((record) =>
      summary(context, record),
    );
    const matching = status === undefined ? all : all.filter((entry) => entry['status'] === status);
    sendJson(response, 200, {
      submissions: matching.slice(offset, offset + limit),
      total: matching.length,
      limit,
      offset,
    });
    return true;
  }

  const reference = typed === undefined ? undefined : canonicalReference(typed);
  const record = reference === undefined ? undefined : await context.store.submission(reference);
  if (!record) throw localizedProblem(request, 404, 'not-found');

  if (method === 'GET' && action === undefined) {
    sendJson(response, 200, await detail(context, record));
    return true;
  }
  if (method === 'POST' && action === 'status') {
    const body = parse(advanceSchema, await readJsonBody(request, context.bodyLimits));
    const from = recordStatus(record, context.now(), context.schedule).status;
    if (!allowedTransitions[from].includes(body.status))
      throw localizedProblem(
        request,
        409,
        'transition-not-allowed',
        { from, to: body.status },
        { from, to: body.status },
      );
    const event: StatusEvent = {
      status: body.status,
      at: new Date(context.now()).toISOString(),
      officerId: officer.id,
      ...(body.note ? { note: body.note } : {}),
    };
    const updated = await context.store.appendStatusEvent(record.reference, record.statusEvents?.length ?? 0, event);
    if (!updated) throw localizedProblem(request, 409, 'status-changed');
    sendJson(response, 200, await detail(context, updated));
    return true;
  }
  throw localizedProblem(request, 404, 'not-found');
}
