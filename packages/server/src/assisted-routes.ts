/**
 * Routes of assisted filing (docs/rest-api.md "Assisted filing"): the list of demo officers, the exchange of a card's
 * QR text for an identity token, and the demo OTP (whose code the demo answers with instead of
 * texting it to the citizen's phone).
 */
import { z } from 'zod';
import { mapCccdQr, type Citizen } from '@dvc/identity';
import { demoOfficers, type DemoOfficer } from './officer-session.js';
import { parse, requireSession, type ApiContext, type ApiRequest } from './context.js';
import type { DemoCitizenFixture } from './demo-identity.js';
import { readJsonBody } from './limits.js';
import { HttpProblem, sendJson } from './problems.js';
import type { Session } from './sessions.js';

const qrSchema = z.object({ qr: z.string().min(1).max(1000) });
const otpRequestSchema = z.object({ personalId: z.string().regex(/^\d{12}$/) });
const otpCheckSchema = z.object({ challengeId: z.string().min(1).max(100), code: z.string().regex(/^\d{6}$/) });

/** The officer signed in on this request's session, or a 403 problem. */
export function requireOfficer(context: ApiContext, api: ApiRequest): { session: Session; officer: DemoOfficer } {
  const session = requireSession(api);
  const officer = context.officers.fromCookie(api.request.headers.cookie);
  if (!officer) throw new HttpProblem(403, 'officer-session-required');
  return { session, officer };
}

/** Answers an assisted-filing route; `false` when the route is not one of them. */
export async function handleAssisted(context: ApiContext, api: ApiRequest): Promise<boolean> {
  const { request, response } = api;
  const route = `${api.method} /${api.path.join('/')}`;
  switch (route) {
    case 'GET /demo/officers':
      sendJson(response, 200, {
        officers: demoOfficers.map(({ id, name, unit }) => ({ id, name, unit })),
      });
      return true;
    case 'POST /assisted/identity': {
      const { session, officer } = requireOfficer(context, api);
      const { qr } = parse(qrSchema, await readJsonBody(request, context.bodyLimits));
      const mapped = mapCccdQr(qr);
      if (!mapped.ok) throw new HttpProblem(422, 'qr-invalid', { problems: mapped.problems });
      const claims = qr.trim();
      sendJson(response, 200, {
        source: 'cccd-qr',
        claims,
        prefillToken: context.assisted.identityToken(session, officer.id, claims),
      });
      return true;
    }
    case 'POST /demo/otp': {
      const { session } = requireOfficer(context, api);
      const { personalId } = parse(otpRequestSchema, await readJsonBody(request, context.bodyLimits));
      const { challengeId, code, expiresAt } = context.assisted.issueOtp(session, personalId);
      // A real host texts the code to the phone the population database holds; the demo shows it.
      sendJson(response, 201, { challengeId, expiresAt, demoCode: code });
      return true;
    }
    case 'POST /demo/otp/verify': {
      const { session } = requireOfficer(context, api);
      const { challengeId, code } = parse(otpCheckSchema, await readJsonBody(request, context.bodyLimits));
      const outcome = context.assisted.verifyOtp(session, challengeId, code);
      if (outcome !== 'verified') throw new HttpProblem(422, outcome === 'wrong' ? 'otp-wrong' : 'otp-expired');
      sendJson(response, 200, { verified: true });
      return true;
    }
    default:
      return false;
  }
}

/** What a submission says about assistance (`SubmissionPayload.assistance`). */
export const assistanceSchema = z
  .object({
    officerId: z.string().min(1).max(100),
    consent: z
      .object({ method: z.enum(['spoken', 'otp']), confirmedAt: z.string().datetime({ offset: true }) })
      .strict(),
  })
  .strict();
export type AssistanceInput = z.infer<typeof assistanceSchema>;

/** The citizen an assisted submission is for, as the card's QR text gave them, and who filed it. */
export interface AssistedCitizen {
  readonly officer: DemoOfficer;
  readonly citizen: Citizen;
  /** The demo citizen with that personal ID number, so they can follow the application signed in. */
  readonly holder: DemoCitizenFixture | undefined;
}

/**
 * Checks an assisted submission: the officer it names is the one signed in on this session, the
 * identity token was issued to that officer in this session, and an OTP consent was verified.
 */
export function checkAssistance(
  context: ApiContext,
  api: ApiRequest,
  assistance: AssistanceInput,
  prefillToken: string | undefined,
): AssistedCitizen {
  const { session, officer } = requireOfficer(context, api);
  if (officer.id !== assistance.officerId) throw new HttpProblem(403, 'officer-mismatch');
  if (!prefillToken) throw new HttpProblem(422, 'assisted-identity-missing');
  const check = context.assisted.checkIdentityToken(prefillToken, session, officer.id);
  if (!check.ok) throw new HttpProblem(422, 'prefill-token-invalid', { reason: check.reason });
  const mapped = mapCccdQr(check.qrText);
  if (!mapped.ok) throw new HttpProblem(422, 'qr-invalid', { problems: mapped.problems });
  const { citizen } = mapped;
  if (assistance.consent.method === 'otp' && !context.assisted.otpVerified(session, citizen.personalId))
    throw new HttpProblem(422, 'consent-unverified');
  const holder = context.identity.citizens.find((entry) => entry.citizen.personalId === citizen.personalId);
  return { officer, citizen, holder };
}
