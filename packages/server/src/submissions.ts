/**
 * `POST /api/submissions` and `GET /api/submissions/:reference`. A submission is validated
 * against its procedure's schema, its locked values checked against the citizen the session and
 * prefill token name, its provenance recomputed here, its documents checked against the
 * citizen's held documents and this session's uploads, its payment (when the procedure has a fee)
 * used once; then stored exactly once per Idempotency-Key.
 */
import { z } from 'zod';
import { verifyPrefill } from '@dvc/identity';
import { canonicalJson, sha256 } from './canonical.js';
import { idempotencyKeyPattern, parse, requireSession, type ApiContext, type ApiRequest } from './context.js';
import { claimSources, heldDocuments } from './demo-identity.js';
import { readJsonBody } from './limits.js';
import { HttpProblem, sendJson } from './problems.js';
import { bundleStatuses } from './bundle-status.js';
import { assistanceSchema, checkAssistance, type AssistedCitizen } from './assisted-routes.js';
import { amountDue } from './lookups.js';
import { serverProvenance } from './provenance.js';
import { canonicalReference, newReference } from './reference.js';
import type { Session } from './sessions.js';
import { checkSubmissionSignature, signatureProblem } from './signing/index.js';
import { recordStatus } from './status.js';
import type { SubmissionRecord } from './store/index.js';

const provenanceEntrySchema = z.object({
  source: z.enum([...claimSources, 'manual']),
  from: z.string().min(1).max(100),
  verified: z.boolean(),
  changed: z.boolean(),
});
const documentSchema = z.object({
  documentId: z.string().min(1).max(100),
  source: z.enum(['upload', 'held']),
  reference: z.string().min(1).max(200),
  name: z.string().max(255).optional(),
  size: z.number().int().nonnegative().optional(),
  type: z.string().max(100).optional(),
});
const submissionRequestSchema = z.object({
  procedureId: z.string().min(1).max(100),
  value: z.unknown(),
  provenance: z.record(z.string().max(500), provenanceEntrySchema).optional(),
  prefillToken: z.string().min(1).max(1000).optional(),
  documents: z.array(documentSchema).max(50).optional(),
  payment: z.object({ paymentId: z.string().min(1).max(100) }).optional(),
  // Checked by checkSubmissionSignature: a badly shaped one is a 422 signature problem, not a 400.
  signature: z.unknown().optional(),
  assistance: assistanceSchema.optional(),
});

/** A record a session may read: its own, or the same signed-in citizen's. */
export function mayRead(
  record: { sessionId: string; citizenId?: string | undefined },
  session: Session | undefined,
): boolean {
  if (!session) return false;
  return record.sessionId === session.id || (record.citizenId !== undefined && record.citizenId === session.citizenId);
}

/** That a record was signed, and by which certificate (receipt and status). */
function signedBy(record: SubmissionRecord): { signed?: { subject: string; serialNumber: string; signedAt: string } } {
  const signature = record.signature;
  return signature
    ? { signed: { subject: signature.subject, serialNumber: signature.serialNumber, signedAt: signature.signedAt } }
    : {};
}

function receipt(context: ApiContext, record: SubmissionRecord): Record<string, unknown> {
  return {
    reference: record.reference,
    status: recordStatus(record, context.now(), context.schedule).status,
    submittedAt: record.submittedAt,
    ...signedBy(record),
  };
}

/** The answer to a key seen before: the original receipt for the same body from the same session, else 409. */
function replay(
  context: ApiContext,
  api: ApiRequest,
  earlier: SubmissionRecord,
  bodyHash: string,
  session: Session,
): void {
  if (earlier.bodyHash !== bodyHash || earlier.sessionId !== session.id)
    throw new HttpProblem(409, 'idempotency-conflict');
  api.response.setHeader('idempotent-replayed', 'true');
  sendJson(api.response, 201, receipt(context, earlier));
}

export async function submit(context: ApiContext, api: ApiRequest): Promise<void> {
  const key = api.request.headers['idempotency-key'];
  if (typeof key !== 'string' || !idempotencyKeyPattern.test(key))
    throw new HttpProblem(400, 'idempotency-key-required');
  const session = requireSession(api);
  const raw = await readJsonBody(api.request, context.bodyLimits);
  const bodyHash = sha256(canonicalJson(raw));
  const earlier = await context.store.submissionByKey(key);
  if (earlier) return replay(context, api, earlier, bodyHash, session);

  const body = parse(submissionRequestSchema, raw);
  const procedure = context.procedures.get(body.procedureId);
  if (!procedure) throw new HttpProblem(422, 'unknown-procedure');
  const errors = context.procedures.validator(procedure).validate(body.value);
  if (errors.length > 0) {
    throw new HttpProblem(422, 'validation', {
      errors: errors.slice(0, 100).map((error) => ({
        pointer: error.instancePointer,
        keyword: error.keyword,
        ...(error.params ? { params: error.params } : {}),
      })),
    });
  }

  // Filed by an officer beside the citizen: the citizen is the one the card's QR text names, never verified.
  const assisted: AssistedCitizen | undefined = body.assistance
    ? checkAssistance(context, api, body.assistance, body.prefillToken)
    : undefined;
  const citizen = assisted
    ? assisted.holder
    : session.citizenId === undefined
      ? undefined
      : context.identity.find(session.citizenId);
  let verifiedCitizen: typeof citizen;
  if (assisted) {
    // Nothing the card's QR gives is verified; the token was checked by checkAssistance.
  } else if (body.prefillToken) {
    const check = context.sessions.checkPrefillToken(body.prefillToken, session, (id) => context.identity.find(id));
    if (!check.ok || !citizen)
      throw new HttpProblem(422, 'prefill-token-invalid', { reason: check.ok ? 'citizen' : check.reason });
    const result = verifyPrefill({ value: body.value }, citizen.citizen, { schema: procedure.dataSchema });
    if (!result.ok) {
      throw new HttpProblem(422, 'prefill-mismatch', {
        mismatches: result.mismatches.map(({ pointer, from }) => ({ pointer, from, keyword: 'x-prefill' })),
      });
    }
    verifiedCitizen = citizen;
  } else if (Object.values(body.provenance ?? {}).some((entry) => entry.verified)) {
    throw new HttpProblem(422, 'prefill-token-missing');
  }

  const documents = body.documents ?? [];
  const held = new Set(citizen ? heldDocuments(citizen).map((document) => document.id) : []);
  for (const [index, document] of documents.entries()) {
    const known =
      document.source === 'held'
        ? held.has(document.reference)
        : (await context.store.upload(document.reference))?.sessionId === session.id;
    if (!known)
      throw new HttpProblem(422, 'document-unknown', { pointer: `/documents/${index}`, source: document.source });
  }

  // For a look-up, what it finds owed for these answers; else the procedure's online fees.
  const fee = amountDue(procedure.definition, body.value);
  if (fee > 0) {
    const payment = body.payment ? await context.store.payment(body.payment.paymentId) : undefined;
    if (
      !payment ||
      payment.sessionId !== session.id ||
      payment.procedureId !== procedure.id ||
      payment.status !== 'paid' ||
      payment.amount !== fee
    ) {
      throw new HttpProblem(422, 'payment-required', { amount: fee });
    }
  }

  const signature = await checkSubmissionSignature(context, api, procedure.definition, body);

  const inserted = await context.store.insertSubmission(
    {
      idempotencyKey: key,
      bodyHash,
      sessionId: session.id,
      procedureId: procedure.id,
      value: body.value,
      provenance: assisted
        ? serverProvenance(procedure.dataSchema, body.value, assisted.citizen, 'cccd-qr', {
            verifiable: false,
            assistedBy: assisted.officer.id,
          })
        : serverProvenance(procedure.dataSchema, body.value, verifiedCitizen?.citizen, session.source),
      clientProvenance: body.provenance ?? {},
      documents,
      paymentId: fee > 0 ? body.payment?.paymentId : undefined,
      citizenId: assisted ? assisted.holder?.id : verifiedCitizen?.id,
      submittedAt: new Date(context.now()).toISOString(),
      ...(signature ? { signature } : {}),
      ...(assisted && body.assistance
        ? {
            assistedBy: assisted.officer.id,
            assistance: {
              ...body.assistance,
              citizen: { source: 'cccd-qr' as const, personalId: assisted.citizen.personalId },
            },
          }
        : {}),
    },
    newReference,
  );
  if (inserted.outcome === 'payment-used') throw new HttpProblem(409, 'payment-used');
  if (inserted.outcome === 'signature-used') throw signatureProblem(api, 'replayed');
  if (inserted.outcome === 'existing') return replay(context, api, inserted.record, bodyHash, session);
  if (context.failNextSubmissionResponse) {
    context.failNextSubmissionResponse = false;
    api.response.destroy();
    return;
  }
  sendJson(api.response, 201, receipt(context, inserted.record));
}

export async function submissionStatus(context: ApiContext, api: ApiRequest, typed: string): Promise<void> {
  const reference = canonicalReference(typed);
  const record = reference === undefined ? undefined : await context.store.submission(reference);
  // Someone else's reference is answered exactly like one that does not exist.
  if (!record || !mayRead(record, api.session)) throw new HttpProblem(404, 'not-found');
  // A bundle has a status per service (agency) besides the overall one.
  const services = bundleStatuses(
    context.procedures.get(record.procedureId)?.definition ?? {},
    record.submittedAt,
    context.now(),
    context.schedule,
  );
  sendJson(api.response, 200, {
    reference: record.reference,
    ...recordStatus(record, context.now(), context.schedule),
    ...(services ? { services } : {}),
    ...signedBy(record),
    ...(record.assistance
      ? {
          assistance: {
            officerId: record.assistance.officerId,
            officerName: context.officers.find(record.assistance.officerId)?.name,
            consent: record.assistance.consent,
          },
        }
      : {}),
  });
}
