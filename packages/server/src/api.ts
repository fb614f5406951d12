/** The REST API's routes (docs/rest-api.md) other than submissions (./submissions.ts). */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson, sha256 } from './canonical.js';
import { optionalIdempotencyKey, parse, requireSession, type ApiContext, type ApiRequest } from './context.js';
import { claimSources, heldDocuments } from './demo-identity.js';
import { readJsonBody } from './limits.js';
import { handleOfficer } from './officer.js';
import { HttpProblem, sendJson } from './problems.js';
import { amountDue, lookUp } from './lookups.js';
import { handleAssisted } from './assisted-routes.js';
import { randomId } from './reference.js';
import type { PaymentRecord } from './store/index.js';
import { issueDemoCertificate } from './signing/index.js';
import { mayRead, submissionStatus, submit } from './submissions.js';

const uploadSchema = z.object({
  documentId: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .max(100),
  name: z.string().min(1).max(255),
  type: z.string().max(100),
  content: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
});
const paymentRequestSchema = z.object({
  procedureId: z.string().min(1).max(100),
  description: z.string().max(200).optional(),
  // A procedure with a look-up is priced from the look-up's answers, never from an amount sent.
  lookup: z.record(z.string(), z.unknown()).optional(),
  // The answers, for a fee whose amount depends on a case the citizen states (`reducedWhen`); the rule is the server's.
  answers: z.record(z.string(), z.unknown()).optional(),
});
const lookupRequestSchema = z.object({
  procedureId: z.string().min(1).max(100),
  value: z.record(z.string(), z.unknown()),
});
const simulateSchema = z.object({ outcome: z.enum(['paid', 'failed']) });
const signInSchema = z.object({ citizenId: z.string().min(1).max(100), source: z.enum(claimSources).optional() });

const paymentView = (payment: PaymentRecord) => ({
  paymentId: payment.paymentId,
  amount: payment.amount,
  status: payment.status,
  vietQr: payment.vietQr,
});

function pick(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]));
}

export async function handleApi(context: ApiContext, api: ApiRequest): Promise<void> {
  const { method, path, request, response, session } = api;
  const [resource, id, action, ...rest] = path;
  const route = `${method} /${path.join('/')}`;
  if (await handleOfficer(context, api)) return;
  if (rest.length > 0) throw new HttpProblem(404, 'not-found');

  if (route === 'GET /procedures') {
    return sendJson(response, 200, {
      procedures: context.procedures.list().map(({ id: procedureId, definition }) => ({
        id: procedureId,
        ...pick(definition, ['code', 'title', 'summary', 'agency', 'level', 'fees', 'processingTime']),
      })),
    });
  }
  if (method === 'GET' && resource === 'procedures' && id && !action) {
    const procedure = context.procedures.get(id);
    if (!procedure) throw new HttpProblem(404, 'not-found');
    return sendJson(response, 200, procedure.definition);
  }

  if (await handleAssisted(context, api)) return;

  if (route === 'GET /demo/citizens') {
    return sendJson(response, 200, {
      citizens: context.identity.citizens.map((entry) => ({
        id: entry.id,
        label: entry.label,
        sources: context.identity.sourcesOf(entry),
      })),
    });
  }
  if (route === 'POST /demo/sign-in') {
    const body = parse(signInSchema, await readJsonBody(request, context.bodyLimits));
    const entry = context.identity.find(body.citizenId);
    if (!entry) throw new HttpProblem(404, 'not-found');
    const answer = context.identity.identityResponse(entry, body.source);
    if (!answer) throw new HttpProblem(422, 'source-unavailable');
    // A new session on sign-in: nothing from before carries the citizen's authority.
    const signedIn = context.sessions.create(entry.id, answer.source);
    response.setHeader('set-cookie', context.sessions.setCookieHeader(signedIn));
    return sendJson(response, 200, { ...answer, prefillToken: context.sessions.prefillToken(signedIn, entry) });
  }
  if (route === 'POST /demo/signing/certificate') return issueDemoCertificate(context, api);
  if (route === 'POST /demo/sign-out') {
    response.setHeader('set-cookie', context.sessions.setCookieHeader(context.sessions.create()));
    return sendJson(response, 200, { signedOut: true });
  }
  if (route === 'GET /identity' || route === 'GET /documents') {
    const entry = session?.citizenId === undefined ? undefined : context.identity.find(session.citizenId);
    // "Who am I" is a question with an answer when nobody is signed in: 200, never a 401 in the console.
    if (!entry && resource === 'identity') return sendJson(response, 200, { signedIn: false });
    if (!session || !entry) throw new HttpProblem(401, 'unauthorized');
    if (resource === 'documents') return sendJson(response, 200, { documents: heldDocuments(entry) });
    return sendJson(response, 200, {
      ...context.identity.identityResponse(entry, session.source),
      prefillToken: context.sessions.prefillToken(session, entry),
    });
  }

  if (route === 'POST /uploads') {
    // A file for a procedure document, sent as base64 JSON; answered with a reference (never the bytes back).
    const owner = requireSession(api);
    const body = parse(uploadSchema, await readJsonBody(request, context.uploadLimits));
    const bytes = Buffer.from(body.content, 'base64');
    if (bytes.length > context.maxUploadBytes)
      throw new HttpProblem(413, 'too-large', { limitBytes: context.maxUploadBytes });
    const used = await context.store.uploadedBytes(owner.id);
    if (used + bytes.length > context.uploadQuotaBytes)
      throw new HttpProblem(413, 'upload-quota-exceeded', { quotaBytes: context.uploadQuotaBytes, usedBytes: used });
    const record = {
      reference: randomId('UPL-', 100),
      sessionId: owner.id,
      documentId: body.documentId,
      name: body.name,
      mediaType: body.type,
      size: bytes.length,
      digest: createHash('sha256').update(bytes).digest('hex'),
      createdAt: new Date(context.now()).toISOString(),
    };
    await context.store.insertUpload(record, bytes);
    return sendJson(response, 201, {
      documentId: record.documentId,
      source: 'upload',
      reference: record.reference,
      name: record.name,
      size: record.size,
      type: record.mediaType,
    });
  }
  if (method === 'GET' && resource === 'uploads' && id && !action) {
    const upload = await context.store.upload(id);
    if (!upload || upload.sessionId !== session?.id) throw new HttpProblem(404, 'not-found');
    return sendJson(response, 200, {
      documentId: upload.documentId,
      source: 'upload',
      reference: upload.reference,
      name: upload.name,
      size: upload.size,
      type: upload.mediaType,
    });
  }

  if (route === 'POST /lookups') {
    requireSession(api);
    const body = parse(lookupRequestSchema, await readJsonBody(request, context.bodyLimits));
    const found = lookUp(context.procedures.get(body.procedureId)?.definition ?? {}, body.value);
    if (!found) throw new HttpProblem(422, 'no-lookup');
    return sendJson(response, 200, found);
  }
  if (route === 'POST /payments') {
    const owner = requireSession(api);
    const key = optionalIdempotencyKey(request);
    const raw = await readJsonBody(request, context.bodyLimits);
    const body = parse(paymentRequestSchema, raw);
    const procedure = context.procedures.get(body.procedureId);
    if (!procedure) throw new HttpProblem(422, 'unknown-procedure');
    const amount = amountDue(procedure.definition, body.lookup ?? body.answers);
    if (amount === 0) throw new HttpProblem(422, 'no-fee');
    const paymentId = randomId('PAY-', 60);
    const bodyHash = sha256(canonicalJson(raw));
    const { created, payment } = await context.store.insertPayment({
      paymentId,
      idempotencyKey: key,
      bodyHash,
      sessionId: owner.id,
      procedureId: procedure.id,
      amount,
      createdAt: new Date(context.now()).toISOString(),
      vietQr: { ...context.paymentAccount, amount, purpose: `DVC ${paymentId}` },
      status: 'pending',
    });
    if (!created && (payment.bodyHash !== bodyHash || payment.sessionId !== owner.id))
      throw new HttpProblem(409, 'idempotency-conflict');
    return sendJson(response, 201, paymentView(payment));
  }
  if (resource === 'payments' && id) {
    const payment = await context.store.payment(id);
    // Another session's payment is answered exactly like one that does not exist.
    if (!payment || !mayRead(payment, session)) throw new HttpProblem(404, 'not-found');
    if (method === 'GET' && !action) return sendJson(response, 200, paymentView(payment));
    if (method === 'POST' && action === 'simulate' && context.simulatePayments) {
      requireSession(api);
      const { outcome } = parse(simulateSchema, await readJsonBody(request, context.bodyLimits));
      const settled = await context.store.settlePayment(id, outcome, new Date(context.now()).toISOString());
      if (!settled) throw new HttpProblem(409, 'payment-settled', { status: payment.status });
      return sendJson(response, 200, paymentView(settled));
    }
  }

  if (route === 'POST /submissions') return submit(context, api);
  if (method === 'GET' && resource === 'submissions' && id && !action) return submissionStatus(context, api, id);

  throw new HttpProblem(404, 'not-found');
}
